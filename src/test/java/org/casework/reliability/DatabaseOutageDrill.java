package org.casework.reliability;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLSession;
import org.casework.demo.control.DemoComplaints;
import org.casework.it.ApiClient;
import org.casework.it.LocalMail;
import org.casework.it.PayaraProcess;

/**
 * Database outage drill (not a test: it prints counts and exits 1 on any failure). Starts a MariaDB of its own
 * ({@link PrivateMariaDb}), the application on it, and complaints at {@code reliability.rate} a second (2), each with
 * a screenshot and an {@code Idempotency-Key}, retried with the same key and body until acknowledged. After
 * {@code reliability.warm-seconds} (45) MariaDB is stopped for {@code reliability.outage-seconds} (30) while a prober
 * asks, every second, for what needs the database: a complaint's public status (API and the portal's page), the staff
 * task list (HTTP Basic) and {@code /health}; then MariaDB starts again and the load goes on for a minute.
 *
 * <p>It fails unless: every answer given while the database was down came within 5 s and was a 503 with
 * Retry-After (a submission's too); the first complaint after the restart was acknowledged within 60 s of it;
 * every acknowledged complaint exists exactly once with its screenshot, hash and one process (the checks of
 * {@link KillUnderLoad}); every evidence row has its files and every evidence file its row.
 *
 * <p>Run: {@code ./mvnw verify -Pdb-outage} (needs Debian's {@code mariadb-server} binaries, not a running server).
 */
public final class DatabaseOutageDrill {

    /** One answer: when the request started (ms since the drill began), what it asked, its status, how long it took. */
    record Answer(long startedAt, String what, int status, long millis, boolean retryAfter) {
    }

