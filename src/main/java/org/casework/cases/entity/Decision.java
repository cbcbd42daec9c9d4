package org.casework.cases.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Require;
import org.casework.policy.entity.PolicyClause;

/** The case examiners' decision: an outcome, the reasons, and the policy clauses found breached. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome outcome;

    @Column(nullable = false, length = Require.LONG_COLUMN)
    private String reasons;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decider decider;

    /** The body a complaint outside the regulator's remit was referred to at triage; null otherwise. */
    @Column(name = "referred_to", length = 200)
    private String referredTo;

    /** Where the referral letter and the material the complainant agreed to share are emailed; null: posted. */
    @Column(name = "referred_to_email", length = 320)
    private String referredToEmail;

    @ManyToMany
    @JoinTable(name = "decision_clause",
            joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "clause_id"))
    @OrderColumn(name = "position")
    private List<PolicyClause> citedClauses = new ArrayList<>();

    /** The conditions imposed, or the undertakings proposed: each with the day compliance is checked. */
    @ElementCollection
    @CollectionTable(name = "decision_term", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<Term> terms = new ArrayList<>();

    /** A fine and costs a hearing ordered beside its outcome; none (null columns) for any other decision. */
    @Embedded
    private PaymentOrders paymentOrders;

    /** Outcomes whose decision lists its terms: undertakings proposed, conditions imposed. */
    public static final Set<Outcome> WITH_TERMS = Set.of(Outcome.UNDERTAKINGS, Outcome.CONDITIONS);

    protected Decision() {
    }

    /**
     * The terms of undertakings or conditions, checked whole: at least one, at most {@link Term#MOST}, each with its
     * text and a review day after the decision (and, for conditions, not after they end); other outcomes have none.
     */
    public Decision withTerms(List<Term> proposed, LocalDate endsOn) {
        List<Term> given = proposed == null ? List.of() : proposed;
        if (!WITH_TERMS.contains(outcome)) {
            if (!given.isEmpty()) {
                throw new InvalidFieldException("terms", "only undertakings and conditions have terms; "
                        + outcome.label().toLowerCase() + " has none");
            }
            return this;
        }
        FieldErrors errors = new FieldErrors();
        if (given.isEmpty() || given.size() > Term.MOST) {
            errors.add(new InvalidFieldException("terms", "must list from 1 to " + Term.MOST + " "
                    + (outcome == Outcome.CONDITIONS ? "conditions" : "undertakings") + ", each with its review day"));
        }
        LocalDate decided = LocalDate.ofInstant(decidedAt, ZoneOffset.UTC);
        List<Term> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Term term = given.get(i);
            String field = "terms[" + i + "]";
            String text = errors.check(() -> Require.multiline(term.text(), field + ".text", 1000));
            if (term.reviewOn() == null) {
                errors.add(new InvalidFieldException(field + ".reviewOn", "is needed: the day compliance is checked"));
            } else if (!term.reviewOn().isAfter(decided)) {
                errors.add(new InvalidFieldException(field + ".reviewOn", "must be after the decision"));
            } else if (endsOn != null && term.reviewOn().isAfter(endsOn)) {
                errors.add(new InvalidFieldException(field + ".reviewOn", "must be by the day the conditions end"));
            }
            checked.add(new Term(text, term.reviewOn()));
        }
        errors.throwIfAny();
        this.terms = checked;
        return this;
    }

    /** What the hearing ordered the practitioner to pay; only a hearing panel orders payment. */
    public Decision withPaymentOrders(PaymentOrders ordered) {
        if (ordered != null && !ordered.isEmpty()) {
            String field = ordered.fine() != null ? "fine" : "costs";
            if (decider != Decider.HEARING_PANEL) {
                throw new InvalidFieldException(field, "only a hearing panel orders payment");
            }
            if (!outcome.requiresCitation()) {
                throw new InvalidFieldException(field, "cannot be ordered with no further action: a payment follows "
                        + "a finding");
            }
        }
        this.paymentOrders = ordered == null || ordered.isEmpty() ? null : ordered;
        return this;
    }

    /**
     * The case examiners' decision.
     *
     * @param conductDate the date of the conduct: a clause may be cited only if its policy version was in force then
     */
    public Decision(Outcome outcome, String reasons, List<PolicyClause> clauses, LocalDate conductDate,
                    String decidedBy, Instant decidedAt) {
        this(Decider.CASE_EXAMINERS, outcome, reasons, clauses, conductDate, decidedBy, decidedAt, true);
    }

    /** A hearing panel's decision, recorded by its secretary (or a case examiner acting as one). */
    public static Decision ofHearingPanel(Outcome outcome, String reasons, List<PolicyClause> clauses,
                                          LocalDate conductDate, String recordedBy, Instant decidedAt) {
        return new Decision(Decider.HEARING_PANEL, outcome, reasons, clauses, conductDate, recordedBy, decidedAt, true);
    }

    /** Triage's referral to the employer for local resolution finds no breach, so it cites nothing. */
    public static Decision localResolution(String reasons, String decidedBy, Instant decidedAt) {
        return new Decision(Decider.TRIAGE, Outcome.EMPLOYER_REFERRAL, reasons, List.of(), null, decidedBy, decidedAt,
                false);
    }

    /** Triage closes the complaint: no question of fitness to practise, or (with {@code referredTo}) not ours. */
    static Decision closedAtTriage(String reasons, String referredTo, String referredToEmail, String decidedBy,
                                   Instant decidedAt) {
        Decision closed = new Decision(Decider.TRIAGE, Outcome.NO_FURTHER_ACTION, reasons, List.of(), null, decidedBy,
                decidedAt, false);
        closed.referredTo = referredTo == null ? null : Require.text(referredTo, "referredTo", 200);
        closed.referredToEmail = referredTo == null || referredToEmail == null || referredToEmail.isBlank() ? null
                : Require.email(referredToEmail, "referredToEmail");
        return closed;
    }

    private Decision(Decider decider, Outcome outcome, String reasons, List<PolicyClause> clauses,
                     LocalDate conductDate, String decidedBy, Instant decidedAt, boolean findsBreach) {
        this.decider = decider;
        this.outcome = Require.present(outcome, "outcome");
        this.reasons = Require.multiline(reasons, "reasons", 20_000);
        this.decidedBy = Require.text(decidedBy, "decidedBy", 100);
        this.decidedAt = Require.present(decidedAt, "decidedAt");
        for (PolicyClause clause : clauses) {
            cite(clause, conductDate);
        }
        if (findsBreach && outcome.requiresCitation() && citedClauses.isEmpty()) {
            throw new InvalidFieldException("clauses", "must name at least one clause breached for the outcome "
                    + outcome.label());
        }
    }

    private void cite(PolicyClause clause, LocalDate conductDate) {
        if (!clause.inForceOn(conductDate)) {
            throw new InvalidFieldException("clauses", "clause " + clause.clauseId() + " ("
                    + clause.version().describe() + ") was not in force on " + conductDate
                    + ", the date of the conduct; it applies " + clause.version().describePeriod());
        }
        if (citedClauses.contains(clause)) {
            throw new InvalidFieldException("clauses", "clause " + clause.clauseId() + " is cited twice");
        }
        citedClauses.add(clause);
    }

    /** After the letters were rejected: the reasons reworded by whoever made the decision, nobody else. */
    public void reviseReasons(String revised, String by) {
        if (!decidedBy.equals(by)) {
            throw new AccessDeniedException("Only " + decidedBy
                    + ", who made the decision, may reword its reasons");
        }
        this.reasons = Require.multiline(revised, "reasons", 20_000);
    }

    public Outcome outcome() { return outcome; }
    public String reasons() { return reasons; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Decider decider() { return decider; }
    public String referredTo() { return referredTo; }
    public String referredToEmail() { return referredToEmail; }
    public List<PolicyClause> citedClauses() { return Collections.unmodifiableList(citedClauses); }
    public List<Term> terms() { return Collections.unmodifiableList(terms); }
    public PaymentOrders paymentOrders() { return paymentOrders == null ? PaymentOrders.NONE : paymentOrders; }
}
