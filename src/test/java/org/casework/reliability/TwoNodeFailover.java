package org.casework.reliability;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casework.demo.control.DemoComplaints;
import org.casework.it.ApiClient;
import org.casework.it.LocalMail;
import org.casework.it.PayaraProcess;

/**
 * Two nodes and a node lost (not a test: it prints counts and exits 1 on any failure). A MariaDB of its own
 * ({@link PrivateMariaDb}), two Payara Micro nodes forming one cluster on it (sessions replicated by Hazelcast, one
 * shared evidence folder, a Camunda job executor on each) and nginx in front ({@link LoadBalancer}). For
 * {@code reliability.minutes} (4) complaints come in through nginx at {@code reliability.rate} a second (2), each with
 * a screenshot and an {@code Idempotency-Key}, retried until acknowledged; an investigator and a case examiner take
 * each acknowledged case through triage and the approval of the notice of investigation, after which the notice is
 * drafted, issued and emailed by jobs and a timer reminds the practitioner a minute later
 * ({@code casework.workflow.response-reminder=PT1M}). A member of staff signed in through nginx has a case page open,
 * served by node 1; after {@code reliability.kill-after-seconds} (100) node 1 is killed (SIGKILL) and the form on that
 * page is posted: it must be taken by node 2 as if nothing happened.
 *
 * <p>It fails unless, afterwards: every acknowledged complaint exists once, with its screenshot's hash, and has one
 * process; every case taken through triage has exactly one notice and exactly one reminder (the timer fired once);
 * no job ran twice (the engine's job log), every due job ran (nothing left locked, no incident) and both nodes ran
 * jobs; each acknowledgement mail arrived exactly once; evidence rows and files match; the audit chain is intact;
 * the staff session and its page survived the node. Jobs held by the killed node are taken up after their lock
 * expires ({@code casework.workflow.job-lock-millis}, 60 s here, 5 minutes by default).
 *
 * <p>Run: {@code ./mvnw verify -Ptwo-nodes} (needs Debian's {@code mariadb-server} binaries and {@code nginx}).
 */
public final class TwoNodeFailover {

    static final String[] INVESTIGATOR = KillUnderLoad.INVESTIGATOR;
    static final String[] EXAMINER = {"examiner", "examiner-demo"};
    static final String[] ADMIN = {"admin", "admin-demo"};
    static final String NOTE = "Noted on node 1's page, saved after node 1 was lost";

