package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.cases.boundary.Triage;
import org.casework.kernel.AllegationCategory;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;
import org.casework.workflow.control.WorkflowVariables.TriageChoice;

/**
 * The case page's triage form: take the triage, say what the complaint alleges, then accept it, close it, refer it
 * to the employer or another body, or forward it to the Health and Disability Commissioner.
 */
@Named
@ViewScoped
public class TriageCase implements Serializable {

    @Inject
    WorkOnCase page;
    @Inject
    Triage triage;
    @Inject
    StaffIdentity staff;

    private String triageNote;
    private List<String> allegations = new ArrayList<>();
    private String publicInterestReason;
    private LocalDate enquiryDueDate;
    private String referredTo;
    private String referredToEmail;

    public void startAssessing() {
        page.act(() -> triage.startAssessing(page.caseReference(), staff),
                "You have taken the triage: colleagues see it is yours, and the complainant sees it is being assessed.");
    }

    public boolean isAssessing() {
        return page.getCaseFile() != null && page.getCaseFile().openTasks().stream()
                .anyMatch(t -> t.taskKey().equals(WorkflowVariables.TRIAGE_TASK) && t.assignee() != null);
    }

    public void accept() {
        triage(TriageChoice.ACCEPT, "Accepted for investigation; the practitioner will be notified.");
    }

    public void closeWithNoFurtherAction() {
        triage(TriageChoice.CLOSE, "Closed with no further action.");
    }

    public void referToEmployer() {
        triage(TriageChoice.REFER_TO_EMPLOYER, "Referred to the employer; the letters wait for approval.");
    }

    public void referToAnotherBody() {
        triage(TriageChoice.REFER_TO_OTHER_BODY, "Referred to another body; the case is closed.");
    }

    public void forwardToHdc() {
        triage(TriageChoice.FORWARD_TO_HDC, "Forwarded to the Health and Disability Commissioner; the clock is paused.");
    }

    private void triage(TriageChoice choice, String done) {
        page.act(() -> triage.decide(page.caseReference(), new Triage.TriageDecision(choice.name(), triageNote,
                publicInterestReason, enquiryDueDate, referredTo, referredToEmail, allegations), staff), done);
    }

    public String getPublicInterestReason() { return publicInterestReason; }
    public void setPublicInterestReason(String v) { this.publicInterestReason = v; }
    public LocalDate getEnquiryDueDate() { return enquiryDueDate; }
    public void setEnquiryDueDate(LocalDate v) { this.enquiryDueDate = v; }
    public String getReferredTo() { return referredTo; }
    public void setReferredTo(String v) { this.referredTo = v; }
    public String getReferredToEmail() { return referredToEmail; }
    public void setReferredToEmail(String v) { this.referredToEmail = v; }
    public List<String> getAllegations() { return allegations; }
    public void setAllegations(List<String> allegations) { this.allegations = allegations; }
    public AllegationCategory[] getAllegationCategories() { return AllegationCategory.values(); }
    public String getTriageNote() { return triageNote; }
    public void setTriageNote(String triageNote) { this.triageNote = triageNote; }
}
