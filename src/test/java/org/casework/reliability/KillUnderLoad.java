package org.casework.reliability;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.casework.demo.control.DemoComplaints;
import org.casework.it.ApiClient;
import org.casework.it.LocalMail;
import org.casework.it.PayaraProcess;
import org.casework.kernel.Sha256;

/**
 * Kill under load (not a test: it prints counts and exits 1 on any loss or duplicate). Submits complaints at
 * {@code reliability.rate} a second (5) for {@code reliability.minutes} (10), each with a screenshot of its own and an
 * {@code Idempotency-Key}, while the server is killed with SIGKILL every {@code reliability.kill-every} seconds of
 * uptime (30) and started again on the same database. A client retries its submission with the same key and body
 * until it gets an answer, as a careful API client would. Afterwards, on the last server: every acknowledged
 * complaint exists exactly once (searched by its practitioner, unique to the submission), with its one screenshot
 * whose SHA-256 matches what was sent, and exactly one triage task (one process instance); every acknowledgement
 * mail arrives (the engine's jobs, locked by a killed server, are taken up again after their lock expires). Every
 * twentieth case is taken through triage to the practitioner's response, whose one-minute reminder timer must fire
 * exactly once; once the last server has stopped, the engine's tables hold no job due, none locked, no incident.
 *
 * <p>Run: {@code ./mvnw verify -Preliability} (embedded H2 file database, as the README's run command uses), or
 * against MariaDB with {@code -Dreliability.db.url=jdbc:mariadb://127.0.0.1:3306/casework_bench}.
 */
public final class KillUnderLoad {

    static final String[] INVESTIGATOR = {"investigator", "investigator-demo"};

    record Submission(int n, String key, String json, byte[] screenshot, String practitioner) {
    }

    public static void main(String[] args) throws Exception {
        int minutes = Integer.getInteger("reliability.minutes", 10);
        int rate = Integer.getInteger("reliability.rate", 5);
        int killEvery = Integer.getInteger("reliability.kill-every", 30);
        Path work = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "kill-under-load");
        GreenMail mail = LocalMail.start();
        int smtpPort = mail.getSmtp().getPort();
        List<String> options = new ArrayList<>(List.of("-Dcasework.rate.submissions-per-hour=100000000",
                "-Dcasework.smtp.host=127.0.0.1", "-Dcasework.smtp.port=" + smtpPort,
                "-Dcasework.workflow.job-poll-millis=1000", "-Dcasework.workflow.response-reminder=PT1M",
                // a job a killed server held waits out its lock: a minute, not the default five, keeps cases moving
                "-Dcasework.workflow.job-lock-millis=60000"));
        String db = System.getProperty("reliability.db.url");
        if (db != null && !db.isBlank()) {
            options.addAll(List.of("-Dcasework.db.url=" + db, "-Dcasework.db.user="
                    + System.getProperty("reliability.db.user", "casework"), "-Dcasework.db.password="
                    + System.getProperty("reliability.db.password", "casework-it")));
        }
        AtomicReference<PayaraProcess> server = new AtomicReference<>(start(work, options));
        String template = JsonbBuilder.create().toJson(DemoComplaints.david());
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        Map<Integer, Submission> sent = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        // every twentieth acknowledged case goes through triage to the practitioner's response, whose reminder is a timer
        ExecutorService staff = Executors.newFixedThreadPool(4);
        CaseWork caseWork = new CaseWork(() -> new ApiClient(server.get().base()), "reliability");
        Set<String> driven = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger counter = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        ticks.scheduleAtFixedRate(() -> {
            int n = counter.incrementAndGet();
            String practitioner = "Kill Test " + UUID.randomUUID().toString().substring(0, 13);
            Submission s = new Submission(n, UUID.randomUUID().toString(), template
                    .replace("David Marsh", practitioner).replace(DemoComplaints.DAVID_REGISTRATION, "KILL-" + n),
                    screenshot(n), practitioner);
            sent.put(n, s);
            clients.submit(() -> {
                submitUntilAnswered(server, s, acknowledged, attempts, refused);
                String reference = acknowledged.get(n);
                if (n % 20 == 0 && reference != null) {
                    staff.submit(() -> {
                        if (caseWork.takeThroughTriage(reference)) {
                            driven.add(reference);
                        }
                    });
                }
            });
        }, 0, 1000 / rate, TimeUnit.MILLISECONDS);

