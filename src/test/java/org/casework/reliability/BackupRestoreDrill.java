package org.casework.reliability;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.casework.demo.control.DemoComplaints;
import org.casework.it.ApiClient;
import org.casework.it.LocalMail;
import org.casework.it.PayaraProcess;
import org.casework.kernel.Sha256;

/**
 * The backup procedure of {@code docs/operations.md}, restored and checked (not a test: it prints counts and exits 1
 * on any failure). A MariaDB of its own and the application on it; complaints with screenshots come in, and go on
 * coming in while the backup is taken online: {@code mariadb-dump --single-transaction}, then a copy of the data
 * folder's {@code evidence/}. The backup is restored into a new database and a new data folder and the application
 * started on them. It fails unless every complaint acknowledged before the backup began is there with its screenshot
 * (the hash on the row and the original file downloaded byte for byte), every evidence row has its files, and the
 * audit chain is intact. Files of complaints that arrived after the dump's snapshot are extra and reported.
 *
 * <p>Run: {@code ./mvnw verify -Pbackup-restore} (needs Debian's {@code mariadb-server} binaries).
 */
public final class BackupRestoreDrill {

    static final String[] INVESTIGATOR = KillUnderLoad.INVESTIGATOR;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly)));
        try {
            System.exit(run(Integer.getInteger("reliability.complaints", 120)) == 0 ? 0 : 1);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    static int run(int complaints) throws Exception {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "backup-restore");
        PrivateMariaDb db = PrivateMariaDb.install(work.resolve("mariadb"));
        db.start();
        String password = db.createApplicationDatabases("casework", "casework_restored");
        GreenMail mail = LocalMail.start();
        List<String> options = new ArrayList<>(List.of("-Dcasework.rate.submissions-per-hour=100000000",
                "-Dcasework.smtp.host=127.0.0.1", "-Dcasework.smtp.port=" + mail.getSmtp().getPort(),
                "-Dcasework.db.user=casework", "-Dcasework.db.password=" + password));
        PayaraProcess server = node(work.resolve("data"), work.resolve("server.log"), options,
                db.jdbcUrl("casework"));
        ApiClient api = new ApiClient(server.base(), Duration.ofSeconds(60));

        // complaints before the backup, then more during it
        Map<Integer, KillUnderLoad.Submission> sent = new ConcurrentHashMap<>();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        AtomicInteger counter = new AtomicInteger();
        AtomicBoolean during = new AtomicBoolean(true);
        String template = JsonbBuilder.create().toJson(DemoComplaints.david());
        for (int i = 0; i < complaints; i++) {
            clients.submit(() -> submit(api, template, counter.incrementAndGet(), sent, acknowledged));
        }
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.MINUTES);
        Map<Integer, String> beforeBackup = Map.copyOf(acknowledged);
        Thread more = new Thread(() -> {
            while (during.get()) {
                submit(api, template, counter.incrementAndGet(), sent, acknowledged);
            }
        });
        more.start();

        Path backup = Files.createDirectories(work.resolve("backup"));
        long started = System.nanoTime();
        db.dump("casework", backup.resolve("casework.sql"));
        long dumped = System.nanoTime();
        long files = copy(work.resolve("data").resolve("evidence"), backup.resolve("evidence"));
        long copied = System.nanoTime();
        during.set(false);
        more.join();
        System.out.printf("[backup] %d complaints acknowledged before the backup, %d in all; dump %d ms (%d KB),"
                        + " evidence copy %d ms (%d files)%n", beforeBackup.size(), acknowledged.size(),
                (dumped - started) / 1_000_000, Files.size(backup.resolve("casework.sql")) / 1024,
                (copied - dumped) / 1_000_000, files);
        server.close();

        // the restore, onto a new database and a new data folder
        long restoring = System.nanoTime();
        db.load("casework_restored", backup.resolve("casework.sql"));
        copy(backup.resolve("evidence"), work.resolve("restored").resolve("evidence"));
        System.out.printf("[backup] restored in %d ms%n", (System.nanoTime() - restoring) / 1_000_000);
        PayaraProcess restored = node(work.resolve("restored"), work.resolve("restored.log"), options,
                db.jdbcUrl("casework_restored"));
        int failures = check(new ApiClient(restored.base(), Duration.ofSeconds(60)), sent, beforeBackup);
        // a file without its row belongs to a complaint committed after the dump's snapshot: harmless; the reverse is not
        failures += DatabaseOutageDrill.evidenceMismatch(db.jdbcUrl("casework_restored"), password,
                work.resolve("restored").resolve("evidence"))[0];
        restored.close();
        mail.stop();
        db.close();
        System.out.println(failures == 0 ? "[backup] PASSED" : "[backup] FAILED: " + failures + " failed checks");
        return failures;
    }

    static PayaraProcess node(Path data, Path log, List<String> options, String url) throws Exception {
        List<String> properties = new ArrayList<>(options);
        properties.add("-Dcasework.db.url=" + url);
        PayaraProcess p = PayaraProcess.start(data, log, properties.toArray(String[]::new));
        System.out.printf("[backup] server up in %d ms on %s%n", p.awaitHealthy(Duration.ofSeconds(240)), url);
        return p;
    }

    static void submit(ApiClient api, String template, int n, Map<Integer, KillUnderLoad.Submission> sent,
                       Map<Integer, String> acknowledged) {
        String practitioner = "Backup Test " + UUID.randomUUID().toString().substring(0, 13);
        KillUnderLoad.Submission s = new KillUnderLoad.Submission(n, UUID.randomUUID().toString(), template
                .replace("David Marsh", practitioner).replace(DemoComplaints.DAVID_REGISTRATION, "BAK-" + n),
                KillUnderLoad.screenshot(n), practitioner);
        sent.put(n, s);
        DatabaseOutageDrill.submitUntilAcknowledged(api, s, acknowledged, new ArrayList<>(), new AtomicInteger(),
                new AtomicInteger());
    }

    /** Every complaint acknowledged before the backup: its case, its hash, its original file byte for byte; the chain. */
    static int check(ApiClient api, Map<Integer, KillUnderLoad.Submission> sent, Map<Integer, String> before) {
        int missing = 0;
        int wrong = 0;
        for (var entry : before.entrySet()) {
            KillUnderLoad.Submission s = sent.get(entry.getKey());
            HttpResponse<byte[]> file = api.get("/api/v1/cases/" + entry.getValue(), INVESTIGATOR[0], INVESTIGATOR[1]);
            if (file.statusCode() != 200) {
                missing++;
                System.out.printf("[backup] %s not in the restore (%d)%n", entry.getValue(), file.statusCode());
                continue;
            }
            var evidence = ApiClient.object(file).getJsonArray("evidence").getValuesAs(JsonObject.class);
            String expected = Sha256.of(s.screenshot()).hex();
            boolean right = evidence.size() == 1 && evidence.get(0).getString("sha256").equals(expected)
                    && Sha256.of(api.get("/api/v1/cases/" + entry.getValue() + "/evidence/"
                    + evidence.get(0).getInt("id"), INVESTIGATOR[0], INVESTIGATOR[1]).body()).hex().equals(expected);
            if (!right) {
                wrong++;
                System.out.printf("[backup] %s: evidence differs after the restore%n", entry.getValue());
            }
        }
        JsonObject chain = ApiClient.object(api.get("/api/v1/admin/audit/verification", "admin", "admin-demo"));
        System.out.printf("[backup] restored: %d of %d complaints acknowledged before the backup found, %d missing,"
                + " %d with evidence not as submitted; audit chain %s%n", before.size() - missing, before.size(),
                missing, wrong, chain);
        return missing + wrong + (chain.getBoolean("intact") ? 0 : 1);
    }

    static long copy(Path from, Path to) throws IOException {
        AtomicInteger copied = new AtomicInteger();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    copied.incrementAndGet();
                }
            }
        }
        return copied.get();
    }
}
