package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Set;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.register.entity.Sanction;

/**
 * The practitioner's appeal to the court against a sanction a hearing imposed: lodged within the window the decision's
 * letter opened, perhaps staying the sanction, and decided by the court: dismissed (the sanction stands), varied (a
 * different order replaces it) or quashed (it is lifted). Staff record both ends; the register follows.
 */
@Entity
@Table(name = "appeal")
@NamedQuery(name = Appeal.OF_CASE, query = "select a from Appeal a join fetch a.sanction where a.complaint = :complaint"
        + " order by a.lodgedOn, a.id")
public class Appeal {

    public static final String OF_CASE = "Appeal.ofCase";

    /** What the court decided. */
    public enum Result { DISMISSED, VARIED, QUASHED }

    /** An appeal varies an order into another order, and a warning only into a warning of another length. */
    private static final Set<Outcome> ORDERS = Set.of(Outcome.CONDITIONS, Outcome.SUSPENSION);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sanction_id")
    private Sanction sanction;

    @Column(name = "lodged_on", nullable = false)
    private LocalDate lodgedOn;

    @Column(nullable = false, length = 4000)
    private String grounds;

    /** Whether the sanction is held until the appeal is decided (by the regulator's rules or the court's stay). */
    @Column(nullable = false)
    private boolean stayed;

    @Column(name = "lodged_by", nullable = false, length = 320)
    private String lodgedBy;

    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Result result;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(length = 10_000)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "varied_to", length = 30)
    private Outcome variedTo;

    @Column(name = "varied_ends_on")
    private LocalDate variedEndsOn;

    @Column(name = "recorded_by", length = 320)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Appeal() {
    }

    /**
     * An appeal filed with the court on {@code lodgedOn}: refused, every field at once, when it is after the last day
     * to appeal, in the future, before the decision, or without grounds.
     */
    public Appeal(Complaint complaint, Sanction sanction, LocalDate lodgedOn, LocalDate today, String grounds,
                  boolean stayed, String lodgedBy, Instant at) {
        if (sanction.appealUntil() == null) {
            throw new WrongStageException("The " + sanction.kind().label().toLowerCase() + " of case "
                    + complaint.reference() + " is not open to appeal: only a hearing's decision is, once its letter"
                    + " is issued");
        }
        FieldErrors errors = new FieldErrors();
        if (lodgedOn == null) {
            errors.add(new InvalidFieldException("lodgedOn", "is needed: the day the appeal was filed with the court"));
        } else if (lodgedOn.isAfter(today)) {
            errors.add(new InvalidFieldException("lodgedOn", "cannot be a day still to come"));
        } else if (lodgedOn.isBefore(sanction.startsOn())) {
            errors.add(new InvalidFieldException("lodgedOn", "is before the decision appealed against"));
        } else if (!sanction.appealableOn(lodgedOn)) {
            errors.add(new InvalidFieldException("lodgedOn", "is after the last day to appeal, "
                    + RegulatorTime.day(sanction.appealUntil())));
        }
        this.grounds = errors.check(() -> Require.multiline(grounds, "grounds", 4000));
        errors.throwIfAny();
        this.complaint = complaint;
        this.sanction = sanction;
        this.lodgedOn = lodgedOn;
        this.stayed = stayed;
        this.lodgedBy = Require.present(lodgedBy, "lodgedBy");
        this.lodgedAt = Require.present(at, "lodgedAt");
    }

    /**
     * The court's decision, recorded once: a varied sanction needs its new kind (an order stays an order, a warning a
     * warning) and the day it ends; every refused field at once.
     */
    public void decide(Result result, LocalDate decidedOn, LocalDate today, String reasons, Outcome variedTo,
                       LocalDate variedEndsOn, String recordedBy, Instant at) {
        if (this.result != null) {
            throw new WrongStageException("The appeal in case " + complaint.reference() + " was already decided: "
                    + this.result.name().toLowerCase());
        }
        FieldErrors errors = new FieldErrors();
        if (result == null) {
            errors.add(new InvalidFieldException("result", "must be one of DISMISSED, VARIED, QUASHED"));
        }
        if (decidedOn == null) {
            errors.add(new InvalidFieldException("decidedOn", "is needed: the day the court decided"));
        } else if (decidedOn.isAfter(today)) {
            errors.add(new InvalidFieldException("decidedOn", "cannot be a day still to come"));
        } else if (decidedOn.isBefore(lodgedOn)) {
            errors.add(new InvalidFieldException("decidedOn", "is before the appeal was lodged, "
                    + RegulatorTime.day(lodgedOn)));
        }
        String why = errors.check(() -> Require.multiline(reasons, "reasons", 10_000));
        if (result == Result.VARIED) {
            checkVariation(variedTo, variedEndsOn, decidedOn, errors);
        }
        errors.throwIfAny();
        this.result = result;
        this.decidedOn = decidedOn;
        this.reasons = why;
        this.variedTo = result == Result.VARIED ? variedTo : null;
        this.variedEndsOn = result == Result.VARIED ? variedEndsOn : null;
        this.recordedBy = Require.present(recordedBy, "recordedBy");
        this.recordedAt = Require.present(at, "recordedAt");
    }

    private void checkVariation(Outcome to, LocalDate endsOn, LocalDate decided, FieldErrors errors) {
        Outcome from = sanction.kind();
        boolean order = ORDERS.contains(from) || from == Outcome.ERASURE;
        if (to == null || (order ? !ORDERS.contains(to) : to != from)) {
            errors.add(new InvalidFieldException("variedTo", order
                    ? "must be conditions or a suspension: an appeal varies an order into another order"
                    : "must be " + from.label().toLowerCase() + ": only its length can be varied"));
        }
        if (endsOn == null) {
            errors.add(new InvalidFieldException("variedEndsOn", "is needed: the day the varied order ends"));
        } else if (decided != null && !endsOn.isAfter(decided)) {
            errors.add(new InvalidFieldException("variedEndsOn", "must be after the day the court decided"));
        }
    }

    public boolean isDecided() { return result != null; }
    public Long id() { return id; }
    public Complaint complaint() { return complaint; }
    public Sanction sanction() { return sanction; }
    public LocalDate lodgedOn() { return lodgedOn; }
    public String grounds() { return grounds; }
    public boolean stayed() { return stayed; }
    public String lodgedBy() { return lodgedBy; }
    public Instant lodgedAt() { return lodgedAt; }
    public Result result() { return result; }
    public LocalDate decidedOn() { return decidedOn; }
    public String reasons() { return reasons; }
    public Outcome variedTo() { return variedTo; }
    public LocalDate variedEndsOn() { return variedEndsOn; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