    public static void main(String[] args) throws Exception {
        // whatever happens to the drill, the servers it started go with it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly)));
        try {
            System.exit(run() == 0 ? 0 : 1);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    static int run() throws Exception {
        LoadBalancer.executable();
        int minutes = Integer.getInteger("reliability.minutes", 4);
        int rate = Integer.getInteger("reliability.rate", 2);
        int killAfter = Integer.getInteger("reliability.kill-after-seconds", 100);
        Path work = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "two-nodes");
        PrivateMariaDb db = PrivateMariaDb.install(work.resolve("mariadb"));
        System.out.printf("[two-nodes] MariaDB up in %d ms%n", db.start());
        String password = db.createApplicationDatabases("casework");
        GreenMail mail = LocalMail.start();
        SlowSmtp smtp = SlowSmtp.start(mail.getSmtp().getPort());
        List<String> options = List.of("-Dcasework.rate.submissions-per-hour=100000000",
                "-Dcasework.rate.failed-lookups-per-hour=100000000", "-Dcasework.smtp.host=127.0.0.1",
                "-Dcasework.smtp.port=" + smtp.port(), "-Dcasework.workflow.job-poll-millis=1000",
                "-Dcasework.workflow.job-lock-millis=60000", "-Dcasework.workflow.response-reminder=PT1M",
                "-Dcasework.db.url=" + db.jdbcUrl("casework"), "-Dcasework.db.user=casework",
                "-Dcasework.db.password=" + password);
        Cluster cluster = Cluster.start(work, options);
        LoadBalancer nginx = LoadBalancer.start(work.resolve("nginx"), cluster.httpPorts());
        ApiClient api = new ApiClient(nginx.base(), Duration.ofSeconds(60));
        int resetFailures = resetReachesEveryNode(cluster.httpPorts()) + oneAllowanceForTheCluster(cluster.httpPorts());

        String template = JsonbBuilder.create().toJson(DemoComplaints.david());
        Map<Integer, KillUnderLoad.Submission> sent = new ConcurrentHashMap<>();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        Set<String> driven = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        ExecutorService staff = Executors.newFixedThreadPool(4);
        CaseWork caseWork = new CaseWork(() -> api, "two-nodes");
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        long begin = System.nanoTime();
        long end = begin + Duration.ofMinutes(minutes).toNanos();
        ticks.scheduleAtFixedRate(() -> {
            int n = counter.incrementAndGet();
            String practitioner = "Node Test " + UUID.randomUUID().toString().substring(0, 13);
            KillUnderLoad.Submission s = new KillUnderLoad.Submission(n, UUID.randomUUID().toString(), template
                    .replace("David Marsh", practitioner).replace(DemoComplaints.DAVID_REGISTRATION, "NODE-" + n),
                    KillUnderLoad.screenshot(n), practitioner);
            sent.put(n, s);
            clients.submit(() -> {
                DatabaseOutageDrill.submitUntilAcknowledged(api, s, acknowledged, new ArrayList<>(),
                        attempts, refused);
                String reference = acknowledged.get(n);
                if (reference != null) {
                    staff.submit(() -> {
                        if (caseWork.takeThroughTriage(reference)) {
                            driven.add(reference);
                        }
                    });
                }
            });
        }, 0, 1000 / rate, TimeUnit.MILLISECONDS);

        // a member of staff with a case page open on node 1
        StaffBrowser browser = new StaffBrowser(nginx.base());
        int failures = resetFailures + (browser.signIn(INVESTIGATOR[0], INVESTIGATOR[1]) ? 0 : 1);
        while (acknowledged.isEmpty()) {
            Thread.sleep(500);
        }
        String noted = acknowledged.values().iterator().next();
        StaffBrowser.Page open = null;
        for (int i = 0; i < 10 && (open == null || !open.node().endsWith(":" + cluster.httpPorts().get(0))); i++) {
            open = browser.get("staff/case.xhtml?ref=" + noted + "&tab=notes"); // the part with the note form
        }
        System.out.printf("[two-nodes] staff page of %s open, served by %s%n", noted, open.node());
        Thread.sleep(Math.max(0, killAfter * 1000L - (System.nanoTime() - begin) / 1_000_000));
        int before = acknowledged.size();
        Engine engine = new Engine(db.jdbcUrl("casework"), password);
        // killed while it holds jobs (mail held by a slow mail server): they must wait for their lock to expire and
        // then run once, on node 2
        smtp.hold(4000);
        Thread.sleep(1500);
        engine.awaitLockedBy("node-1", Duration.ofSeconds(20));
        cluster.node(0).kill();
        smtp.hold(0);
        List<String> orphaned = engine.lockedJobs("node-1");
        System.out.printf("[two-nodes] node 1 killed after %d acknowledged complaints, %d cases through triage,"
                + " holding %d jobs%n", before, driven.size(), orphaned.size());
        failures += sessionSurvives(browser, open, noted, api);

        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        ticks.shutdown();
        ticks.awaitTermination(10, TimeUnit.SECONDS);
        clients.shutdown();
        clients.awaitTermination(5, TimeUnit.MINUTES);
        staff.shutdown();
        staff.awaitTermination(5, TimeUnit.MINUTES);
        System.out.printf("[two-nodes] submitted %d, attempts %d, acknowledged %d, refused %d; %d cases through"
                + " triage (%d failed)%n", sent.size(), attempts.get(), acknowledged.size(), refused.get(),
                driven.size(), caseWork.failed());
        failures += acknowledged.size() + refused.get() == sent.size() ? 0 : 1;
        failures += refused.get() + caseWork.failed();

        failures += engine.settle(Duration.ofMinutes(4));
        long takenOver = 0;
        for (String job : orphaned) {
            Map<String, Long> runs = engine.successfulRunsOf(job);
            takenOver += runs.equals(Map.of("node-2", 1L)) ? 1 : 0;
        }
        System.out.printf("[two-nodes] of the %d jobs node 1 held when it died, %d ran exactly once afterwards, on"
                + " node 2%n", orphaned.size(), takenOver);
        failures += orphaned.size() - (int) takenOver;
        failures += new Findings(api, mail, engine).check(sent, acknowledged, driven);
        failures += DatabaseOutageDrill.evidenceFilesMatchRows(db.jdbcUrl("casework"), password,
                work.resolve("data").resolve("evidence"));
        JsonObject chain = ApiClient.object(api.get("/api/v1/admin/audit/verification", ADMIN[0], ADMIN[1]));
        System.out.printf("[two-nodes] audit chain: %s%n", chain);
        failures += chain.getBoolean("intact") ? 0 : 1;

        nginx.close();
        cluster.close();
        smtp.close();
        mail.stop();
        db.close();
        System.out.println(failures == 0 ? "[two-nodes] PASSED" : "[two-nodes] FAILED: " + failures + " failed checks");
        return failures;
    }

    /**
     * A password reset on node 1 shuts the old password out on node 2, although node 2 remembers having checked it:
     * within the few seconds after which a node re-reads an account, not after its five-minute memory of the check.
     */
    static int resetReachesEveryNode(List<Integer> ports) throws InterruptedException {
        ApiClient one = new ApiClient("http://127.0.0.1:" + ports.get(0) + "/");
        ApiClient two = new ApiClient("http://127.0.0.1:" + ports.get(1) + "/");
        String user = "drill-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<byte[]> created = one.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], "{\"username\":\""
                + user + "\",\"displayName\":\"Drill Person\",\"roles\":[\"INVESTIGATOR\"],\"team\":"
                + "\"investigations\",\"teamLead\":false,\"active\":true}");
        String oneTime = ApiClient.object(created).getString("oneTimePassword");
        String chosen = "drill pass phrase " + UUID.randomUUID();
        int chose = one.putJson("/api/v1/account/password", user, oneTime, "{\"currentPassword\":\"" + oneTime
                + "\",\"newPassword\":\"" + chosen + "\"}").statusCode();
        int before = two.get("/api/v1/tasks", user, chosen).statusCode();
        one.postJson("/api/v1/admin/users/" + user + "/password", ADMIN[0], ADMIN[1], "{}");
        long reset = System.nanoTime();
        int after;
        do {
            after = two.get("/api/v1/tasks", user, chosen).statusCode();
            if (after == 401) {
                break;
            }
            Thread.sleep(250);
        } while (System.nanoTime() - reset < Duration.ofSeconds(30).toNanos());
        long millis = (System.nanoTime() - reset) / 1_000_000;
        System.out.printf("[two-nodes] password reset on node 1: own password chosen %d, accepted by node 2 %d, then"
                + " refused by node 2 with %d after %d ms%n", chose, before, after, millis);
        return chose == 204 && before == 200 && after == 401 && millis <= 10_000 ? 0 : 1;
    }

    /**
     * Sign-in throttling counts for the cluster, not per node: five wrong passwords on each node use up the account's
     * ten, so the next attempt is refused on both (with a node each, two nodes would have allowed twenty).
     */
    static int oneAllowanceForTheCluster(List<Integer> ports) {
        List<ApiClient> nodes = List.of(new ApiClient("http://127.0.0.1:" + ports.get(0) + "/"),
                new ApiClient("http://127.0.0.1:" + ports.get(1) + "/"));
        String guessed = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        int unexpected = 0;
        for (int i = 0; i < 10; i++) {
            unexpected += nodes.get(i % 2).get("/api/v1/tasks", guessed, "guess-" + i).statusCode() == 401 ? 0 : 1;
        }
        int[] next = {nodes.get(0).get("/api/v1/tasks", guessed, "guess-10").statusCode(),
            nodes.get(1).get("/api/v1/tasks", guessed, "guess-11").statusCode()};
        System.out.printf("[two-nodes] ten failed sign-ins, five on each node: the next answered %d on node 1 and %d"
                + " on node 2 (429 expected: one allowance for the cluster)%n", next[0], next[1]);
        return unexpected == 0 && next[0] == 429 && next[1] == 429 ? 0 : 1;
    }

    /**
     * The page opened on node 1, its form posted after node 1's death: node 2 must know the session (still signed
     * in) and the page (its view state and the case it shows), and save the note on that case.
     */
    static int sessionSurvives(StaffBrowser browser, StaffBrowser.Page open, String reference, ApiClient api)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("caseNote", "caseNote");
        form.put("caseNote:text", NOTE);
        form.put("caseNote:add", "");
        form.putAll(open.formState());
        StaffBrowser.Page posted = browser.post("staff/case.xhtml?tab=notes", form);
        StaffBrowser.Page tasks = browser.get("staff/tasks.xhtml");
        long kept = ApiClient.object(api.get("/api/v1/cases/" + reference, INVESTIGATOR[0], INVESTIGATOR[1]))
                .getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                .filter(n -> NOTE.equals(n.getString("note", null))).count();
        boolean survived = posted.signedIn() && posted.html().contains(NOTE) && tasks.signedIn() && kept == 1;
        System.out.printf("[two-nodes] after node 1's loss: the open page's form answered %d by %s (note shown: %s),"
                        + " the task list %d by %s (signed in: %s), the note stored %d time(s): %s%n", posted.status(),
                posted.node(), posted.html().contains(NOTE), tasks.status(), tasks.node(), tasks.signedIn(), kept,
                survived ? "the session continued" : "THE SESSION WAS LOST");
        return survived ? 0 : 1;
    }

