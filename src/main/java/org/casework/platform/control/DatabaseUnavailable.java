package org.casework.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, unreachable, or the pool unable to
 * open a connection) from any other failure, so that callers answer 503 "try again" instead of 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;
    public static final String MESSAGE = "Casework cannot reach its database just now, so nothing was saved or "
            + "changed. Please try again in a minute.";

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            String type = t.getClass().getName();
            // Payara's pool (PoolingException, "Connection could not be allocated") and Hibernate's connection failure
            if (type.endsWith(".PoolingException") || type.endsWith(".JDBCConnectionException")
                    || type.endsWith(".ResourceAllocationException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
