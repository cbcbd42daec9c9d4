package org.casework.workspace.boundary.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.cases.boundary.Appeals;
import org.casework.cases.boundary.InterimOrders;
import org.casework.cases.entity.Appeal;
import org.casework.cases.entity.Hearing;
import org.casework.cases.entity.SanctionFacts;
import org.casework.cases.entity.Term;
import org.casework.kernel.ClauseId;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Require;

/**
 * The bodies the task API takes ({@link TasksResource}), each turned into the values its step's use case takes: JSON
 * gives strings and nullable booleans, the use cases take outcomes, clause ids and decided yes-or-no answers.
 */
public final class TaskInputs {

    private TaskInputs() {
    }

    public record Assignee(String username) {
    }

    public record Note(String note) {
    }

    /**
     * {@code terms}: the undertakings proposed or the conditions imposed, each with the day it is checked;
     * {@code fine} and {@code costs} are read by {@code hearing-decision} only, as {@code orderEndsOn} is.
     */
    public record Decision(String outcome, String reasons, List<String> clauses, LocalDate orderEndsOn,
                           List<TermRequest> terms, BigDecimal fine, BigDecimal costs) {
        List<ClauseId> clauseIds() {
            return ClauseId.parseAll(clauses, "clauses");
        }

        List<Term> termsProposed() {
            return TermRequest.all(terms);
        }
    }

    public record TermRequest(String text, LocalDate reviewOn) {
        public static List<Term> all(List<TermRequest> terms) {
            return terms == null ? List.of() : terms.stream().map(t -> t == null ? new Term(null, null)
                    : new Term(t.text(), t.reviewOn())).toList();
        }
    }

    public record ComplianceCheck(Boolean complied, String note) {
    }

    public record DecisionReview(Boolean setAside, String reasons) {
    }

    /** The referral: a summary, and the facts the sanctions guidance reads (harm NONE, MINOR or SERIOUS). */
    public record Referral(String note, String expertOpinion, String harm, boolean repeated, boolean intentional,
                           boolean insightShown) {
        SanctionFacts facts() {
            return new SanctionFacts(harm, repeated, intentional, insightShown);
        }
    }

    public record Answer(String answer, String note) {
    }

    public record Approval(Boolean approved, String note) {
    }

    public record Revision(String reasons) {
    }

    /** A hearing's sitting: {@code sitsAt} is the day and time in the regulator's zone ("2027-02-04T10:00"). */
    public record Sitting(LocalDateTime sitsAt, String venue, String chair, String layMember,
                          String professionalMember) {
        Hearing.Sitting sitting() {
            return new Hearing.Sitting(sitsAt, venue, chair, layMember, professionalMember);
        }
    }

    public record Adjournment(String reason) {
    }

    /** The interim orders panel's decision: {@code made}, with {@code kind} CONDITIONS or SUSPENSION and its end. */
    public record InterimRuling(Boolean made, String kind, LocalDate endsOn, String reasons) {
        InterimOrders.Ruling ruling() {
            return new InterimOrders.Ruling(yesOrNo(made, "made"), kind == null ? null
                    : Require.oneOf(Outcome.class, kind, "kind"), endsOn, reasons);
        }
    }

    /** A review of an interim order: {@code keep} it (perhaps until a new {@code endsOn}) or revoke it. */
    public record InterimReview(Boolean keep, LocalDate endsOn, String note) {
        InterimOrders.Review review() {
            return new InterimOrders.Review(yesOrNo(keep, "keep"), endsOn, note);
        }
    }

    /** The court's result: DISMISSED, VARIED or QUASHED; a variation names the new kind and its end. */
    public record AppealResult(String result, LocalDate decidedOn, String reasons, String variedTo,
                               LocalDate variedEndsOn) {
        Appeals.Result courtResult() {
            return new Appeals.Result(Require.oneOf(Appeal.Result.class, result, "result"), decidedOn, reasons,
                    variedTo == null ? null : Require.oneOf(Outcome.class, variedTo, "variedTo"), variedEndsOn);
        }
    }

    /** A yes-or-no field the step cannot go without: absent is a field error, not "no". */
    static boolean yesOrNo(Boolean answer, String field) {
        if (answer == null) {
            throw new InvalidFieldException(field, "is required (true or false)");
        }
        return answer;
    }
}
