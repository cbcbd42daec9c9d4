package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.task.Task;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.WrongStageException;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/**
 * Taking a task from the team queue and giving it back. A task someone else holds is not taken from them (409): they
 * release it, or it is reassigned. Only a task one's role may do can be taken (403).
 */
@ApplicationScoped
@Transactional
public class TaskClaims {

    @Inject
    CaseWorkflow workflow;

    public String claim(String taskId, StaffIdentity staff) {
        Task task = task(taskId);
        if (!workflow.mayWorkOn(task, staff.roles())) {
            if (workflow.task(taskId).isEmpty()) { // completed by someone else since it was found: a lost race
                throw new WrongStageException("The step '" + task.getName() + "' was completed by someone else "
                        + "meanwhile; nothing was changed");
            }
            throw new AccessDeniedException("The step '" + task.getName() + "' is not for your role");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(staff.username())) {
            throw new WrongStageException("The step '" + task.getName() + "' is taken by " + task.getAssignee()
                    + "; they can release it");
        }
        workflow.claim(task, staff.username());
        return workflow.caseOf(task);
    }

    public String release(String taskId, StaffIdentity staff) {
        Task task = task(taskId);
        if (!staff.username().equals(task.getAssignee())) {
            throw new AccessDeniedException("Only whoever holds the step '" + task.getName() + "' can release it");
        }
        workflow.release(task);
        return workflow.caseOf(task);
    }

    private Task task(String taskId) {
        return workflow.task(taskId).orElseThrow(() -> new CaseNotFoundException("No open task " + taskId));
    }
}
