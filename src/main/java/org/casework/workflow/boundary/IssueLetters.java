package org.casework.workflow.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.letters.entity.Letter;
import org.casework.workflow.control.CaseWorkflow;
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

    @Inject
    CaseWorkflow workflow;

    @Override
    public void execute(DelegateExecution execution) {
        String reference = (String) execution.getVariable(WorkflowVariables.CASE_REFERENCE);
        target.issueApproved(reference).stream().filter(Letter::awaitsEmail)
                .forEach(letter -> workflow.deliver(reference, letter.id()));
    }
}
