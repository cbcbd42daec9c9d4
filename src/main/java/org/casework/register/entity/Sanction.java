package org.casework.register.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;

/**
 * A sanction on a registrant, as the register holds it: what it is (a warning, undertakings, conditions, a
 * suspension), the case it came from, from when and until when it runs, and whether it is still in force. It is
 * published while in force, from its first day up to (not including) its end: a warning published for two years is
 * off the register on the day it expires.
 */
@Entity
@Table(name = "sanction")
@NamedQuery(name = Sanction.OF_PRACTITIONER,
        query = "select s from Sanction s where s.practitioner = :practitioner order by s.startsOn desc, s.id desc")
@NamedQuery(name = Sanction.CHANGED_SINCE, query = "select s from Sanction s join fetch s.practitioner"
        + " where s.changedAt > :since order by s.changedAt, s.id")
@NamedQuery(name = Sanction.OF_CASE,
        query = "select s from Sanction s where s.caseReference = :reference and s.kind = :kind and s.state = "
                + "org.casework.register.entity.Sanction.State.IN_FORCE")
@NamedQuery(name = Sanction.RUNNING_OF_CASE, query = "select s from Sanction s where s.caseReference = :reference"
        + " and s.state in (org.casework.register.entity.Sanction.State.IN_FORCE,"
        + " org.casework.register.entity.Sanction.State.HELD) order by s.id")
public class Sanction {

    public static final String OF_PRACTITIONER = "Sanction.ofPractitioner";
    public static final String OF_CASE = "Sanction.ofCase";
    public static final String CHANGED_SINCE = "Sanction.changedSince";
    public static final String RUNNING_OF_CASE = "Sanction.runningOfCase";

    /** The outcomes that put something on the register. */
    public static final Set<Outcome> KINDS = Set.of(Outcome.WARNING, Outcome.UNDERTAKINGS, Outcome.CONDITIONS,
            Outcome.SUSPENSION, Outcome.ERASURE, Outcome.CENSURE);

    /**
     * In force (published); held while an appeal runs where the rules or the court stay it (not published); expired
     * at its end; revoked (quashed on appeal, lifted); superseded by the order an appeal varied it to.
     */
    public enum State { IN_FORCE, HELD, EXPIRED, REVOKED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sanction_seq")
    @SequenceGenerator(name = "sanction_seq", sequenceName = "sanction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id")
    private Practitioner practitioner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome kind;

    @Column(name = "case_reference", nullable = false, length = 30)
    private CaseReference caseReference;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    /** Null for undertakings, which run until they are reviewed and lifted. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /**
     * The last day an appeal may be lodged: set when the decision's letters tell the practitioner of it (a
     * hearing's decision); null for a sanction the practitioner agreed to (an accepted warning, undertakings).
     */
    @Column(name = "appeal_until")
    private LocalDate appealUntil;

    /** The day it was held pending an appeal: its end moves on by the days it was held if the appeal fails. */
    @Column(name = "held_on")
    private LocalDate heldOn;

    /**
     * An interim order (conditions or a suspension while the case is investigated or heard), not a decision's
     * sanction: published as such, reviewed at intervals, and lifted when the case closes.
     */
    @Column(nullable = false)
    private boolean interim;

    /** Each condition or undertaking, as the decision worded it; published with the sanction. */
    @ElementCollection
    @CollectionTable(name = "sanction_term", joinColumns = @JoinColumn(name = "sanction_id"))
    @OrderColumn(name = "position")
    @Column(name = "term_text", nullable = false, length = 1000)
    private List<String> terms = new ArrayList<>();

    /** When it was imposed or last changed: what the change feed orders and pages by. */
    @Column(name = "changed_at")
    private Instant changedAt;

    protected Sanction() {
    }

    public Sanction(Practitioner practitioner, Outcome kind, CaseReference caseReference, LocalDate startsOn,
                    LocalDate endsOn) {
        this.practitioner = Require.present(practitioner, "practitioner");
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidFieldException("kind", "must be one of " + KINDS + ": other outcomes put nothing on the "
                    + "register");
        }
        this.kind = kind;
        this.caseReference = Require.present(caseReference, "caseReference");
        this.startsOn = Require.present(startsOn, "startsOn");
        if (endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new InvalidFieldException("endsOn", "must be after the day the sanction starts");
        }
        if (endsOn == null && kind != Outcome.UNDERTAKINGS && kind != Outcome.ERASURE) {
            throw new InvalidFieldException("endsOn", "is needed: only undertakings and an erasure run until they "
                    + "are lifted");
        }
        this.endsOn = endsOn;
        this.state = State.IN_FORCE;
    }

