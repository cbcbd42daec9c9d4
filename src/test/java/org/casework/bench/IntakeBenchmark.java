package org.casework.bench;

import jakarta.json.bind.JsonbBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.casework.demo.control.DemoComplaints;
import org.casework.it.ApiClient;
import org.casework.it.PayaraProcess;

/**
 * Load driver for the intake API (not a test: it prints numbers). Starts the built WAR on Payara Micro against
 * MariaDB, drives {@code POST /api/v1/complaints} with a ~500 KB screenshot from 8 concurrent clients, then runs a raw
 * baseline in the same JVM: plain JDBC inserts of the same rows plus writing the same bytes to disk, from 8 threads.
 * Prints throughput, p50/p95 latency and the ratio of the two throughputs.
 *
 * <p>Run: {@code ./mvnw -Pbench verify} (needs MariaDB with database {@code casework_bench}, see .ci/run).
 */
public final class IntakeBenchmark {

    static final int CLIENTS = 8;

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 1000);
        int warmUp = Integer.getInteger("bench.warmup", 1500);
        String url = System.getProperty("bench.db.url", "jdbc:mariadb://127.0.0.1:3306/casework_bench");
        String user = System.getProperty("bench.db.user", "casework");
        String password = System.getProperty("bench.db.password", "casework-it");
        Path work = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "bench");
        byte[] screenshot = screenshot(500 * 1024);
        String complaint = JsonbBuilder.create().toJson(DemoComplaints.david());
        System.out.printf("[bench] screenshot %d bytes, %d requests from %d clients%n", screenshot.length, requests,
                CLIENTS);

        Result app;
        Result bare;
        Result floor;
        List<String> serverOptions = new ArrayList<>(List.of("-Dcasework.db.url=" + url, "-Dcasework.db.user=" + user,
                "-Dcasework.db.password=" + password, "-Dcasework.rate.submissions-per-hour=100000000",
                "-Dcasework.demo=false"));
        // e.g. -Dbench.server-options="-XX:StartFlightRecording=filename=/tmp/intake.jfr" to profile the server
        String extra = System.getProperty("bench.server-options", "").trim();
        if (!extra.isEmpty()) {
            serverOptions.addAll(List.of(extra.split("\\s+")));
        }
        try (PayaraProcess payara = PayaraProcess.start(work.resolve("data"), work.resolve("payara.log"),
                serverOptions.toArray(String[]::new))) {
            payara.awaitHealthy(Duration.ofSeconds(180));
            ApiClient api = new ApiClient(payara.base());
            // the JIT needs well over a thousand requests on two cores before the compiler threads calm down
            run(warmUp, () -> post(api, complaint, screenshot));
            app = run(requests, () -> post(api, complaint, screenshot));
            // the same complaint without a file: what the case, its process and the HTTP layer cost on their own
            bare = run(requests / 2, () -> post(api, complaint, null));
            // the floor of the stack: the same request read whole by Payara and Jersey, then refused (400, the
            // complaint part is not JSON) before anything is checked, decoded, hashed, stored or started
            floor = run(requests, () -> refused(api, screenshot));
            System.out.printf("[bench] app RSS after run: %d MB%n", payara.residentMegabytes());
        }
        Path files = Files.createDirectories(work.resolve("raw-files"));
        Result raw;
        try (var pool = new ConnectionPool(url, user, password, CLIENTS)) {
            run(CLIENTS * 4, () -> rawInsert(pool, files, screenshot));
            raw = run(requests, () -> rawInsert(pool, files, screenshot));
        }
        print("app  POST /api/v1/complaints", app);
        print("app  same, without evidence  ", bare);
        print("app  same, refused unread    ", floor);
        print("raw  JDBC rows + file write ", raw);
        System.out.printf("[bench] throughput ratio app/raw = %.3f (target >= 0.25); app p95 = %.1f ms (target < 150)%n",
                app.throughput() / raw.throughput(), app.p95());
        System.out.printf("[bench] ceiling of the HTTP stack alone: refused/raw = %.3f%n",
                floor.throughput() / raw.throughput());
    }

    record Result(double throughput, double p50, double p95, int errors) {
    }

    interface Call {
        boolean run() throws Exception;
    }

    static Result run(int requests, Call call) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long[] latencies = new long[requests];
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(clients.submit(() -> {
                for (long i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        if (!call.run()) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[(int) i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        Arrays.sort(latencies);
        return new Result(requests / seconds, latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.95)] / 1e6,
                (int) errors.get());
    }

    /**
     * Each complaint about a post and a practitioner of its own, as most are: the same for all would measure the
     * linking of related complaints (capped at 25 links of each kind) rather than intake.
     */
    static boolean post(ApiClient api, String complaint, byte[] screenshot) {
        String own = complaint.replace("posts/1001", "posts/" + UUID.randomUUID())
                .replace("David Marsh", "David " + surname());
        List<ApiClient.Part> parts = screenshot == null ? List.of(ApiClient.Part.json("complaint", own))
                : List.of(ApiClient.Part.json("complaint", own),
                        ApiClient.Part.file("evidence", "post.png", "image/png", screenshot));
        return api.postMultipart("/api/v1/complaints", parts).statusCode() == 201;
    }

    /** The whole multipart request is received, then refused for its complaint part: 400 is the expected answer. */
    static boolean refused(ApiClient api, byte[] screenshot) {
        List<ApiClient.Part> parts = List.of(ApiClient.Part.json("complaint", "not json"),
                ApiClient.Part.file("evidence", "post.png", "image/png", screenshot));
        return api.postMultipart("/api/v1/complaints", parts).statusCode() == 400;
    }

    private static String surname() {
        char[] letters = new char[8];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        letters[0] = (char) ('A' + random.nextInt(26));
        for (int i = 1; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }

    /** The same rows the intake writes for one complaint (no process engine), and the same bytes on disk. */
    static boolean rawInsert(ConnectionPool pool, Path folder, byte[] screenshot) throws Exception {
        Connection c = pool.take();
        try {
            c.setAutoCommit(false);
            long id = Math.abs(new Random().nextLong() % 1_000_000_000_000L) + 1_000_000;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement complainant = c.prepareStatement("INSERT INTO complainant (id, full_name, email, "
                    + "relationship) VALUES (?, ?, ?, ?)");
                 PreparedStatement complaint = c.prepareStatement("INSERT INTO complaint (id, version, reference, "
                    + "tracking_hash, status, received_at, complainant_id, practitioner_name, practitioner_name_key, platform, "
                    + "conduct_date, description) VALUES (?, 0, ?, ?, 'RECEIVED', ?, ?, 'David Marsh', 'david marsh', "
                    + "'FACEBOOK', ?, ?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO post_link (id, complaint_id, position, url, "
                    + "match_hash) VALUES (?, ?, 0, ?, ?)");
                 PreparedStatement evidence = c.prepareStatement("INSERT INTO evidence_item (id, complaint_id, "
                    + "file_name, evidence_type, size_bytes, sha256, storage_key, uploaded_at, uploaded_by) VALUES "
                    + "(?, ?, 'post.png', 'PNG', ?, ?, ?, ?, 'complainant')")) {
                complainant.setLong(1, id);
                complainant.setString(2, "Tom Reweti");
                complainant.setString(3, "tom.reweti@example.org");
                complainant.setString(4, "COLLEAGUE");
                complainant.executeUpdate();
                complaint.setLong(1, id);
                complaint.setString(2, "RAW-2026-" + id);
                complaint.setString(3, "a".repeat(64));
                complaint.setTimestamp(4, now);
                complaint.setLong(5, id);
                complaint.setDate(6, Date.valueOf("2026-03-14"));
                complaint.setString(7, "Photos of patients on a public, geo-tagged Facebook account.");
                complaint.executeUpdate();
                link.setLong(1, id);
                link.setLong(2, id);
                link.setString(3, "https://www.facebook.com/david.marsh.demo/posts/1001");
                link.setString(4, "b".repeat(64));
                link.executeUpdate();
                String key = UUID.randomUUID().toString();
                evidence.setLong(1, id);
                evidence.setLong(2, id);
                evidence.setLong(3, screenshot.length);
                evidence.setString(4, "c".repeat(64));
                evidence.setString(5, key);
                evidence.setTimestamp(6, now);
                evidence.executeUpdate();
                Files.write(folder.resolve(key), screenshot);
            }
            c.commit();
            return true;
        } finally {
            pool.give(c);
        }
    }

    /** A PNG of random noise (incompressible) of about the given size. */
    static byte[] screenshot(int bytes) throws Exception {
        int side = (int) Math.sqrt(bytes / 3.0);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static void print(String what, Result r) {
        System.out.printf("[bench] %s: %.1f req/s, p50 %.1f ms, p95 %.1f ms, errors %d%n", what, r.throughput(),
                r.p50(), r.p95(), r.errors());
    }

    /** Just enough pooling for the baseline to be fair: connections are opened once, not per insert. */
    static final class ConnectionPool implements AutoCloseable {
        private final BlockingQueue<Connection> idle;

        ConnectionPool(String url, String user, String password, int size) throws Exception {
            idle = new ArrayBlockingQueue<>(size);
            for (int i = 0; i < size; i++) {
                idle.add(DriverManager.getConnection(url, user, password));
            }
        }

        Connection take() throws InterruptedException {
            return idle.take();
        }

        void give(Connection c) {
            idle.add(c);
        }

        @Override
        public void close() throws Exception {
            for (Connection c : idle) {
                c.close();
            }
        }
    }
}
