package org.casework.reliability;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.casework.it.PayaraProcess;

/**
 * A MariaDB server of a drill's own: Debian's {@code mariadbd} on a data directory under the build folder and a free
 * port, so that stopping it leaves the machine's server (and whatever else uses it) alone. Root signs in over the
 * server's own socket only.
 */
final class PrivateMariaDb implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    private PrivateMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static PrivateMariaDb install(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = PayaraProcess.freePort();
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"), "--user=root",
                "--auth-root-authentication-method=socket", "--skip-test-db"), dir.resolve("install.log"));
        return new PrivateMariaDb(dir, port);
    }

    /** Starts the server and waits until it takes connections; returns the milliseconds that took. */
    long start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        process = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket(), "--user=root",
                "--pid-file=" + dir.resolve("mariadbd.pid"), "--innodb-buffer-pool-size=256M",
                "--log-error=" + dir.resolve("error.log")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mariadbd.out").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return (System.nanoTime() - started) / 1_000_000;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("mariadbd exited; see " + dir.resolve("error.log"));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("mariadbd did not listen within 60 s; see " + dir.resolve("error.log"));
    }

    /** A clean shutdown (SIGTERM), as an operator or a failing-over service manager would do it. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    void sql(String statements) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("script.sql"), statements);
        ProcessBuilder client = new ProcessBuilder("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot")
                .redirectInput(script.toFile());
        run(client, dir.resolve("sql.log"));
    }

    /**
     * The application's databases and its user ({@code casework}@127.0.0.1, all privileges on them), as the
     * operations guide sets them up; returns the user's password, a new random one.
     */
    String createApplicationDatabases(String... databases) throws IOException, InterruptedException {
        String password = UUID.randomUUID().toString();
        StringBuilder sql = new StringBuilder("CREATE USER 'casework'@'127.0.0.1' IDENTIFIED BY '" + password + "';\n");
        for (String database : databases) {
            sql.append("CREATE DATABASE ").append(database)
                    .append(" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n")
                    .append("GRANT ALL PRIVILEGES ON ").append(database).append(".* TO 'casework'@'127.0.0.1';\n");
        }
        sql(sql.toString());
        return password;
    }

    /** An online backup as docs/operations.md gives it: one consistent snapshot, while writes go on. */
    void dump(String database, Path file) throws IOException, InterruptedException {
        run(new ProcessBuilder("mariadb-dump", "--no-defaults", "--socket=" + socket(), "-uroot",
                "--single-transaction", "--routines", "--triggers", "--hex-blob", "--result-file=" + file, database),
                dir.resolve("dump.log"));
    }

    /** Loads a dump into a database (which must exist). */
    void load(String database, Path file) throws IOException, InterruptedException {
        run(new ProcessBuilder("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", database)
                .redirectInput(file.toFile()), dir.resolve("load.log"));
    }

    String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    private Path socket() {
        return dir.resolve("mariadbd.sock");
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        run(new ProcessBuilder(command), log);
    }

    private static void run(ProcessBuilder command, Path log) throws IOException, InterruptedException {
        Process p = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command.command() + " failed; see " + log);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
