package org.casework.reliability;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casework.it.ApiClient;
import org.casework.kernel.Sha256;

/** The two-node drill's count of what was kept: each complaint, its evidence, process, notice, reminder and mail. */
final class Findings {

    private static final String COMPLAINANT = "tom.reweti@example.org";
    private static final String[] WHO = TwoNodeFailover.INVESTIGATOR;

    private final ApiClient api;
    private final GreenMail mail;
    private final Engine engine;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    Findings(ApiClient api, GreenMail mail, Engine engine) {
        this.api = api;
        this.mail = mail;
        this.engine = engine;
    }

    int check(Map<Integer, KillUnderLoad.Submission> sent, Map<Integer, String> acknowledged, Set<String> driven)
            throws Exception {
        Map<String, Long> processes = engine.processesByCase();
        Map<String, Long> acknowledgements = acknowledgementMails();
        ExecutorService checkers = Executors.newFixedThreadPool(8);
        for (KillUnderLoad.Submission s : sent.values()) {
            checkers.submit(() -> {
                long stored = ApiClient.object(api.get("/api/v1/cases?max=5&practitioner=" + URLEncoder.encode(
                        s.practitioner(), StandardCharsets.UTF_8), WHO[0], WHO[1])).getJsonNumber("total").longValue();
                String reference = acknowledged.get(s.n());
                count(stored > 1, "duplicated", s.practitioner() + " stored " + stored + " times");
                if (reference == null) {
                    return;
                }
                HttpResponse<byte[]> file = api.get("/api/v1/cases/" + reference, WHO[0], WHO[1]);
                if (count(file.statusCode() != 200, "lost", reference + " acknowledged but " + file.statusCode())) {
                    return;
                }
                count(true, "found", null);
                JsonObject c = ApiClient.object(file);
                var evidence = c.getJsonArray("evidence");
                count(evidence.size() != 1 || !evidence.getJsonObject(0).getString("sha256")
                        .equals(Sha256.of(s.screenshot()).hex()), "wrong evidence", reference + " evidence differs");
                count(processes.getOrDefault(reference, 0L) != 1, "not one process", reference + " has "
                        + processes.getOrDefault(reference, 0L) + " processes");
                count(acknowledgements.getOrDefault(reference, 0L) != 1, "not one acknowledgement mail", reference
                        + " acknowledged by mail " + acknowledgements.getOrDefault(reference, 0L) + " times");
                if (driven.contains(reference)) {
                    long notices = c.getJsonArray("letters").getValuesAs(JsonObject.class).stream()
                            .filter(l -> l.getString("kind").equals("INVESTIGATION_NOTICE")).count();
                    long reminders = c.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                            .filter(st -> st.getString("step").equals("sendResponseReminder")).count();
                    count(notices != 1, "not one notice", reference + " has " + notices + " notices");
                    count(reminders != 1, "not one reminder", reference + " reminded " + reminders + " times");
                }
            });
        }
        checkers.shutdown();
        checkers.awaitTermination(20, TimeUnit.MINUTES);
        System.out.printf("[two-nodes] acknowledged %d: found %d; duplicated %d, lost %d, wrong evidence %d, not"
                        + " exactly one process %d, not exactly one acknowledgement mail %d; through triage %d: not"
                        + " exactly one notice %d, not exactly one reminder (timer) %d%n", acknowledged.size(),
                n("found"), n("duplicated"), n("lost"), n("wrong evidence"), n("not one process"),
                n("not one acknowledgement mail"), driven.size(), n("not one notice"), n("not one reminder"));
        return n("duplicated") + n("lost") + n("wrong evidence") + n("not one process")
                + n("not one acknowledgement mail") + n("not one notice") + n("not one reminder")
                + (n("found") == acknowledged.size() ? 0 : 1);
    }

    private boolean count(boolean happened, String what, String detail) {
        if (happened) {
            counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
            if (detail != null) {
                System.out.println("[two-nodes] " + detail);
            }
        }
        return happened;
    }

    private int n(String what) {
        AtomicInteger c = counts.get(what);
        return c == null ? 0 : c.get();
    }

    /** The acknowledgements (the default template's subject) to the complainant, by the reference they name. */
    private Map<String, Long> acknowledgementMails() throws MessagingException {
        Map<String, Long> byReference = new ConcurrentHashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            boolean toComplainant = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(COMPLAINANT));
            Matcher ref = Pattern.compile("MSC-\\d{4}-\\d{6}")
                    .matcher(String.valueOf(message.getSubject()));
            if (toComplainant && String.valueOf(message.getSubject()).startsWith("We have received") && ref.find()) {
                byReference.merge(ref.group(), 1L, Long::sum);
            }
        }
        return byReference;
    }
}
