package org.casework.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.cases.entity.CaseNotFoundException;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.Outcome;
import org.casework.cases.entity.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.policy.boundary.ClauseView;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.security.entity.AccessDeniedException;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;

/** The case page: the case file, and the form for the task at hand (triage or the case examiners' decision). */
@Named
@ViewScoped
public class WorkOnCase implements Serializable {

    private static final Map<String, String> FIELDS = Map.of(
            "reason", "triage:note", "note", "triage:note",
            "outcome", "decision:outcome", "reasons", "decision:reasons", "clauses", "decision:clauses",
            "decidedBy", "decision:outcome");

    @Inject
    transient CaseFiles caseFiles;
    @Inject
    transient Triage triage;
    @Inject
    transient Decisions decisions;
    @Inject
    transient PolicyLibrary policies;
    @Inject
    StaffIdentity staff;

    private String reference;
    private CaseView caseFile;
    private String triageNote;
    private Outcome outcome;
    private String reasons;
    private List<String> clauses = new ArrayList<>();
    private List<ClauseView> clauseOptions;

    public void load() {
        try {
            caseFile = caseFiles.caseFile(reference);
        } catch (CaseNotFoundException e) {
            caseFile = null;
            FacesMessages.error("There is no case " + reference + ".");
        }
    }

    public void startAssessing() {
        act(() -> triage.startAssessing(reference, staff), "You are assessing this complaint.");
    }

    public boolean isAssessing() {
        return caseFile != null && caseFile.openTasks().stream()
                .anyMatch(t -> t.taskKey().equals(WorkflowVariables.TRIAGE_TASK) && t.assignee() != null);
    }

    public void accept() {
        act(() -> triage.accept(reference, triageNote, staff), "Accepted for investigation.");
    }

    public void closeWithNoFurtherAction() {
        act(() -> triage.closeWithNoFurtherAction(reference, triageNote, staff), "Closed with no further action.");
    }

    public void decide() {
        act(() -> decisions.record(reference, outcome == null ? null : outcome.name(), reasons, clauses, staff),
                "Decision recorded; the letter has been generated.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            load();
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        } catch (WrongStageException | AccessDeniedException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public boolean isAwaiting(String taskKey) {
        return caseFile != null && caseFile.openTasks().stream().anyMatch(t -> t.taskKey().equals(taskKey));
    }

    public boolean isTriageOpen() {
        return isAwaiting(WorkflowVariables.TRIAGE_TASK) && staff.hasRole("INVESTIGATOR");
    }

    public boolean isDecisionOpen() {
        return isAwaiting(WorkflowVariables.DECISION_TASK) && staff.hasRole("CASE_EXAMINER");
    }

    public List<ClauseView> getClauseOptions() {
        if (clauseOptions == null) {
            clauseOptions = policies.citableClauses();
        }
        return clauseOptions;
    }

    public Outcome[] getOutcomes() { return Outcome.values(); }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public CaseView getCaseFile() { return caseFile; }
    public String getTriageNote() { return triageNote; }
    public void setTriageNote(String triageNote) { this.triageNote = triageNote; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public List<String> getClauses() { return clauses; }
    public void setClauses(List<String> clauses) { this.clauses = clauses; }
}
