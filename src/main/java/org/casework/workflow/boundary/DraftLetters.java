package org.casework.workflow.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code draftLetters} (letter approval, asynchronous): the letters of the decision are drafted. */
@Named("draftLetters")
@Dependent
public class DraftLetters implements JavaDelegate {

    @Inject
    LetterIssuing target;

    @Override
    public void execute(DelegateExecution execution) {
        target.draftDecisionLetters((String) execution.getVariable(WorkflowVariables.CASE_REFERENCE));
    }
}
