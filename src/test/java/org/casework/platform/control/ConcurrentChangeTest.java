package org.casework.platform.control;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentChangeTest {

    @Test
    void aLostRaceOnTheEngineOrACaseIsAConcurrentChangeAndNothingElseIs() {
        assertThat(ConcurrentChange.causes(new IllegalStateException("wrapped", new OptimisticLockingException(
                "ENGINE-03005 Entity was updated by another transaction concurrently")))).isTrue();
        assertThat(ConcurrentChange.causes(new RuntimeException(new OptimisticLockException("version changed"))))
                .isTrue();
        assertThat(ConcurrentChange.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(ConcurrentChange.causes(null)).isFalse();
    }
}
