package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;

/**
 * The practitioner asks for more days to respond, with a reason; the investigator grants (the response clock and its
 * timers move by those days) or refuses, with a note the practitioner reads. One request open at a time, and only
 * while the response is awaited.
 */
@Entity
@Table(name = "time_request")
@NamedQuery(name = TimeRequest.OF_CASE, query = "select t from TimeRequest t where t.complaint = :complaint"
        + " order by t.askedAt")
public class TimeRequest {

    public static final String OF_CASE = "TimeRequest.ofCase";
    public static final int MOST_DAYS = 28;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_request_seq")
    @SequenceGenerator(name = "time_request_seq", sequenceName = "time_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(nullable = false)
    private int days;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "asked_by", nullable = false, length = 320)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    private Boolean granted;

    @Column(name = "decided_by", length = 320)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    protected TimeRequest() {
    }

    public TimeRequest(Complaint complaint, Integer days, String reason, String askedBy, Instant at) {
        ResponseClock clock = complaint.responseClock();
        if (clock.notifiedAt() == null || clock.receivedAt() != null || !complaint.isOpen()) {
            throw new WrongStageException("Case " + complaint.reference() + " is not waiting for a response");
        }
        FieldErrors errors = new FieldErrors();
        if (days == null || days < 1 || days > MOST_DAYS) {
            errors.add(new InvalidFieldException("days", "must be a number of days from 1 to " + MOST_DAYS));
        }
        String why = errors.check(() -> Require.multiline(reason, "reason", 2000));
        errors.throwIfAny();
        this.complaint = complaint;
        this.days = days;
        this.reason = why;
        this.askedBy = askedBy;
        this.askedAt = at;
    }

    /** Granted: the response is due that many days later. Refused: a note says why. Decided once. */
    public void decide(boolean grant, String note, String by, Instant at) {
        if (granted != null) {
            throw new WrongStageException("The request for more time on " + complaint.reference()
                    + " was answered already");
        }
        this.decisionNote = grant ? Require.optionalMultiline(note, "note", 2000) : Require.multiline(note, "note",
                2000);
        if (grant) {
            complaint.responseClock().extend(days, complaint.reference());
        }
        this.granted = grant;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean open() { return granted == null; }
    public Long id() { return id; }
    public Complaint complaint() { return complaint; }
    public int days() { return days; }
    public String reason() { return reason; }
    public String askedBy() { return askedBy; }
    public Instant askedAt() { return askedAt; }
    public Boolean granted() { return granted; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
