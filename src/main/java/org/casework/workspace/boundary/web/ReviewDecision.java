package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casework.cases.boundary.DecisionReviews;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;

/** The case page's review (Rule 12) of a closed case's decision: asking for one, and a case examiner's outcome. */
@Named
@ViewScoped
public class ReviewDecision implements Serializable {

    static final Map<String, String> FIELDS = Map.of("reason", "reviewRequest:reason", "reasons",
            "decisionReview:reasons");

    @Inject
    WorkOnCase page;
    @Inject
    DecisionReviews reviews;
    @Inject
    StaffIdentity staff;

    private Boolean mayRequest;
    private String reason;
    private Boolean setAside;
    private String reasons;

    public boolean isMayRequest() {
        if (mayRequest == null) {
            mayRequest = page.getCaseFile() != null && staff.worksOnCases() && reviews.mayRequest(page.caseReference());
        }
        return mayRequest;
    }

    public boolean isReviewOpen() {
        return page.isAwaiting(WorkflowVariables.DECISION_REVIEW_TASK) && staff.hasRole("CASE_EXAMINER");
    }

    public void request() {
        page.act(() -> reviews.request(page.caseReference(), reason, staff), "A review of the decision is asked for: "
                + "a case examiner who neither made the decision nor asked for the review decides it.", FIELDS);
    }

    public void decide() {
        page.actSaying(() -> {
            reviews.decide(page.caseReference(), Boolean.TRUE.equals(setAside), reasons, staff);
            return Boolean.TRUE.equals(setAside) ? "The decision is set aside; anything it put on the public register "
                    + "is lifted." : "The decision is upheld.";
        }, FIELDS);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Boolean getSetAside() { return setAside; }
    public void setSetAside(Boolean setAside) { this.setAside = setAside; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
}
