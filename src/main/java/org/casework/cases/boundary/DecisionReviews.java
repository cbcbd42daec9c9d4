package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decider;
import org.casework.cases.entity.DecisionReviewed;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.platform.control.CaseworkConfig;
import org.casework.register.control.Register;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.kernel.RegulatorTime.day;
import static org.casework.workflow.control.WorkflowVariables.DECISION_REVIEW_TASK;
import static org.casework.workflow.control.WorkflowVariables.DECISION_SET_ASIDE;

/**
 * Review of a closed case's decision (the GMC's Rule 12): asked for, with the reason (new evidence, or a decision
 * wrongly made), within {@code casework.review.months} of the closing; decided by a case examiner who neither made
 * the decision nor asked for the review: upheld, or set aside, which lifts the decision's sanction from the
 * register. A hearing's decision is not reviewed here: it is appealed.
 */
@ApplicationScoped
@Transactional
public class DecisionReviews {

    static final String REQUESTED = "decisionReviewRequested";

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    Register register;
    @Inject
    RegulatorTime time;
    @Inject
    CaseworkConfig config;
    @Inject
    Event<DecisionReviewed> reviewed;

    public void request(CaseReference reference, String reason, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners ask for a review of a decision");
        }
        Complaint complaint = cases.require(reference);
        LocalDate lastDay = lastDay(complaint);
        String why = Require.multiline(reason, "reason", 4000);
        if (lastDay == null) {
            throw new WrongStageException("Case " + reference + " has no closed decision of the case examiners or "
                    + "at triage to review (a hearing's decision is appealed)");
        }
        if (time.today().isAfter(lastDay)) {
            throw new WrongStageException("The decision of case " + reference + " could be reviewed until "
                    + day(lastDay));
        }
        if (workflow.decisionReviewRunning(reference.value())) {
            throw new WrongStageException("A review of case " + reference + " is already under way");
        }
        workflow.startDecisionReview(reference.value(), complaint.practitioner().nameKey(),
                complaint.platform().name(), complaint.team().value(), staff.username());
        steps.record(complaint, REQUESTED, staff.username(), Instant.now(), "Review of the decision asked for: " + why);
    }

    public void decide(CaseReference reference, boolean setAside, String reasons, StaffIdentity examiner) {
        Task task = workflow.requireTask(reference.value(), DECISION_REVIEW_TASK, examiner.roles());
        Complaint complaint = cases.require(reference);
        String requestedBy = steps.of(complaint).stream().filter(s -> REQUESTED.equals(s.step()))
                .reduce((a, b) -> b).map(CaseStep::recordedBy).orElse(null);
        if (examiner.username().equals(complaint.decision().decidedBy()) || examiner.username().equals(requestedBy)) {
            throw new AccessDeniedException("The review is for a case examiner who neither made the decision nor "
                    + "asked for its review");
        }
        String why = Require.multiline(reasons, "reasons", 10_000);
        LocalDate today = time.today();
        if (setAside) {
            register.running(reference).stream().filter(s -> !s.interim()).forEach(s -> s.revoke(today));
            workflow.sanctionQuashed(reference.value());
        }
        steps.record(complaint, DECISION_REVIEW_TASK, examiner.username(), Instant.now(), (setAside
                ? "The decision is set aside; anything it put on the register is lifted: "
                : "The decision is upheld: ") + why);
        workflow.complete(task, examiner.username(), Map.of(DECISION_SET_ASIDE, setAside));
        reviewed.fire(new DecisionReviewed(reference, setAside));
    }

    /** Whether the case's decision may be reviewed today, and no review is under way. */
    public boolean mayRequest(CaseReference reference) {
        return cases.find(reference).map(this::lastDay).map(d -> !time.today().isAfter(d)).orElse(false)
                && !workflow.decisionReviewRunning(reference.value());
    }

    /** The last day a review may be asked for: a closed case decided at triage or by the case examiners. */
    private LocalDate lastDay(Complaint complaint) {
        if (complaint.isOpen() || complaint.decision() == null || complaint.closedAt() == null
                || complaint.decision().decider() == Decider.HEARING_PANEL) {
            return null;
        }
        return time.dayOf(complaint.closedAt()).plusMonths(config.reviewMonths());
    }
}
