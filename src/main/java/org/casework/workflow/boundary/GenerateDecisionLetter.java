package org.casework.workflow.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.workflow.control.WorkflowVariables;

/** BPMN step {@code generateDecisionLetter}: the practitioner's decision letter is rendered and kept with the case. */
@Named("generateDecisionLetter")
@Dependent
public class GenerateDecisionLetter implements JavaDelegate {

    @Inject
    LetterIssuing letters;

    @Override
    public void execute(DelegateExecution execution) {
        letters.issueDecisionLetter((String) execution.getVariable(WorkflowVariables.CASE_REFERENCE));
    }
}
