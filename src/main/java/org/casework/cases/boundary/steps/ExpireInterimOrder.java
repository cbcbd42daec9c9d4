package org.casework.cases.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.cases.boundary.InterimOrders;
import org.casework.kernel.CaseReference;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code expireInterimOrder}: an interim order reached its last day and leaves the register. */
@Named("expireInterimOrder")
@Dependent
public class ExpireInterimOrder implements JavaDelegate {

    @Inject
    InterimOrders target;

    @Override
    public void execute(DelegateExecution execution) {
        String reference = (String) execution.getVariable(WorkflowVariables.CASE_REFERENCE);
        target.expire(CaseReference.parse(reference));
    }
}
