package org.casework.letters.boundary;

import static org.casework.workflow.control.WorkflowVariables.APPROVAL_TASK;
import static org.casework.workflow.control.WorkflowVariables.LETTERS_APPROVED;
import static org.casework.workflow.control.WorkflowVariables.REVISION_TASK;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseStore;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/**
 * A second person approves the drafted letters, or rejects them with a reason; a rejected set is revised (the
 * decision's reasons may be reworded) and drafted again.
 */
@ApplicationScoped
@Transactional
public class LetterApproval {

    @Inject
    CaseStore cases;
    @Inject
    CaseWorkflow workflow;
    @Inject
    LetterIssuing letters;

    public void review(String reference, boolean approved, String note, StaffIdentity approver) {
        Task task = workflow.requireTask(reference, APPROVAL_TASK, approver.roles());
        letters.review(reference, approved, approver.username(), note);
        workflow.complete(task, approver.username(), Map.of(LETTERS_APPROVED, approved));
    }

    /** Rewords the reasons of the decision the letters carry (only its maker may), then the letters are redrafted. */
    public void revise(String reference, String revisedReasons, StaffIdentity reviser) {
        Task task = workflow.requireTask(reference, REVISION_TASK, reviser.roles());
        if (revisedReasons != null && !revisedReasons.isBlank()) {
            cases.require(reference).decision().reviseReasons(revisedReasons, reviser.username());
        }
        workflow.complete(task, reviser.username(), Map.of());
    }
}