        int kills = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(killEvery * 1000L, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
            if (System.nanoTime() >= end) {
                break;
            }
            server.get().kill();
            kills++;
            System.out.printf("[reliability] kill %d after %d submissions, %d acknowledged%n", kills, counter.get(),
                    acknowledged.size());
            server.set(start(work, options));
        }
        ticks.shutdown();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        clients.shutdown();
        if (!clients.awaitTermination(10, TimeUnit.MINUTES)) {
            System.out.println("[reliability] clients still waiting for answers after 10 minutes");
        }
        staff.shutdown();
        staff.awaitTermination(5, TimeUnit.MINUTES);
        int failures = verify(server.get(), sent, acknowledged, mail, kills, attempts.get(), refused.get());
        failures += caseWork.failed() + reminders(new ApiClient(server.get().base()), driven, caseWork.failed());
        server.get().close();
        failures += engineAtRest(db != null && !db.isBlank() ? db
                : "jdbc:h2:file:" + work.resolve("data").resolve("db").resolve("casework"),
                db != null && !db.isBlank() ? System.getProperty("reliability.db.password", "casework-it")
                        : "casework-embedded");
        mail.stop();
        System.exit(failures == 0 ? 0 : 1);
    }

    static PayaraProcess start(Path work, List<String> options) throws Exception {
        PayaraProcess p = PayaraProcess.start(work.resolve("data"), work.resolve("payara.log"),
                options.toArray(String[]::new));
        long millis = p.awaitHealthy(Duration.ofSeconds(240));
        System.out.printf("[reliability] server up in %d ms%n", millis);
        return p;
    }

    /** Same key, same body, until the server answers: 201 (done) or a 4xx other than 429 (refused). */
    static void submitUntilAnswered(AtomicReference<PayaraProcess> server, Submission s,
                                    Map<Integer, String> acknowledged, AtomicInteger attempts, AtomicInteger refused) {
        while (true) {
            attempts.incrementAndGet();
            try {
                HttpResponse<byte[]> answer = new ApiClient(server.get().base()).postMultipart("/api/v1/complaints",
                        List.of(ApiClient.Part.json("complaint", s.json()),
                                ApiClient.Part.file("evidence", "shot-" + s.n() + ".png", "image/png",
                                        s.screenshot())), "Idempotency-Key", s.key());
                if (answer.statusCode() == 201) {
                    acknowledged.put(s.n(), ApiClient.object(answer).getString("reference"));
                    return;
                }
                if (answer.statusCode() >= 400 && answer.statusCode() < 500 && answer.statusCode() != 429) {
                    System.out.printf("[reliability] submission %d refused: %d %s%n", s.n(), answer.statusCode(),
                            ApiClient.text(answer));
                    refused.incrementAndGet();
                    return;
                }
            } catch (RuntimeException e) {
                // the server is down or went down mid-request: try again
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static int verify(PayaraProcess server, Map<Integer, Submission> sent, Map<Integer, String> acknowledged,
                      GreenMail mail, int kills, int attempts, int refused) throws Exception {
        ApiClient api = new ApiClient(server.base());
        AtomicInteger found = new AtomicInteger();
        Set<String> foundReferences = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicated = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger badEvidence = new AtomicInteger();
        AtomicInteger processes = new AtomicInteger();
        ExecutorService checkers = Executors.newFixedThreadPool(8);
        for (Submission s : sent.values()) {
            checkers.submit(() -> {
                JsonObject results = ApiClient.object(api.get("/api/v1/cases?max=5&practitioner="
                        + URLEncoder.encode(s.practitioner(), StandardCharsets.UTF_8), INVESTIGATOR[0], INVESTIGATOR[1]));
                int total = results.getInt("total");
                String reference = acknowledged.get(s.n());
                if (total > 1) {
                    duplicated.incrementAndGet();
                    System.out.printf("[reliability] %s stored %d times%n", s.practitioner(), total);
                }
                if (reference == null) {
                    return;
                }
                HttpResponse<byte[]> file = api.get("/api/v1/cases/" + reference, INVESTIGATOR[0], INVESTIGATOR[1]);
                if (file.statusCode() != 200) {
                    lost.incrementAndGet();
                    System.out.printf("[reliability] %s acknowledged but not found (%d)%n", reference,
                            file.statusCode());
                    return;
                }
                found.incrementAndGet();
                foundReferences.add(reference);
                var evidence = ApiClient.object(file).getJsonArray("evidence");
                if (evidence.size() != 1 || !evidence.getJsonObject(0).getString("sha256")
                        .equals(Sha256.of(s.screenshot()).hex())) {
                    badEvidence.incrementAndGet();
                    System.out.printf("[reliability] %s has %d evidence items or the wrong hash%n", reference,
                            evidence.size());
                }
                long triage = ApiClient.array(api.get("/api/v1/cases/" + reference + "/tasks", INVESTIGATOR[0],
                        INVESTIGATOR[1])).getValuesAs(JsonObject.class).stream()
                        // its one process waits at triage, or at the response when the drill took it through triage
                        .filter(t -> t.getString("taskKey").equals("triageComplaint")
                                || t.getString("taskKey").equals("recordPractitionerResponse")).count();
                if (triage != 1) {
                    processes.incrementAndGet();
                    System.out.printf("[reliability] %s has %d triage or response tasks%n", reference, triage);
                }
            });
        }
        checkers.shutdown();
        checkers.awaitTermination(30, TimeUnit.MINUTES);
        // the acknowledgements: jobs of a killed server wait for their lock to expire (one minute here)
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        Map<String, Integer> mails = new ConcurrentHashMap<>();
        while (System.nanoTime() < deadline) {
            mails.clear();
            for (MimeMessage message : mail.getReceivedMessages()) {
                String subject = subject(message);
                acknowledged.values().stream().filter(subject::contains).findFirst()
                        .ifPresent(ref -> mails.merge(ref, 1, Integer::sum));
            }
            if (mails.keySet().containsAll(foundReferences)) {
                break;
            }
            Thread.sleep(5000);
        }
        long mailsMissing = foundReferences.stream().filter(r -> !mails.containsKey(r)).count();
        long mailsTwice = mails.values().stream().filter(c -> c > 1).count();
        System.out.printf("[reliability] kills %d; submitted %d, attempts %d, acknowledged %d, refused %d; found %d,"
                        + " duplicated %d, lost %d, wrong evidence %d, not exactly one process %d; acknowledgement"
                        + " mails of the complaints found missing %d, sent twice %d%n", kills, sent.size(), attempts, acknowledged.size(),
                refused, found.get(), duplicated.get(), lost.get(), badEvidence.get(), processes.get(), mailsMissing,
                mailsTwice);
        return duplicated.get() + lost.get() + badEvidence.get() + processes.get() + (int) mailsMissing
                + (acknowledged.size() + refused == sent.size() ? 0 : 1);
    }

    /**
     * Each case taken through triage is reminded exactly once: its timer (one minute after the notice) fired although
     * servers died around it. Waits up to five minutes for the last ones.
     */
    static int reminders(ApiClient api, Set<String> driven, int notDriven) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Map<String, Long> reminded = new ConcurrentHashMap<>();
        do {
            for (String reference : driven) {
                try {
                    reminded.put(reference, ApiClient.object(api.get("/api/v1/cases/" + reference,
                            INVESTIGATOR[0], INVESTIGATOR[1])).getJsonArray("steps").getValuesAs(JsonObject.class)
                            .stream().filter(st -> st.getString("step").equals("sendResponseReminder")).count());
                } catch (RuntimeException e) {
                    reminded.remove(reference);
                }
            }
            if (reminded.size() == driven.size() && reminded.values().stream().allMatch(c -> c == 1)) {
                break;
            }
            Thread.sleep(5000);
        } while (System.nanoTime() < deadline);
        long notOnce = driven.stream().filter(r -> reminded.getOrDefault(r, 0L) != 1).count();
        System.out.printf("[reliability] through triage %d (%d failed); reminder timers not fired exactly once %d%n",
                driven.size(), notDriven, notOnce);
        return (int) notOnce + (driven.isEmpty() ? 1 : 0);
    }

    /** Once the last server has stopped: no job left due, none locked, no incident, none run twice. */
    static int engineAtRest(String url, String password) throws SQLException {
        Engine engine = new Engine(url, password);
        long due = engine.count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE SUSPENSION_STATE_ = 1"
                + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= LOCALTIMESTAMP)");
        long locked = engine.count(Engine.LOCKED);
        long incidents = engine.count(Engine.INCIDENTS);
        long twice = engine.count(Engine.RUN_TWICE);
        System.out.printf("[reliability] engine at rest: jobs due and not run %d, locked %d, incidents %d, run"
                + " twice %d%n", due, locked, incidents, twice);
        return (int) (due + locked + incidents + twice);
    }

    /** A screenshot of its own for each submission, so that each stored file can be matched to what was sent. */
    static byte[] screenshot(int n) {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color((int) (n * 2654435761L) & 0xffffff)); // a colour of its own (Knuth's multiplicative hash)
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.WHITE);
        g.drawString("Kill under load #" + n, 20, 100);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
