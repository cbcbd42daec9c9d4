package org.casework.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.casework.it.ApiClient;
import org.casework.it.PayaraProcess;

/**
 * The registrar's outcome table on a million closed cases (not a test: it prints numbers). Starts the WAR on Payara
 * Micro against MariaDB, seeds 1,000,000 closed cases with {@link ClosedCaseGenerator} where they are missing, then
 * times, in the same run and interleaved, {@code GET /api/v1/statistics/outcomes} for one year and for all time
 * against the equivalent raw SQL {@code GROUP BY} over JDBC. Prints median and p95 of each and the ratio of medians.
 *
 * <p>Run: {@code ./mvnw -Pbench-statistics verify} (needs MariaDB with database {@code casework_bench}, see docs).
 */
public final class StatisticsBenchmark {

    static final String RAW = "SELECT outcome, COUNT(id) FROM closed_case WHERE closed_on BETWEEN ? AND ? "
            + "GROUP BY outcome";
    /** All time: no period, so no condition. */
    static final String RAW_ALL = "SELECT outcome, COUNT(id) FROM closed_case GROUP BY outcome";

    public static void main(String[] args) throws Exception {
        long cases = Long.getLong("bench.cases", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 21);
        String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/casework_bench");
        String user = System.getProperty("bench.db.user", "casework");
        String password = System.getProperty("bench.db.password", "casework-it");
        Path work = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "bench-statistics");
        try (PayaraProcess payara = PayaraProcess.start(work.resolve("data"), work.resolve("payara.log"),
                "-Dcasework.db.url=" + url, "-Dcasework.db.user=" + user, "-Dcasework.db.password=" + password,
                "-Dcasework.demo=true");
             Connection jdbc = DriverManager.getConnection(url, user, password)) {
            payara.awaitHealthy(Duration.ofSeconds(180)); // Flyway has made the tables by now
            long started = System.nanoTime();
            long added = ClosedCaseGenerator.seed(jdbc, cases);
            System.out.printf("[bench] %d closed cases present (%d added in %.1f s)%n", cases, added,
                    (System.nanoTime() - started) / 1e9);
            try (var analyze = jdbc.createStatement()) {
                analyze.execute("ANALYZE TABLE closed_case"); // fresh statistics for the optimiser, as in production
            }
            ApiClient api = new ApiClient(payara.base());
            compare("one year (2025)", api, jdbc, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), rounds);
            compare("all time", api, jdbc, null, null, rounds);
        }
    }

    static void compare(String what, ApiClient api, Connection jdbc, LocalDate from, LocalDate to, int rounds)
            throws Exception {
        String query = "/api/v1/statistics/outcomes" + (from == null ? "" : "?from=" + from + "&to=" + to);
        LongSupplier app = () -> {
            HttpResponse<byte[]> response = api.get(query, "registrar", "registrar-demo");
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + ApiClient.text(response));
            }
            return ApiClient.object(response).getJsonNumber("total").longValue();
        };
        LongSupplier raw = () -> {
            try (PreparedStatement s = jdbc.prepareStatement(from == null ? RAW_ALL : RAW)) {
                if (from != null) {
                    s.setObject(1, from);
                    s.setObject(2, to);
                }
                long total = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        total += r.getLong(2);
                    }
                }
                return total;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // warm-up: the JIT compiles the request path after a few hundred requests (as on a server in use), the
        // database's buffer pool holds the index, the first request's authentication is remembered
        long warmUpUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int i = 0; i < 300 && System.nanoTime() < warmUpUntil; i++) {
            app.getAsLong();
            raw.getAsLong();
        }
        long[] appNanos = new long[rounds];
        long[] rawNanos = new long[rounds];
        long appTotal = 0;
        long rawTotal = 0;
        for (int i = 0; i < rounds; i++) { // interleaved, so both see the same machine
            long t0 = System.nanoTime();
            appTotal = app.getAsLong();
            long t1 = System.nanoTime();
            rawTotal = raw.getAsLong();
            rawNanos[i] = System.nanoTime() - t1;
            appNanos[i] = t1 - t0;
        }
        if (appTotal != rawTotal) {
            throw new IllegalStateException("The app counted " + appTotal + " cases, the raw SQL " + rawTotal);
        }
        Arrays.sort(appNanos);
        Arrays.sort(rawNanos);
        double appMedian = appNanos[rounds / 2] / 1e6;
        double rawMedian = rawNanos[rounds / 2] / 1e6;
        System.out.printf("[bench] %-16s %8d cases: app median %.1f ms (p95 %.1f), raw SQL median %.1f ms (p95 %.1f);"
                        + " ratio %.2f (target <= 1.2, app < 1000 ms)%n", what, appTotal, appMedian,
                appNanos[(int) (rounds * 0.95)] / 1e6, rawMedian, rawNanos[(int) (rounds * 0.95)] / 1e6,
                appMedian / rawMedian);
    }
}
