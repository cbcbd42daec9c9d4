package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.WrongStageException;
import org.casework.cases.entity.Complaint;
import org.casework.security.entity.AccessDeniedException;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.WorkflowVariables;

/** An investigator's first look at a complaint: investigate it, or close it with no further action. */
@ApplicationScoped
@Transactional
public class Triage {

    @Inject
    CaseStore cases;

    @Inject
    CaseWorkflow workflow;

    /** An investigator starts assessing the complaint; the complainant then sees "Being assessed". */
    public void startAssessing(String reference, StaffIdentity investigator) {
        Complaint complaint = cases.require(reference);
        workflow.claim(triageTask(complaint, investigator), investigator.username());
    }

    public void accept(String reference, String note, StaffIdentity investigator) {
        Complaint complaint = cases.require(reference);
        Task task = triageTask(complaint, investigator);
        complaint.accept(investigator.username(), note, Instant.now());
        workflow.complete(task, investigator.username(),
                Map.of(WorkflowVariables.TRIAGE_OUTCOME, WorkflowVariables.ACCEPT));
    }

    public void closeWithNoFurtherAction(String reference, String reason, StaffIdentity investigator) {
        Complaint complaint = cases.require(reference);
        Task task = triageTask(complaint, investigator);
        complaint.closeAtTriage(investigator.username(), reason, Instant.now());
        workflow.complete(task, investigator.username(),
                Map.of(WorkflowVariables.TRIAGE_OUTCOME, WorkflowVariables.CLOSE));
    }

    private Task triageTask(Complaint complaint, StaffIdentity investigator) {
        Task task = workflow.openTask(complaint.processInstanceId(), WorkflowVariables.TRIAGE_TASK)
                .orElseThrow(() -> new WrongStageException("Case " + complaint.reference()
                        + " is not waiting for triage"));
        if (!workflow.mayWorkOn(task, investigator.roles())) {
            throw new AccessDeniedException("Only an investigator may triage case " + complaint.reference());
        }
        return task;
    }
}
