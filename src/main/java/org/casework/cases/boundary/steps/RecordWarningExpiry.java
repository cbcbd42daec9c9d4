package org.casework.cases.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.cases.boundary.Decisions;
import org.casework.kernel.CaseReference;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code recordWarningExpiry}: two years after a warning stood, its expiry is recorded on the case. */
@Named("recordWarningExpiry")
@Dependent
public class RecordWarningExpiry implements JavaDelegate {

    @Inject
    Decisions target;

    @Override
    public void execute(DelegateExecution execution) {
        String reference = (String) execution.getVariable(WorkflowVariables.CASE_REFERENCE);
        target.recordWarningExpiry(CaseReference.parse(reference));
    }
}
