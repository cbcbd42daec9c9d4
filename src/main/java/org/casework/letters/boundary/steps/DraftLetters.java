package org.casework.letters.boundary.steps;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.LetterDrafting;
import org.casework.letters.entity.LetterDraft;
import org.casework.letters.entity.LetterSet;
import org.casework.workflow.control.WorkflowVariables;

/**
 * BPMN step {@code draftLetters} (letter approval, asynchronous): the notice, or the decision's letters, are drafted;
 * the process then asks a second person to approve them, unless the regulator's settings approved them as drafted.
 */
@Named("draftLetters")
@Dependent
public class DraftLetters implements JavaDelegate {

    @Inject
    LetterDrafting target;

    @Override
    public void execute(DelegateExecution execution) {
        List<LetterDraft> drafts = target.draft(CaseReference.parse((String) execution.getVariable(
                WorkflowVariables.CASE_REFERENCE)), LetterSet.of((String) execution.getVariable(
                WorkflowVariables.LETTER_SET)));
        execution.setVariable(WorkflowVariables.APPROVED_BY_SETTINGS, !drafts.isEmpty()
                && drafts.stream().allMatch(LetterDraft::approvedBySettings));
    }
}
