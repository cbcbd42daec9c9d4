package org.casework.reliability;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.casework.it.PayaraProcess;

/**
 * A local nginx (Debian's package) in front of the nodes, configured as {@code docs/operations.md} advises: round
 * robin, no stickiness (sessions are replicated), a node that refuses connections skipped for the next one. Each
 * answer names the node that gave it in {@code X-Casework-Node}, so a drill can tell where a request went.
 */
final class LoadBalancer implements AutoCloseable {

    static final String NODE_HEADER = "X-Casework-Node";

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LoadBalancer start(Path dir, List<Integer> nodePorts) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("temp"));
        int port = PayaraProcess.freePort();
        String servers = nodePorts.stream().map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String temp = dir.resolve("temp").toString();
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    client_max_body_size 32m;
                    upstream casework {
                %3$s
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://casework;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 120s;
                            # a POST already sent to a node that died is not sent again (not idempotent): the
                            # client retries it, with its Idempotency-Key
                            proxy_next_upstream error timeout http_502;
                            add_header %5$s $upstream_addr always;
                        }
                    }
                }
                """.formatted(dir, temp, servers, port, NODE_HEADER));
        Process process = new ProcessBuilder(executable(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("nginx.out").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new LoadBalancer(process, port);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx exited; see " + dir.resolve("nginx.out"));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen within 20 s");
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Debian's nginx, found before any node is started: without it the drill stops at once and says why. */
    static String executable() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        return Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, "nginx"))
                .filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new IllegalStateException("nginx is not installed: apt-get install -y nginx "
                        + "(the two-node drill runs its own instance on a free port; the system one need not run)"));
    }
}
