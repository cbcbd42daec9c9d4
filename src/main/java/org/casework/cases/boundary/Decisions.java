package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.WrongStageException;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.Outcome;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.security.entity.AccessDeniedException;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.WorkflowVariables;

/** The case examiners record the outcome of a case, their reasons and the clauses breached. */
@ApplicationScoped
@Transactional
public class Decisions {

    @Inject
    CaseStore cases;

    @Inject
    CaseWorkflow workflow;

    @Inject
    PolicyLibrary policies;

    public void record(String reference, String outcome, String reasons, List<String> clauseIds,
                       StaffIdentity examiner) {
        Complaint complaint = cases.require(reference);
        Task task = workflow.openTask(complaint.processInstanceId(), WorkflowVariables.DECISION_TASK)
                .orElseThrow(() -> new WrongStageException("Case " + reference + " is not waiting for a decision"));
        if (!workflow.mayWorkOn(task, examiner.roles())) {
            throw new AccessDeniedException("Only a case examiner may decide case " + reference);
        }
        Outcome parsed = parse(outcome);
        Decision decision = new Decision(parsed, reasons, policies.clauses(clauseIds), complaint.conductDate(),
                examiner.username(), Instant.now());
        complaint.decide(decision);
        workflow.complete(task, examiner.username(), Map.of(WorkflowVariables.OUTCOME, parsed.name()));
    }

    private static Outcome parse(String outcome) {
        try {
            return Outcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("outcome", "must be one of " + List.of(Outcome.values()));
        }
    }
}