    static final String[] INVESTIGATOR = KillUnderLoad.INVESTIGATOR;
    static final long BEGIN = System.nanoTime();

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("reliability.rate", 2);
        int warm = Integer.getInteger("reliability.warm-seconds", 45);
        int outage = Integer.getInteger("reliability.outage-seconds", 30);
        Path work = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "db-outage");
        PrivateMariaDb db = PrivateMariaDb.install(work.resolve("mariadb"));
        System.out.printf("[outage] MariaDB up in %d ms%n", db.start());
        String password = db.createApplicationDatabases("casework");
        GreenMail mail = LocalMail.start();
        int smtpPort = mail.getSmtp().getPort();
        PayaraProcess server = KillUnderLoad.start(work, List.of("-Dcasework.rate.submissions-per-hour=100000000",
                "-Dcasework.rate.failed-lookups-per-hour=100000000", "-Dcasework.smtp.host=127.0.0.1",
                "-Dcasework.smtp.port=" + smtpPort, "-Dcasework.workflow.job-poll-millis=1000",
                "-Dcasework.db.url=" + db.jdbcUrl("casework"), "-Dcasework.db.user=casework",
                "-Dcasework.db.password=" + password));
        ApiClient api = new ApiClient(server.base(), Duration.ofSeconds(30));
        String template = JsonbBuilder.create().toJson(DemoComplaints.david());
        HttpResponse<byte[]> first = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json("complaint",
                template.replace("David Marsh", "Outage Probe"))));
        String probeReference = ApiClient.object(first).getString("reference");
        String probeCode = ApiClient.object(first).getString("trackingCode");

        List<Answer> answers = new CopyOnWriteArrayList<>();
        Map<Integer, KillUnderLoad.Submission> sent = new ConcurrentHashMap<>();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        ticks.scheduleAtFixedRate(() -> {
            int n = counter.incrementAndGet();
            String practitioner = "Outage Test " + UUID.randomUUID().toString().substring(0, 13);
            KillUnderLoad.Submission s = new KillUnderLoad.Submission(n, UUID.randomUUID().toString(), template
                    .replace("David Marsh", practitioner).replace(DemoComplaints.DAVID_REGISTRATION, "OUT-" + n),
                    KillUnderLoad.screenshot(n), practitioner);
            sent.put(n, s);
            clients.submit(() -> submitUntilAcknowledged(api, s, acknowledged, answers, attempts, refused));
        }, 0, 1000 / rate, TimeUnit.MILLISECONDS);
        ticks.scheduleAtFixedRate(() -> {
            timed(answers, "status", () -> api.get("/api/v1/complaints/" + probeReference, null, null,
                    "X-Tracking-Code", probeCode));
            timed(answers, "tasks", () -> api.get("/api/v1/tasks", INVESTIGATOR[0], INVESTIGATOR[1]));
            timed(answers, "health", () -> api.get("/health", null, null));
            timed(answers, "page", () -> lookUpOnThePortal(server.base(), probeReference, probeCode));
        }, 0, 1, TimeUnit.SECONDS);

        Thread.sleep(warm * 1000L);
        db.stop();
        long down = now();
        System.out.printf("[outage] MariaDB stopped at %d ms with %d acknowledged%n", down, acknowledged.size());
        Thread.sleep(outage * 1000L);
        long restart = now();
        System.out.printf("[outage] MariaDB listening again %d ms after its start%n", db.start());
        Thread.sleep(60_000);
        ticks.shutdown();
        ticks.awaitTermination(30, TimeUnit.SECONDS);
        clients.shutdown();
        boolean settled = clients.awaitTermination(5, TimeUnit.MINUTES);

        int failures = outageAnswers(answers, down, restart) + resumption(answers, restart) + (settled ? 0 : 1);
        failures += KillUnderLoad.verify(server, sent, acknowledged, mail, 0, attempts.get(), refused.get());
        failures += evidenceFilesMatchRows(db.jdbcUrl("casework"), password, work.resolve("data").resolve("evidence"));
        server.close();
        mail.stop();
        db.close();
        System.out.println(failures == 0 ? "[outage] PASSED" : "[outage] FAILED: " + failures + " failed checks");
        System.exit(failures == 0 ? 0 : 1);
    }

    static void submitUntilAcknowledged(ApiClient api, KillUnderLoad.Submission s, Map<Integer, String> acknowledged,
                                        List<Answer> answers, AtomicInteger attempts, AtomicInteger refused) {
        for (int tries = 0; tries < 600; tries++) {
            attempts.incrementAndGet();
            HttpResponse<byte[]> answer = timed(answers, "submit", () -> api.postMultipart("/api/v1/complaints",
                    List.of(ApiClient.Part.json("complaint", s.json()), ApiClient.Part.file("evidence", "shot-"
                            + s.n() + ".png", "image/png", s.screenshot())), "Idempotency-Key", s.key()));
            if (answer != null && answer.statusCode() == 201) {
                acknowledged.put(s.n(), ApiClient.object(answer).getString("reference"));
                return;
            }
            if (answer != null && answer.statusCode() >= 400 && answer.statusCode() < 500
                    && answer.statusCode() != 429) {
                System.out.printf("[outage] submission %d refused: %d %s%n", s.n(), answer.statusCode(),
                        ApiClient.text(answer));
                refused.incrementAndGet();
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The complainant's look-up on the portal's status page, as a browser does it: the page, then the form posted
     * back with its view state. The form's answer is returned (the page's, if that already failed); a 200 must
     * show the status line, or it counts as 599.
     */
    public static HttpResponse<byte[]> lookUpOnThePortal(String base, String reference, String trackingCode) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<byte[]> page = browser.send(HttpRequest.newBuilder(
                    URI.create(base + "status.xhtml")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String html = new String(page.body(), StandardCharsets.UTF_8);
            var state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(html);
            if (page.statusCode() != 200 || !state.find()) {
                return page;
            }
            // as a browser without JavaScript posts it: with the page's script nonce, which PrimeFaces checks
            var nonce = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"")
                    .matcher(html);
            String form = Stream.of("follow=follow", "follow:reference=" + reference, "follow:trackingCode="
                            + trackingCode, "follow:look=", "jakarta.faces.ViewState=" + state.group(1),
                            "primefaces.nonce=" + (nonce.find() ? nonce.group(1) : ""))
                    .map(pair -> pair.substring(0, pair.indexOf('=') + 1) + URLEncoder.encode(
                            pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<byte[]> answer = browser.send(HttpRequest.newBuilder(
                    URI.create(base + "status.xhtml")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String shown = new String(answer.body(), StandardCharsets.UTF_8);
            boolean explained = answer.statusCode() == 200 ? shown.contains("publicStatusLine")
                    : answer.statusCode() != 503 || shown.contains("Temporarily unavailable");
            return explained ? answer : new Unexplained(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page answer without what it should show (the status line, or the outage page's explanation). */
    record Unexplained(HttpResponse<byte[]> answer) implements HttpResponse<byte[]> {
        @Override public int statusCode() { return 599; }
        @Override public HttpRequest request() { return answer.request(); }
        @Override public Optional<HttpResponse<byte[]>> previousResponse() { return answer.previousResponse(); }
        @Override public HttpHeaders headers() { return answer.headers(); }
        @Override public byte[] body() { return answer.body(); }
        @Override public Optional<SSLSession> sslSession() { return answer.sslSession(); }
        @Override public URI uri() { return answer.uri(); }
        @Override public HttpClient.Version version() { return answer.version(); }
    }

    /** Sends a request and records its answer (status -1: no answer within the client's 30 s, or no connection). */
    static HttpResponse<byte[]> timed(List<Answer> answers, String what, Supplier<HttpResponse<byte[]>> request) {
        long started = now();
        try {
            HttpResponse<byte[]> answer = request.get();
            answers.add(new Answer(started, what, answer.statusCode(), now() - started,
                    answer.headers().firstValue("Retry-After").isPresent()));
            return answer;
        } catch (RuntimeException e) {
            answers.add(new Answer(started, what, -1, now() - started, false));
            return null;
        }
    }

    /** While the database was down: a 503 with Retry-After within 5 s for everything that needs it. */
    static int outageAnswers(List<Answer> answers, long down, long restart) {
        List<Answer> during = answers.stream().filter(a -> a.startedAt() >= down && a.startedAt() + a.millis()
                < restart).toList();
        Map<String, List<Answer>> byWhat = during.stream().collect(Collectors.groupingBy(Answer::what));
        int failures = during.isEmpty() ? 1 : 0;
        for (var entry : byWhat.entrySet()) {
            List<Answer> list = entry.getValue();
            long[] millis = list.stream().mapToLong(Answer::millis).sorted().toArray();
            Map<Integer, Long> statuses = list.stream().collect(Collectors.groupingBy(Answer::status,
                    TreeMap::new, Collectors.counting()));
            long wrong = list.stream().filter(a -> a.status() != 503
                    || !a.retryAfter() && !a.what().equals("health")).count();
            long slow = list.stream().filter(a -> a.millis() > 5_000).count();
            System.out.printf("[outage] during the outage, %-6s: %d answers %s, p50 %d ms, max %d ms; not a 503%s: %d,"
                            + " over 5 s: %d%n", entry.getKey(), list.size(), statuses, millis[millis.length / 2],
                    millis[millis.length - 1], entry.getKey().equals("health") ? "" : " with Retry-After", wrong,
                    slow);
            failures += (int) (wrong + slow);
        }
        return failures;
    }

    /** Service back by itself: the first acknowledged complaint and the first 200 status after the restart. */
    static int resumption(List<Answer> answers, long restart) {
        int failures = 0;
        for (String what : List.of("submit", "status", "tasks", "page")) {
            int ok = what.equals("submit") ? 201 : 200;
            long back = answers.stream().filter(a -> a.what().equals(what) && a.status() == ok
                    && a.startedAt() >= restart).mapToLong(a -> a.startedAt() + a.millis() - restart).min()
                    .orElse(Long.MAX_VALUE);
            System.out.printf("[outage] %-6s answered %d again %s after MariaDB's restart began%n", what, ok,
                    back == Long.MAX_VALUE ? "never" : back + " ms");
            failures += back <= 60_000 ? 0 : 1;
        }
        return failures;
    }

    /** No evidence row without its files, no file without its row: the half-written leftovers an outage could leave. */
    static int evidenceFilesMatchRows(String url, String password, Path folder) throws Exception {
        int[] mismatch = evidenceMismatch(url, password, folder);
        return mismatch[0] + mismatch[1];
    }

    /** Evidence files referenced by rows but missing, and files no row references: {missing, orphaned}. */
    static int[] evidenceMismatch(String url, String password, Path folder) throws Exception {
        Set<String> keys = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, "casework", password);
             ResultSet rows = c.createStatement().executeQuery(
                     "SELECT storage_key, working_key, thumbnail_key FROM evidence_item")) {
            while (rows.next()) {
                for (int i = 1; i <= 3; i++) {
                    if (rows.getString(i) != null) {
                        keys.add(rows.getString(i));
                    }
                }
            }
        }
        Set<String> files = new HashSet<>();
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                        .forEach(name -> files.add(name.replaceFirst("\\.bin$", "")));
            }
        }
        List<String> missing = new ArrayList<>(keys);
        missing.removeAll(files);
        List<String> orphans = new ArrayList<>(files);
        orphans.removeAll(keys);
        System.out.printf("[evidence] %d files referenced by rows, %d files on disk; missing %d, orphaned %d%n",
                keys.size(), files.size(), missing.size(), orphans.size());
        return new int[] {missing.size(), orphans.size()};
    }

    static long now() {
        return (System.nanoTime() - BEGIN) / 1_000_000;
    }

    private DatabaseOutageDrill() {
    }

}
