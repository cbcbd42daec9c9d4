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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;

/**
 * One sitting of a case's hearing: when and where it sits and who sits on the panel (a chair, a lay member and a
 * professional member), fixed with at least the notice the rules require; adjourned by the panel with a reason, a
 * new sitting is fixed. The earlier sittings stay on the case.
 */
@Entity
@Table(name = "hearing")
@NamedQuery(name = Hearing.OF_CASE, query = "select h from Hearing h where h.complaint = :complaint"
        + " order by h.scheduledAt, h.id")
public class Hearing {

    public static final String OF_CASE = "Hearing.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hearing_seq")
    @SequenceGenerator(name = "hearing_seq", sequenceName = "hearing_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(name = "sits_at", nullable = false)
    private Instant sitsAt;

    /** A hearing room's address, or the link of a hearing held by video. */
    @Column(nullable = false, length = 500)
    private String venue;

    @Column(nullable = false, length = 200)
    private String chair;

    @Column(name = "lay_member", nullable = false, length = 200)
    private String layMember;

    @Column(name = "professional_member", nullable = false, length = 200)
    private String professionalMember;

    @Column(name = "scheduled_by", nullable = false, length = 320)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "adjourned_by", length = 320)
    private String adjournedBy;

    @Column(name = "adjourned_at")
    private Instant adjournedAt;

    @Column(name = "adjournment_reason", length = 2000)
    private String adjournmentReason;

    protected Hearing() {
    }

    /** What staff fix: the day and time in the regulator's zone, the venue and the panel. */
    public record Sitting(LocalDateTime sitsAt, String venue, String chair, String layMember,
                          String professionalMember) {
    }

    /**
     * A sitting fixed today in {@code zone}: at least {@code noticeDays} days ahead, so that the practitioner has
     * the notice the rules give them; every refused field at once.
     */
    public Hearing(Complaint complaint, Sitting sitting, ZoneId zone, LocalDate today, int noticeDays,
                   String scheduledBy, Instant at) {
        FieldErrors errors = new FieldErrors();
        LocalDate earliest = today.plusDays(noticeDays);
        if (sitting.sitsAt() == null) {
            errors.add(new InvalidFieldException("sitsAt", "is needed: the day and time the panel sits"));
        } else if (sitting.sitsAt().toLocalDate().isBefore(earliest)) {
            errors.add(new InvalidFieldException("sitsAt", "must give the practitioner " + noticeDays
                    + " days' notice: " + RegulatorTime.day(earliest) + " at the earliest"));
        }
        this.venue = errors.check(() -> Require.text(sitting.venue(), "venue", 500));
        this.chair = errors.check(() -> Require.text(sitting.chair(), "chair", 200));
        this.layMember = errors.check(() -> Require.text(sitting.layMember(), "layMember", 200));
        this.professionalMember = errors.check(() -> Require.text(sitting.professionalMember(),
                "professionalMember", 200));
        errors.throwIfAny();
        this.complaint = complaint;
        this.sitsAt = sitting.sitsAt().atZone(zone).toInstant();
        this.scheduledBy = Require.present(scheduledBy, "scheduledBy");
        this.scheduledAt = Require.present(at, "scheduledAt");
    }

    /** The panel adjourned this sitting: another is fixed, with the notice the rules require. */
    public void adjourn(String reason, String by, Instant at) {
        if (adjournedAt != null) {
            throw new WrongStageException("This sitting of the hearing of case " + complaint.reference()
                    + " was adjourned already");
        }
        this.adjournmentReason = Require.multiline(reason, "reason", 2000);
        this.adjournedBy = Require.present(by, "adjournedBy");
        this.adjournedAt = Require.present(at, "adjournedAt");
    }

    public boolean isAdjourned() { return adjournedAt != null; }
    public Long id() { return id; }
    public Complaint complaint() { return complaint; }
    public Instant sitsAt() { return sitsAt; }
    public String venue() { return venue; }
    public String chair() { return chair; }
    public String layMember() { return layMember; }
    public String professionalMember() { return professionalMember; }
    public String scheduledBy() { return scheduledBy; }
    public Instant scheduledAt() { return scheduledAt; }
    public String adjournedBy() { return adjournedBy; }
    public Instant adjournedAt() { return adjournedAt; }
    public String adjournmentReason() { return adjournmentReason; }
}
