package org.casework.intake.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.intake.control.Acknowledgements;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code sendAcknowledgement} (asynchronous, retried): the complainant is emailed the reference. */
@Named("sendAcknowledgement")
@Dependent
public class SendAcknowledgement implements JavaDelegate {

    @Inject
    Acknowledgements target;

    @Override
    public void execute(DelegateExecution execution) {
        target.acknowledge((String) execution.getVariable(WorkflowVariables.CASE_REFERENCE));
    }
}
