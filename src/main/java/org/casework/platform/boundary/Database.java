package org.casework.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import java.sql.Connection;

/**
 * The one DataSource of the application, shared by Hibernate, Flyway and the Camunda engine so that one JTA
 * transaction covers a case change and its process step. Everything about it is configuration (CASEWORK_DB_URL,
 * CASEWORK_DB_USER, CASEWORK_DB_PASSWORD); READ_COMMITTED because Camunda refuses MariaDB's REPEATABLE-READ.
 */
@Singleton
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.casework.platform.control.CaseworkDataSource",
        url = "${MPCONFIG=casework.db.url}",
        user = "${MPCONFIG=casework.db.user}",
        password = "${MPCONFIG=casework.db.password}",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            // a round trip per borrowed connection costs more than the request's own queries; a dead connection is
            // still caught (fail-all-connections) within this period
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.fail-all-connections=true"
        })
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/casework";
}
