package org.casework.workflow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.casework.workflow.control.ProcessEngineBootstrap;
import org.casework.workflow.control.WorkflowVariables;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The process engine's part of {@code /health}: up when it answers and the complaint process is deployed. */
@ApplicationScoped
public class ProcessEngineHealth {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Produces
    @Readiness
    HealthCheck processEngine() {
        return () -> {
            try {
                long definitions = bootstrap.engine().getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(WorkflowVariables.PROCESS_KEY).count();
                boolean jobs = ((ProcessEngineConfigurationImpl) bootstrap.engine()
                        .getProcessEngineConfiguration()).getJobExecutor().isActive();
                return HealthCheckResponse.named("process-engine").status(definitions > 0)
                        .withData("complaintHandlingVersions", definitions)
                        .withData("jobExecutorActive", jobs)
                        .build();
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("process-engine").down()
                        .withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
