package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;

/** The practitioner's 28 days: from the notice of investigation to their response, if one comes. */
@Embeddable
public class ResponseClock {

    public static final int RESPONSE_DAYS = 28;

    @Column(name = "practitioner_notified_at")
    private Instant notifiedAt;

    @Column(name = "response_due_on")
    private LocalDate dueOn;

    @Column(name = "response_received_at")
    private Instant receivedAt;

    void start(Instant at, ZoneId zone) {
        this.notifiedAt = Require.present(at, "notifiedAt");
        this.dueOn = LocalDate.ofInstant(at, zone).plusDays(RESPONSE_DAYS);
    }

    void stop(Instant at, CaseReference reference) {
        if (notifiedAt == null) {
            throw new WrongStageException("Case " + reference + ": the practitioner has not been notified yet");
        }
        this.receivedAt = Require.present(at, "receivedAt");
    }

    /** More time granted: the response is due that many days later (the timers move with it, in the workflow). */
    void extend(int days, CaseReference reference) {
        if (notifiedAt == null || receivedAt != null) {
            throw new WrongStageException("Case " + reference + " is not waiting for a response");
        }
        this.dueOn = dueOn.plusDays(days);
    }

    public Instant notifiedAt() { return notifiedAt; }
    public LocalDate dueOn() { return dueOn; }
    public Instant receivedAt() { return receivedAt; }
}
