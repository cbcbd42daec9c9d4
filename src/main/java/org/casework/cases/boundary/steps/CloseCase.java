package org.casework.cases.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.cases.boundary.CaseClosing;
import org.casework.kernel.CaseReference;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code closeCase}: the decided case is closed and counts in the statistics from now on. */
@Named("closeCase")
@Dependent
public class CloseCase implements JavaDelegate {

    @Inject
    CaseClosing closing;

    @Override
    public void execute(DelegateExecution execution) {
        closing.close(CaseReference.parse((String) execution.getVariable(WorkflowVariables.CASE_REFERENCE)));
    }
}
