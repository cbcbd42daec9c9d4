package org.casework.bench;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.bind.JsonbBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.casework.demo.control.DemoComplaints;
import org.casework.it.ApiClient;
import org.casework.it.LocalMail;
import org.casework.it.PayaraProcess;

/**
 * The investigator's workbench on a large caseload (not a test: it prints numbers). Starts the WAR on Payara Micro
 * against MariaDB, brings the number of open cases up to {@code bench.cases} (100,000) where they are missing (a few
 * hundred through the intake API, the rest cloned from those, each with a practitioner, registration number and
 * platform of its own; kept in {@code casework_bench} for the next run),
 * waits for the engine's jobs to drain, then times as the demo investigator: the team queue's first page, the queue
 * filtered by practitioner, by platform and overdue, the count badges, and the case file of random cases.
 * Prints p50, p95 and max of each; the target is p95 under 200 ms.
 *
 * <p>Run: {@code ./mvnw -Pbench-queues verify} (MariaDB with database {@code casework_bench}, see .ci/run).
 */
public final class QueueBenchmark {

    static final int CLIENTS = 8;
    static final String[] INVESTIGATOR = {"investigator", "investigator-demo"};

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("bench.cases", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 100);
        String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/casework_bench");
        String user = System.getProperty("bench.db.user", "casework");
        String password = System.getProperty("bench.db.password", "casework-it");
        Path work = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "bench-queues");
        // acknowledgements go to a mail server that keeps nothing for long: a mail outage would make 100,000 incidents
        GreenMail mail = LocalMail.start();
        int smtpPort = mail.getSmtp().getPort();
        ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor();
        purge.scheduleAtFixedRate(() -> {
            try {
                mail.purgeEmailFromAllMailboxes();
            } catch (Exception ignored) {
                // the next purge will do
            }
        }, 5, 5, TimeUnit.SECONDS);
        try (PayaraProcess payara = PayaraProcess.start(work.resolve("data"), work.resolve("payara.log"),
                "-Dcasework.db.url=" + url, "-Dcasework.db.user=" + user, "-Dcasework.db.password=" + password,
                "-Dcasework.demo=true", "-Dcasework.rate.submissions-per-hour=100000000",
                "-Dcasework.smtp.host=127.0.0.1", "-Dcasework.smtp.port=" + smtpPort);
             Connection jdbc = DriverManager.getConnection(url, user, password)) {
            payara.awaitHealthy(Duration.ofSeconds(180));
            ApiClient api = new ApiClient(payara.base());
            seed(api, jdbc, cases, url, user, password);
            drain(jdbc);
            try (var analyze = jdbc.createStatement()) {
                for (String table : List.of("ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_IDENTITYLINK",
                        "ACT_RU_EXECUTION", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "complaint")) {
                    analyze.execute("ANALYZE TABLE " + table);
                }
            }
            List<String> references = sample(jdbc, rounds);
            String someone = practitionerOf(jdbc, references.get(0));
            String queue = "/api/v1/tasks/queues/team?first=0&max=25";
            time(api, "warm-up", 200, i -> queue);
            time(api, "team queue, first page (25)", rounds, i -> queue);
            time(api, "team queue, practitioner filter", rounds, i -> queue + "&practitioner="
                    + URLEncoder.encode(someone, StandardCharsets.UTF_8));
            time(api, "team queue, platform + overdue", rounds, i -> queue + "&platform=FACEBOOK&overdue=true");
            time(api, "team queue, page 40 by due date", rounds,
                    i -> "/api/v1/tasks/queues/team?first=975&max=25&sort=due"); // the last page the page offers
            time(api, "team queue, page 200 by due date (API)", rounds,
                    i -> "/api/v1/tasks/queues/team?first=5000&max=25&sort=due");
            time(api, "queue count badges", rounds, i -> "/api/v1/tasks/queues");
            time(api, "case file (random case)", rounds, i -> "/api/v1/cases/" + references.get(i));
            time(api, "case search by practitioner", rounds, i -> "/api/v1/cases?max=25&practitioner="
                    + URLEncoder.encode(someone, StandardCharsets.UTF_8));
            time(api, "case search by platform and stage", rounds,
                    i -> "/api/v1/cases?max=25&platform=facebook&stage=received");
            System.out.printf("[bench] server RSS %d MB%n", payara.residentMegabytes());
        } finally {
            purge.shutdownNow();
            mail.stop();
        }
    }

    /**
     * Open cases up to the number asked for: the first {@code bench.intake} (300) through the real intake, 8 clients
     * at once, the rest cloned from them ({@link CaseCloner}).
     */
    static void seed(ApiClient api, Connection jdbc, int cases, String url, String user, String password)
            throws Exception {
        long open = count(jdbc, "SELECT COUNT(*) FROM complaint WHERE status <> 'CLOSED'");
        int throughIntake = (int) Math.max(0, Math.min(cases, Integer.getInteger("bench.intake", 300)) - open);
        System.out.printf("[bench] %d open cases present, adding %d through the intake%n", open, throughIntake);
        if (throughIntake > 0) {
            String template = JsonbBuilder.create().toJson(DemoComplaints.david());
            AtomicLong done = new AtomicLong();
            long started = System.nanoTime();
            var result = IntakeBenchmark.run(throughIntake, () -> IntakeBenchmark.post(api,
                    template.replace(DemoComplaints.DAVID_REGISTRATION, "BENCH-" + done.incrementAndGet()), null));
            System.out.printf("[bench] %d through the intake in %.0f s (%d errors)%n", throughIntake,
                    (System.nanoTime() - started) / 1e9, result.errors());
            drain(jdbc);
            open += throughIntake;
        }
        int cloned = (int) Math.max(0, cases - open);
        if (cloned > 0) {
            System.out.printf("[bench] cloning %d%n", cloned);
            CaseCloner.clone(jdbc, url, user, password, cloned);
        }
    }

    /** Waits for the intake's asynchronous steps (acknowledgements) so that they do not run under the timing. */
    static void drain(Connection jdbc) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        long jobs;
        while ((jobs = count(jdbc, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND DUEDATE_ IS NULL"))
                > 0 && System.nanoTime() < deadline) {
            System.out.printf("[bench] %d jobs waiting%n", jobs);
            Thread.sleep(10_000);
        }
    }

    static void time(ApiClient api, String what, int rounds, IntFunction<String> path) {
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = api.get(path.apply(i), INVESTIGATOR[0], INVESTIGATOR[1]);
            nanos[i] = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + ": " + response.statusCode() + " " + ApiClient.text(response));
            }
        }
        Arrays.sort(nanos);
        System.out.printf("[bench] %-36s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d requests)%n", what,
                nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.95)] / 1e6, nanos[rounds - 1] / 1e6, rounds);
    }

    static List<String> sample(Connection jdbc, int n) throws Exception {
        List<String> references = new ArrayList<>();
        try (var s = jdbc.createStatement();
             ResultSet rs = s.executeQuery("SELECT reference FROM complaint WHERE status <> 'CLOSED' "
                     + "AND team_code = 'investigations'")) {
            while (rs.next()) {
                references.add(rs.getString(1));
            }
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(references.get(ThreadLocalRandom.current().nextInt(references.size())));
        }
        return picked;
    }

    static String practitionerOf(Connection jdbc, String reference) throws Exception {
        try (var s = jdbc.prepareStatement("SELECT practitioner_name FROM complaint WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static long count(Connection jdbc, String sql) throws Exception {
        try (var s = jdbc.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
