package org.casework.letters.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.ResponseReminders;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code sendResponseReminder} (day 21, asynchronous): the practitioner is reminded of the due date. */
@Named("sendResponseReminder")
@Dependent
public class SendResponseReminder implements JavaDelegate {

    @Inject
    ResponseReminders target;

    @Override
    public void execute(DelegateExecution execution) {
        target.remind(CaseReference.parse((String) execution.getVariable(WorkflowVariables.CASE_REFERENCE)));
    }
}