    /** An interim order of conditions or a suspension, from {@code startsOn} until {@code endsOn} at the latest. */
    public static Sanction interimOrder(Practitioner practitioner, Outcome kind, CaseReference caseReference,
                                        LocalDate startsOn, LocalDate endsOn) {
        if (kind != Outcome.CONDITIONS && kind != Outcome.SUSPENSION) {
            throw new InvalidFieldException("kind", "must be CONDITIONS or SUSPENSION: an interim order restricts "
                    + "practice or stops it");
        }
        Sanction order = new Sanction(practitioner, kind, caseReference, startsOn, Require.present(endsOn, "endsOn"));
        order.interim = true;
        return order;
    }

    /** The conditions or undertakings it consists of, each as the decision worded it. */
    public Sanction withTerms(List<String> worded) {
        this.terms = new ArrayList<>(worded == null ? List.of() : worded);
        return this;
    }

    /** What the register calls it: "Warning", "Interim suspension". */
    public String label() {
        return interim ? "Interim " + kind.label().toLowerCase() : kind.label();
    }

    @PrePersist
    @PreUpdate
    void changed() {
        changedAt = Instant.now();
    }

    /** Whether the public register shows it on {@code day}: in force, begun, and not yet at its end. */
    public boolean publishedOn(LocalDate day) {
        return state == State.IN_FORCE && !day.isBefore(startsOn) && (endsOn == null || day.isBefore(endsOn));
    }

    /** Its time is up (the warning's two years, an order's end): off the register, kept in its history. */
    public void expire(LocalDate on) {
        end(State.EXPIRED, on);
    }

    /** Lifted before its time (quashed on appeal, undertakings released). */
    public void revoke(LocalDate on) {
        end(State.REVOKED, on);
    }

    /** The practitioner is told of the decision on {@code notifiedOn}: they may appeal for {@code days} days. */
    public void openToAppeal(LocalDate notifiedOn, int days) {
        if (appealUntil == null && state == State.IN_FORCE) {
            this.appealUntil = Require.present(notifiedOn, "notifiedOn").plusDays(days);
        }
    }

    /** Whether an appeal lodged on {@code day} is in time. */
    public boolean appealableOn(LocalDate day) {
        return appealUntil != null && !day.isAfter(appealUntil) && (state == State.IN_FORCE || state == State.HELD);
    }

    /** An appeal stays it: off the public register until the appeal is decided. */
    public void hold(LocalDate on) {
        requireState(State.IN_FORCE);
        this.state = State.HELD;
        this.heldOn = Require.present(on, "heldOn");
    }

    /**
     * The appeal failed: in force again from {@code on}, its end (if it has one) as many days later as it was held, so
     * the practitioner serves the whole of it. Answers those days.
     */
    public int resume(LocalDate on) {
        requireState(State.HELD);
        int held = (int) ChronoUnit.DAYS.between(heldOn, Require.present(on, "resumedOn"));
        if (endsOn != null) {
            endsOn = endsOn.plusDays(held);
        }
        this.state = State.IN_FORCE;
        this.heldOn = null;
        return held;
    }

    /** An interim order continued at a review until a new last day (earlier or later than before). */
    public void endOn(LocalDate newEnd) {
        requireState(State.IN_FORCE);
        if (newEnd == null || !newEnd.isAfter(startsOn)) {
            throw new InvalidFieldException("endsOn", "must be after the day the order started");
        }
        this.endsOn = newEnd;
    }

    /** An appeal varied it: the new order replaces it from {@code on}. */
    public void supersede(LocalDate on) {
        if (state != State.IN_FORCE && state != State.HELD) {
            requireState(State.IN_FORCE);
        }
        this.state = State.SUPERSEDED;
        this.endedOn = Require.present(on, "endedOn");
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new WrongStageException("The " + kind.label().toLowerCase() + " from case " + caseReference
                    + " is " + state.name().toLowerCase().replace('_', ' ') + ", not "
                    + expected.name().toLowerCase().replace('_', ' '));
        }
    }

    private void end(State to, LocalDate on) {
        if (state != State.IN_FORCE && !(state == State.HELD && to == State.REVOKED)) {
            throw new WrongStageException("The " + kind.label().toLowerCase() + " from case " + caseReference
                    + " is already " + state.name().toLowerCase().replace('_', ' '));
        }
        this.state = to;
        this.endedOn = Require.present(on, "endedOn");
    }

    public Long id() { return id; }
    public Practitioner practitioner() { return practitioner; }
    public Outcome kind() { return kind; }
    public CaseReference caseReference() { return caseReference; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public State state() { return state; }
    public LocalDate endedOn() { return endedOn; }
    public Instant changedAt() { return changedAt; }
    public LocalDate appealUntil() { return appealUntil; }
    public boolean interim() { return interim; }
    public List<String> terms() { return List.copyOf(terms); } // read now: the caller may outlive the session
    public LocalDate heldOn() { return heldOn; }
}
