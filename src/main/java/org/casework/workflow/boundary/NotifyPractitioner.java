package org.casework.workflow.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.cases.boundary.Investigation;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code notifyPractitioner} (asynchronous): the investigation notice is issued; the 28 days start. */
@Named("notifyPractitioner")
@Dependent
public class NotifyPractitioner implements JavaDelegate {

    @Inject
    Investigation target;

    @Override
    public void execute(DelegateExecution execution) {
        target.notifyPractitioner((String) execution.getVariable(WorkflowVariables.CASE_REFERENCE));
    }
}
