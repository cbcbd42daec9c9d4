package org.casework.workflow.control;

import org.camunda.bpm.engine.impl.jobexecutor.BackoffJobAcquisitionStrategy;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An idle job executor waits between looks at the jobs table, as long as the configured poll and no longer. */
class JobPollingTest {

    @ParameterizedTest
    @ValueSource(longs = {200, 500, 1000, 5000, 60000})
    void anIdleExecutorWaitsThePollBetweenLooks(long pollMillis) {
        BackoffJobAcquisitionStrategy strategy = new BackoffJobAcquisitionStrategy(
                ProcessEngineBootstrap.jobExecutor(pollMillis, null, 0));
        long longest = 0;
        for (int look = 0; look < 10; look++) { // ten acquisitions that found nothing
            strategy.reconfigure(new JobAcquisitionContext());
            long wait = strategy.getWaitTime();
            assertThat(wait).as("look %d with nothing to do", look).isPositive().isLessThanOrEqualTo(pollMillis);
            longest = Math.max(longest, wait);
        }
        assertThat(longest).as("backs off to the poll").isEqualTo(pollMillis);
    }
}
