package org.casework.workflow.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's own lookups that grow with the caseload find their rows by index once Casework has added its indexes:
 * checked with the database's plan for the statement the engine runs (its MyBatis mapping, word for word).
 */
class EngineIndexesTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @Test
    void completingATaskFindsItsSubTasksByIndexNotByReadingEveryTask() throws Exception {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) extension.getProcessEngine()
                .getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            ProcessEngineBootstrap.addIndexes(connection);
            ProcessEngineBootstrap.addIndexes(connection); // again at the next start: nothing to do, no error
            assertThat(plan(connection, "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'"))
                    .contains("CW_IDX_TASK_PARENT");
        }
    }

    private static String plan(Connection connection, String query) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
