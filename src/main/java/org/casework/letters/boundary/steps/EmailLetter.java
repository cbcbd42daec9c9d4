package org.casework.letters.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.letters.boundary.LetterEmails;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code emailLetter} (letter delivery, asynchronous): one issued letter emailed with its PDF. */
@Named("emailLetter")
@Dependent
public class EmailLetter implements JavaDelegate {

    @Inject
    LetterEmails target;

    @Override
    public void execute(DelegateExecution execution) {
        target.send(((Number) execution.getVariable(WorkflowVariables.LETTER_ID)).longValue());
    }
}
