package org.casework.workflow.control;

import java.util.List;
import java.util.concurrent.Executor;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;

/**
 * Camunda's thread-pool job executor, running every batch of jobs inside the application's component context.
 *
 * <p>Why: the pool's threads are created on demand by Camunda's acquisition thread, which belongs to no component;
 * Payara then gives them no naming context, and a CDI bean first created by a job (after a restart with jobs due,
 * say) gets {@code null} for its {@code @PersistenceContext} and keeps it for the application's life. The context is
 * captured once, at startup, by the container's ContextService.
 */
class ContextualJobExecutor extends ThreadPoolJobExecutor {

    private final Executor inApplicationContext;

    ContextualJobExecutor(Executor inApplicationContext) {
        this.inApplicationContext = inApplicationContext;
    }

    @Override
    public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
        Runnable jobs = super.getExecuteJobsRunnable(jobIds, processEngine);
        return () -> inApplicationContext.execute(jobs);
    }
}
