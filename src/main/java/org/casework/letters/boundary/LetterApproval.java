package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.kernel.CaseReference;
import org.casework.letters.entity.LetterSet;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.workflow.control.WorkflowVariables.APPROVAL_TASK;
import static org.casework.workflow.control.WorkflowVariables.LETTERS_APPROVED;
import static org.casework.workflow.control.WorkflowVariables.LETTER_SET;

/**
 * A second person approves the drafted letters, or rejects them with a reason; a rejected set is revised (the
 * decision's reasons may be reworded: {@code Decisions.reviseReasons} in the cases feature, since letters never
 * change a case) and drafted again.
 */
@ApplicationScoped
@Transactional
public class LetterApproval {

    @Inject
    CaseWorkflow workflow;
    @Inject
    LetterIssuing letters;

    public void review(CaseReference reference, boolean approved, String note, StaffIdentity approver) {
        Task task = workflow.requireTask(reference.value(), APPROVAL_TASK, approver.roles());
        Object set = workflow.variableOf(task, LETTER_SET);
        letters.review(reference, set == null ? null : LetterSet.of(set.toString()), approved, approver.username(),
                note);
        workflow.complete(task, approver.username(), Map.of(LETTERS_APPROVED, approved));
    }
}