    /** Two nodes of one Payara Micro cluster on this host: their own Hazelcast ports and folders, one data folder. */
    record Cluster(List<PayaraProcess> nodes, List<Integer> httpPorts) implements AutoCloseable {

        static Cluster start(Path work, List<String> options) throws Exception {
            int[] hazelcast = {portToListenOn(), portToListenOn()};
            List<Integer> http = List.of(portToListenOn(), portToListenOn());
            String members = "tcpip:127.0.0.1:" + hazelcast[0] + ",127.0.0.1:" + hazelcast[1];
            String name = "casework-drill-" + UUID.randomUUID().toString().substring(0, 8);
            List<PayaraProcess> nodes = new ArrayList<>();
            // one after the other: the first creates the schema and deploys the workflows, the second finds them
            for (int i = 0; i < 2; i++) {
                Path folder = work.resolve("node-" + (i + 1));
                List<String> properties = new ArrayList<>(options);
                properties.add("-Dcasework.node=node-" + (i + 1));
                PayaraProcess node = PayaraProcess.start(work.resolve("data"), folder.resolve("payara.log"),
                        http.get(i), List.of("--clustermode", members, "--clustername", name, "--startport",
                                String.valueOf(hazelcast[i]), "--interfaces", "127.0.0.1", "--nohostaware",
                                "--rootdir", folder.resolve("root").toString()), properties);
                System.out.printf("[two-nodes] node %d up in %d ms on port %d%n", i + 1,
                        node.awaitHealthy(Duration.ofSeconds(240)), http.get(i));
                nodes.add(node);
            }
            return new Cluster(nodes, http);
        }

        /**
         * A free port below Linux's ephemeral range (32768 and up), where a port the kernel hands to an outgoing
         * connection (a node's, or this drill's polling a node not yet listening) can never be one a node is about
         * to listen on. Suspected, not proven, behind a node 2 that twice logged "ready" but whose health check
         * never answered UP within 4 minutes; {@link PayaraProcess#awaitHealthy} now says what it last heard.
         */
        static int portToListenOn() throws IOException {
            for (int i = 0; i < 200; i++) {
                int port = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
                try (ServerSocket probe = new ServerSocket(port)) {
                    return probe.getLocalPort();
                } catch (IOException taken) {
                    // try another
                }
            }
            throw new IOException("no free port between 20000 and 32000");
        }

        PayaraProcess node(int i) {
            return nodes.get(i);
        }

        @Override
        public void close() throws InterruptedException {
            for (PayaraProcess node : nodes) {
                node.close();
            }
        }
    }
}
