package org.casework.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.casework.workflow.control.WorkflowVariables;

/**
 * Brings a benchmark database up to a large number of open cases quickly (the real intake manages about 30 a second
 * on two cores, so 100,000 would take an hour): each clone is a copy of a case the intake made, under its own
 * reference, practitioner, registration number and platform, with its own complaint-handling process started by a
 * Camunda engine of this JVM on the same database, directly at the triage step, as the intake leaves it once the
 * complaint is acknowledged. Due dates are spread so that about one task in five is overdue.
 */
final class CaseCloner {

    static final long FIRST_ID = 900_000_000L;
    private static final String[] PLATFORMS = {"FACEBOOK", "FACEBOOK", "FACEBOOK", "X_TWITTER", "INSTAGRAM",
        "INSTAGRAM", "TIKTOK", "WHATSAPP", "LINKEDIN", "YOUTUBE", "SNAPCHAT", "BLOG", "DATING_APP", "OTHER"};
    private static final int BATCH = 500;
    private static final int THREADS = 4;

    private CaseCloner() {
    }

    /** Adds {@code count} cloned open cases, copying the newest case still at triage. */
    static void clone(Connection jdbc, String url, String user, String password, int count) throws Exception {
        long template = template(jdbc);
        String insert = insertSql(columns(jdbc));
        ProcessEngine engine = engine(url, user, password);
        try {
            removeHalfCloned(jdbc, engine);
            long first = nextId(jdbc);
            long started = System.nanoTime();
            AtomicLong done = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> batches = new ArrayList<>();
            for (long from = first; from < first + count; from += BATCH) {
                long batchFirst = from;
                int size = (int) Math.min(BATCH, first + count - from);
                batches.add(threads.submit(() -> {
                    cloneBatch(engine, url, user, password, insert, template, batchFirst, size);
                    long n = done.addAndGet(size);
                    if (n / 10_000 != (n - size) / 10_000 || n == count) {
                        System.out.printf("[bench] %d cloned, %.0f a second%n", n,
                                n / ((System.nanoTime() - started) / 1e9));
                    }
                    return null;
                }));
            }
            threads.shutdown();
            for (Future<?> batch : batches) {
                batch.get();
            }
        } finally {
            engine.close();
        }
    }

    /**
     * One batch: the processes in one engine transaction, then the complaints in one database transaction. A run
     * stopped between the two leaves processes without a case, which the next run removes first.
     */
    private static void cloneBatch(ProcessEngine engine, String url, String user, String password, String insertSql,
                                   long template, long first, int size) throws SQLException {
        Random random = new Random(first);
        List<Object[]> rows = new ArrayList<>();
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    for (long id = first; id < first + size; id++) {
                        String reference = "BENCH-2026-" + id;
                        String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
                        String practitioner = "Bench Practitioner " + id;
                        Instant received = Instant.now().minus(random.nextInt(90 * 24), ChronoUnit.HOURS);
                        BenchStandards.DUE.set(Date.from(received.plus(14, ChronoUnit.DAYS)));
                        String process = engine.getRuntimeService()
                                .createProcessInstanceByKey(WorkflowVariables.PROCESS_KEY)
                                .businessKey(reference)
                                .setVariables(Map.of(WorkflowVariables.CASE_REFERENCE, reference,
                                        WorkflowVariables.PRACTITIONER_KEY, practitioner.toLowerCase(),
                                        WorkflowVariables.PLATFORM, platform,
                                        WorkflowVariables.TEAM, "investigations"))
                                .startBeforeActivity("triageComplaint")
                                .execute().getId();
                        rows.add(new Object[] {id, reference, String.format("%064d", id), practitioner,
                            practitioner.toLowerCase(), "BENCH-" + id, platform, Timestamp.from(received), process,
                            template});
                    }
                    return null;
                });
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = c.prepareStatement(insertSql)) {
            c.setAutoCommit(false);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate(); // INSERT … SELECT cannot be batched by MariaDB's prepared statements
            }
            c.commit();
        }
    }

    private static void removeHalfCloned(Connection jdbc, ProcessEngine engine) throws SQLException {
        List<String> orphans = new ArrayList<>();
        try (var s = jdbc.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.ID_ FROM ACT_RU_EXECUTION e WHERE e.ID_ = e.PROC_INST_ID_ "
                     + "AND e.BUSINESS_KEY_ LIKE 'BENCH-2026-%' AND NOT EXISTS "
                     + "(SELECT 1 FROM complaint c WHERE c.process_instance_id = e.ID_)")) {
            while (rs.next()) {
                orphans.add(rs.getString(1));
            }
        }
        if (!orphans.isEmpty()) {
            System.out.printf("[bench] removing %d processes of an interrupted clone%n", orphans.size());
            engine.getRuntimeService().deleteProcessInstances(orphans, "interrupted benchmark seeding", true, true);
        }
    }

    /** The bound columns first, in the order the loop binds them; every other column copied from the template. */
    private static String insertSql(List<String> columns) {
        List<String> bound = List.of("id", "reference", "tracking_hash", "practitioner_name",
                "practitioner_name_key", "practitioner_registration", "platform", "received_at",
                "process_instance_id");
        Map<String, String> fixed = Map.of("registrant_id", "NULL", "version", "0");
        List<String> names = new ArrayList<>(bound);
        List<String> values = new ArrayList<>(bound.stream().map(c -> "?").toList());
        for (String c : columns) {
            if (!bound.contains(c)) {
                names.add(c);
                values.add(fixed.getOrDefault(c, c));
            }
        }
        return "INSERT INTO complaint (" + String.join(", ", names) + ") SELECT " + String.join(", ", values)
                + " FROM complaint WHERE id = ?";
    }

    private static long template(Connection jdbc) throws SQLException {
        try (var s = jdbc.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(c.id) FROM complaint c JOIN ACT_RU_TASK t "
                     + "ON t.PROC_INST_ID_ = c.process_instance_id WHERE t.TASK_DEF_KEY_ = 'triageComplaint' "
                     + "AND c.merged_into IS NULL AND c.team_code = 'investigations' AND c.id < " + FIRST_ID)) {
            if (!rs.next() || rs.getObject(1) == null) {
                throw new IllegalStateException("No case at triage to clone: seed some through the intake first");
            }
            return rs.getLong(1);
        }
    }

    private static List<String> columns(Connection jdbc) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = jdbc.getMetaData().getColumns(jdbc.getCatalog(), null, "complaint", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        return columns;
    }

    private static long nextId(Connection jdbc) throws SQLException {
        try (var s = jdbc.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id) + 1, " + FIRST_ID + ") FROM complaint WHERE id >= "
                     + FIRST_ID)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ProcessEngine engine(String url, String user, String password) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-cloner");
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDriver("org.mariadb.jdbc.Driver");
        configuration.setDatabaseType("mysql");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setJdbcMaxActiveConnections(THREADS + 2);
        configuration.setSkipIsolationLevelCheck(true); // new rows only, nothing shared to deadlock on
        configuration.setMetricsEnabled(false);
        configuration.setIdGenerator(() -> UUID.randomUUID().toString());
        configuration.setBeans(Map.of("serviceStandards", new BenchStandards()));
        return configuration.buildProcessEngine();
    }

    /** Stands in for the application's service standards in the triage step's due-date expression. */
    public static final class BenchStandards {

        static final ThreadLocal<Date> DUE = new ThreadLocal<>();

        public Date due(String step) {
            return DUE.get();
        }

        public String getResponseReminder() {
            return "P21D";
        }
    }
}
