package org.casework.platform.control;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsAnOutage() {
        var refused = new SQLException("Error in allocating a connection",
                new IllegalStateException("pool", new SQLNonTransientConnectionException("Socket fail to connect",
                        "08000", new ConnectException("Connection refused"))));
        assertThat(DatabaseUnavailable.causes(new PersistenceException("Unable to acquire JDBC Connection", refused)))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void sqlStateClass08IsAConnectionFailureWhateverTheExceptionType() {
        assertThat(DatabaseUnavailable.causes(new SQLException("Communications link failure", "08S01"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("Deadlock found", "40001"))).isFalse();
    }

    @Test
    void otherFailuresAreNotOutages() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalArgumentException("no"))).isFalse();
        assertThat(DatabaseUnavailable.causes(null)).isFalse();
    }
}
