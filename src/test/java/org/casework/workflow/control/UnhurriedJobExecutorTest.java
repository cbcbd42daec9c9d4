package org.casework.workflow.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's new job is looked for a moment after the request, once, not while its page is being built. */
class UnhurriedJobExecutorTest {

    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    private final List<Long> wakes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        later.shutdownNow();
    }

    private UnhurriedJobExecutor executor(long delayMillis) {
        return new UnhurriedJobExecutor(later, delayMillis) {
            @Override
            void wakeAcquisition() {
                wakes.add(System.nanoTime());
            }
        };
    }

    @Test
    void theAcquisitionIsWokenAfterTheDelayOnceNotAtOnce() throws Exception {
        long added = System.nanoTime();
        executor(300).jobWasAdded();
        assertThat(wakes).as("not on the request's thread, at once").isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (wakes.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(wakes).hasSize(1);
        assertThat(TimeUnit.NANOSECONDS.toMillis(wakes.get(0) - added)).isGreaterThanOrEqualTo(300);
        later.schedule(() -> { }, 500, TimeUnit.MILLISECONDS).get(); // half a second more: nothing else
        assertThat(wakes).as("once").hasSize(1);
    }

    @Test
    void aSchedulerThatIsStoppingWakesTheAcquisitionAtOnce() {
        later.shutdown();
        executor(300).jobWasAdded();
        assertThat(wakes).hasSize(1);
    }

    @Test
    void withoutADelayTheAcquisitionIsWokenAtOnce() {
        executor(0).jobWasAdded();
        assertThat(wakes).hasSize(1);
    }
}
