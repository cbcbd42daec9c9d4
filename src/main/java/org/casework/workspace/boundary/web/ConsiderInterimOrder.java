package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.InterimOrders;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;

/**
 * The case page's interim order section: the order in force, if any; a referral while the case runs; the panel's
 * decision and each review, recorded by a case examiner.
 */
@Named
@ViewScoped
public class ConsiderInterimOrder implements Serializable {

    static final Map<String, String> FIELDS = Map.of("reason", "interimReferral:reason", "reasons",
            "interimDecision:reasons", "kind", "interimDecision:kind", "endsOn", "interimDecision:endsOn",
            "note", "interimReview:note");
    /** A review's new last day is refused as the order's {@code endsOn}, said beside the review's own field. */
    static final Map<String, String> REVIEW_FIELDS = Map.of("note", "interimReview:note", "endsOn",
            "interimReview:newEnd");

    @Inject
    WorkOnCase page;
    @Inject
    InterimOrders orders;
    @Inject
    StaffIdentity staff;
    @Inject
    CaseworkConfig config;

    private InterimOrders.Standing standing;
    private Boolean mayRefer;
    private String reason;
    private Boolean made;
    private Outcome kind;
    private LocalDate endsOn;
    private String reasons;
    private Boolean keep;
    private LocalDate newEnd;
    private String note;

    public InterimOrders.Standing getStanding() {
        if (standing == null && page.getCaseFile() != null) {
            standing = orders.standing(page.caseReference());
        }
        return standing;
    }

    public boolean isMayRefer() {
        if (mayRefer == null) {
            mayRefer = page.getCaseFile() != null && staff.worksOnCases() && orders.mayRefer(page.caseReference());
        }
        return mayRefer;
    }

    public boolean isDecisionOpen() {
        return page.isAwaiting(WorkflowVariables.INTERIM_DECISION_TASK) && staff.hasRole("CASE_EXAMINER");
    }

    public boolean isReviewOpen() {
        return page.isAwaiting(WorkflowVariables.INTERIM_REVIEW_TASK) && staff.hasRole("CASE_EXAMINER");
    }

    public void refer() {
        page.act(() -> orders.refer(page.caseReference(), reason, staff), "Referred for an interim order: a case "
                + "examiner records the panel's decision here.", FIELDS);
    }

    public void decide() {
        page.actSaying(() -> {
            orders.decide(page.caseReference(), new InterimOrders.Ruling(Boolean.TRUE.equals(made), kind, endsOn,
                    reasons), staff);
            return Boolean.TRUE.equals(made) ? "The interim " + kind.label().toLowerCase() + " is recorded and on the "
                    + "public register until " + RegulatorTime.day(endsOn) + "; it is reviewed every "
                    + config.interimReviewMonths() + " months." : "No interim order: recorded.";
        }, FIELDS);
    }

    public void review() {
        page.actSaying(() -> {
            orders.review(page.caseReference(), new InterimOrders.Review(!Boolean.FALSE.equals(keep), newEnd, note),
                    staff);
            return Boolean.FALSE.equals(keep) ? "The interim order is revoked and off the public register."
                    : "The interim order continues; its next review is in " + config.interimReviewMonths()
                    + " months.";
        }, REVIEW_FIELDS);
    }

    public List<Outcome> getKinds() { return List.of(Outcome.CONDITIONS, Outcome.SUSPENSION); }
    public int getMaxMonths() { return config.interimMaxMonths(); }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Boolean getMade() { return made; }
    public void setMade(Boolean made) { this.made = made; }
    public Outcome getKind() { return kind; }
    public void setKind(Outcome kind) { this.kind = kind; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public Boolean getKeep() { return keep; }
    public void setKeep(Boolean keep) { this.keep = keep; }
    public LocalDate getNewEnd() { return newEnd; }
    public void setNewEnd(LocalDate newEnd) { this.newEnd = newEnd; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
