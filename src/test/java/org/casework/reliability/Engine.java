package org.casework.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the process engine's own tables say about a drill's jobs, read straight from MariaDB. */
final class Engine {

    static final String DUE = "SELECT COUNT(*) FROM ACT_RU_JOB WHERE SUSPENSION_STATE_ = 1"
            + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= NOW(3))";
    static final String REMINDERS_TO_COME = "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d"
            + " ON j.JOB_DEF_ID_ = d.ID_ WHERE d.ACT_ID_ = 'responseReminderDue'";
    static final String LOCKED = "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL";
    static final String INCIDENTS = "SELECT COUNT(*) FROM ACT_RU_INCIDENT";
    /** Job log state 2: a job's successful run. */
    static final String RUN_TWICE = "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG"
            + " WHERE JOB_STATE_ = 2 GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice";

    private final String url;
    private final String password;

    Engine(String url, String password) {
        this.url = url;
        this.password = password;
    }

    /**
     * Waits until every job that is due has run and every reminder timer has fired, none locked; then the failures:
     * jobs still waiting, incidents, jobs that ran twice, a node that ran none.
     */
    int settle(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long due;
        long reminders;
        long locked;
        do {
            Thread.sleep(5000);
            due = count(DUE);
            reminders = count(REMINDERS_TO_COME);
            locked = count(LOCKED);
        } while ((due + reminders + locked) > 0 && System.nanoTime() < deadline);
        long incidents = count(INCIDENTS);
        long twice = count(RUN_TWICE);
        Map<String, Long> byNode = successfulJobsByNode();
        System.out.printf("[two-nodes] jobs: due and not run %d, reminder timers not fired %d, locked %d, incidents %d,"
                + " run twice %d; successful runs by node %s%n", due, reminders, locked, incidents, twice, byNode);
        return (int) (due + reminders + locked + incidents + twice) + (byNode.size() >= 2 ? 0 : 1);
    }

    /** The successful runs of one job in the engine's job log, by node. */
    Map<String, Long> successfulRunsOf(String jobId) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "casework", password);
             var query = c.prepareStatement("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ?"
                     + " AND JOB_STATE_ = 2 GROUP BY HOSTNAME_")) {
            query.setString(1, jobId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return result;
    }

    /** The ids of the jobs a node holds now: after its death, these wait for their lock to expire. */
    List<String> lockedJobs(String node) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "casework", password);
             var query = c.prepareStatement("SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ = ?")) {
            query.setString(1, node);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** Waits (polling every few milliseconds) until the node holds a job, so that a kill leaves one behind. */
    long awaitLockedBy(String node, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long held = 0;
        while (held == 0 && System.nanoTime() < deadline) {
            held = lockedJobs(node).size();
            Thread.sleep(2);
        }
        return held;
    }

    Map<String, Long> processesByCase() throws SQLException {
        return grouped("SELECT BUSINESS_KEY_, COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'complaintHandling'"
                + " GROUP BY BUSINESS_KEY_");
    }

    private Map<String, Long> successfulJobsByNode() throws SQLException {
        return grouped("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_");
    }

    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "casework", password);
             ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "casework", password);
             ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getLong(2));
            }
        }
        return result;
    }
}
