package org.casework.workspace.boundary.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.boundary.CaseTimeline;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.Decisions;
import org.casework.cases.boundary.Triage;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.ClauseId;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.platform.control.ConcurrentChange;
import org.casework.policy.boundary.ClauseView;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;
import org.casework.workflow.control.WorkflowVariables.TriageChoice;
import org.casework.workspace.boundary.CaseFiles;

/** The case page: the case file, and the triage and decision forms (the other steps' forms: {@link WorkOnStep}). */
@Named
@ViewScoped
public class WorkOnCase implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("reason", "triage:note"), Map.entry("note", "triage:note"),
            Map.entry("publicInterestReason", "triage:publicInterest"),
            Map.entry("enquiryDueDate", "triage:enquiryDue"), Map.entry("referredTo", "triage:referredTo"),
            Map.entry("outcome", "decision:outcome"), Map.entry("reasons", "decision:reasons"),
            Map.entry("clauses", "decision:clauses"), Map.entry("decidedBy", "decision:outcome"),
            Map.entry("orderEndsOn", "decision:orderEndsOn"), Map.entry("allegations", "triage:allegations"));

    @Inject
    AuditLog audit;
    @Inject
    CaseFiles caseFiles;
    @Inject
    CaseTimeline timelines;
    @Inject
    Triage triage;
    @Inject
    Decisions decisions;
    @Inject
    PolicyLibrary policies;
    @Inject
    StaffIdentity staff;

    private String reference;
    private CaseView caseFile;
    private transient List<CaseTimeline.Entry> timeline;
    private String triageNote;
    private List<String> allegations = new ArrayList<>();
    private String publicInterestReason;
    private LocalDate enquiryDueDate;
    private String referredTo;
    private LocalDate orderEndsOn;
    private Outcome outcome;
    private String reasons;
    private List<String> clauses = new ArrayList<>();
    private List<ClauseView> clauseOptions;

    /**
     * The page is opened: the case is shown and the view recorded in the audit log. An address that names no case
     * answers 404, with the page saying so.
     */
    public void open() {
        load();
        if (caseFile != null) {
            audit.record(staff.username(), AuditEntry.VIEW_CASE, "case "
                    + caseFile.reference(), true, "page");
        } else {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void load() {
        timeline = null;
        try {
            caseFile = caseFiles.caseFile(caseReference());
            if (clauses.isEmpty() && caseFile.triage() != null) {
                clauses = new ArrayList<>(caseFile.triage().suggestedClauses()); // the examiner adjusts them
            }
        } catch (CaseNotFoundException e) {
            caseFile = null;
            FacesMessages.error(reference == null || reference.isBlank() ? "No case was named: open a case from your "
                    + "tasks or the search." : "There is no case " + reference + ".");
        }
    }

    public void startAssessing() {
        act(() -> triage.startAssessing(caseReference(), staff),
                "You have taken the triage: colleagues see it is yours, and the complainant sees it is being assessed.");
    }

    public boolean isAssessing() {
        return caseFile != null && caseFile.openTasks().stream()
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
        act(() -> triage.decide(caseReference(), new Triage.TriageDecision(choice.name(), triageNote,
                publicInterestReason, enquiryDueDate, referredTo, allegations), staff), done);
    }

    public void decide() {
        if (isHearingOpen()) {
            act(() -> decisions.recordHearingDecision(caseReference(), outcome, reasons,
                    ClauseId.parseAll(clauses, "clauses"), orderEndsOn, staff),
                    "The hearing's decision is recorded; its letters wait for approval.");
        } else {
            act(() -> decisions.record(caseReference(), outcome, reasons,
                    ClauseId.parseAll(clauses, "clauses"), staff),
                    "Decision recorded; the letters are being drafted for approval.");
        }
    }

    void act(Runnable action, String done) {
        act(action, done, FIELDS);
    }

    void act(Runnable action, String done, Map<String, String> fields) {
        try {
            action.run();
            showAgain(done);
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, fields);
        } catch (AccessDeniedException e) {
            audit.record(staff.username(), AuditEntry.DENIED, "case " + reference, false,
                    e.getMessage());
            FacesMessages.error(e.getMessage());
        } catch (WrongStageException e) {
            FacesMessages.error(e.getMessage());
        } catch (RuntimeException e) {
            if (!ConcurrentChange.causes(e)) {
                throw e;
            }
            FacesMessages.error(ConcurrentChange.MESSAGE);
            load();
        }
    }

    /**
     * After an action: the case's own address again, with what happened. Post/Redirect/Get, so that reloading the
     * page shows the case and repeats nothing, and the address can be bookmarked or shared.
     */
    void showAgain(String done) {
        FacesMessages.info(done);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/staff/case.xhtml?ref="
                    + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who wrote what the letters carry: the decision's maker, or for the notice whoever accepted the case. */
    public String lettersAuthor() {
        if (caseFile == null) {
            return null;
        }
        return caseFile.decision() != null ? caseFile.decision().decidedBy()
                : caseFile.triage() != null ? caseFile.triage().by() : null;
    }

    /** Letters approved and not yet issued: the engine issues them in a step of its own, seconds later. */
    public boolean isLettersIssuing() {
        return caseFile != null && caseFile.drafts().stream().anyMatch(d -> "APPROVED".equals(d.state()));
    }

    public boolean isAwaiting(String taskKey) {
        return caseFile != null && caseFile.openTasks().stream().anyMatch(t -> t.taskKey().equals(taskKey));
    }

    public boolean isTriageOpen() {
        return isAwaiting(WorkflowVariables.TRIAGE_TASK) && staff.hasRole("INVESTIGATOR");
    }

    public boolean isDecisionOpen() {
        return (isAwaiting(WorkflowVariables.DECISION_TASK) || isHearingOpen()) && staff.hasRole("CASE_EXAMINER");
    }

    public boolean isHearingOpen() {
        return isAwaiting(WorkflowVariables.HEARING_TASK) && staff.hasRole("CASE_EXAMINER");
    }

    public List<ClauseView> getClauseOptions() {
        if (clauseOptions == null) {
            clauseOptions = policies.citableClauses();
        }
        return clauseOptions;
    }

    public Outcome[] getOutcomes() { return Outcome.values(); }
    public String getReference() { return reference; }

    /** The case this page is about, as the address named it (a reference that cannot be a case's finds none). */
    public CaseReference caseReference() {
        return CaseReference.parse(reference);
    }
    public void setReference(String reference) { this.reference = reference; }
    public CaseView getCaseFile() { return caseFile; }

    /** The case's story: the workflow's steps and what staff recorded, without the views of the case file. */
    public List<CaseTimeline.Entry> getStory() {
        return getTimeline().stream().filter(e -> !"AUDIT".equals(e.kind())).toList();
    }

    /** Who viewed the case file, opened an original or was refused: the audit log's part of the timeline. */
    public List<CaseTimeline.Entry> getViews() {
        return getTimeline().stream().filter(e -> "AUDIT".equals(e.kind())).toList();
    }

    /** Read once per load, as the page renders, after any action of the request. */
    public List<CaseTimeline.Entry> getTimeline() {
        if (timeline == null) {
            timeline = caseFile == null ? List.of() : timelines.of(CaseReference.parse(caseFile.reference()));
        }
        return timeline;
    }
    public String getPublicInterestReason() { return publicInterestReason; }
    public void setPublicInterestReason(String v) { this.publicInterestReason = v; }
    public LocalDate getEnquiryDueDate() { return enquiryDueDate; }
    public void setEnquiryDueDate(LocalDate v) { this.enquiryDueDate = v; }
    public String getReferredTo() { return referredTo; }
    public void setReferredTo(String v) { this.referredTo = v; }
    public LocalDate getOrderEndsOn() { return orderEndsOn; }
    public void setOrderEndsOn(LocalDate v) { this.orderEndsOn = v; }
    public List<String> getAllegations() { return allegations; }
    public void setAllegations(List<String> allegations) { this.allegations = allegations; }
    public AllegationCategory[] getAllegationCategories() { return AllegationCategory.values(); }
    public String getTriageNote() { return triageNote; }
    public void setTriageNote(String triageNote) { this.triageNote = triageNote; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public List<String> getClauses() { return clauses; }
    public void setClauses(List<String> clauses) { this.clauses = clauses; }
}
