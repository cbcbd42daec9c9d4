package org.casework.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the built WAR on Payara Micro as its own operating-system process, as the README's run command does, so a
 * test can stop and restart it and read its boot time and resident memory.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long startedNanos;

    private PayaraProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    public static PayaraProcess start(Path dataDir, Path log, String... systemProperties) throws IOException {
        return start(dataDir, log, freePort(), List.of("--nocluster"), List.of(systemProperties));
    }

    /**
     * One node of a cluster: {@code clusterArguments} are Payara Micro's ({@code --clustermode}, {@code --startport},
     * {@code --rootdir}…); {@code port} is the node's HTTP port, fixed so that a load balancer can be pointed at it.
     */
    public static PayaraProcess start(Path dataDir, Path log, int port, List<String> clusterArguments,
                                      List<String> systemProperties) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-Dcasework.demo=true", "-Dcasework.demo.stages=false",
                "-Dcasework.data.dir=" + dataDir));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", System.getProperty("casework.payaraJar")));
        command.addAll(clusterArguments);
        command.addAll(List.of("--port", String.valueOf(port), "--contextroot", "/", "--deploy",
                System.getProperty("casework.war")));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new PayaraProcess(process, port, System.nanoTime());
    }

    /** Waits until {@code /health} answers UP; returns the milliseconds since the process started. */
    public long awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
                String body = health.body();
                last = health.statusCode() + " " + body.substring(0, Math.min(body.length(), 400));
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Not healthy within " + timeout + " on port " + port + "; last answer: "
                + last);
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Resident set size in MB, from /proc (Linux). */
    public long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** A crash: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A normal stop (SIGTERM), as an operator's Ctrl-C or a service manager would send. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    /** A TCP port nobody listens on now, for a server a test starts. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
