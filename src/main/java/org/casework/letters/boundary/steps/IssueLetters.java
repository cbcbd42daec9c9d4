package org.casework.letters.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.workflow.control.WorkflowVariables;

/**
 * BPMN step {@code issueLetters} (letter approval, asynchronous): the approved drafts are issued as approved, and each
 * letter with an address is handed to a delivery of its own.
 */
@Named("issueLetters")
@Dependent
public class IssueLetters implements JavaDelegate {

    @Inject
    LetterIssuing target;

    @Override
    public void execute(DelegateExecution execution) {
        target.issueApproved(CaseReference.parse((String) execution.getVariable(WorkflowVariables.CASE_REFERENCE)));
    }
}
