package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import org.casework.kernel.Require;

/** The case's clock stops while the Health and Disability Commissioner decides (HPCA Act s64); paused days add up. */
@Embeddable
public class HdcPause {

    @Column(name = "clock_paused_at")
    private Instant pausedAt;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    void pause(Instant at) {
        this.pausedAt = Require.present(at, "at");
    }

    void resume(Instant at) {
        this.pausedDays += (int) Duration.between(pausedAt, at).toDays();
        this.pausedAt = null;
    }

    public Instant pausedAt() { return pausedAt; }
    public int pausedDays() { return pausedDays; }
}
