package org.casework.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The database check of {@code /health}; the process engine's check lives with the workflow feature. */
@ApplicationScoped
public class HealthChecks {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                boolean valid = connection.isValid(3);
                return HealthCheckResponse.named("database")
                        .status(valid)
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .build();
            } catch (Exception e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
