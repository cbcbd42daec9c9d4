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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.boundary.CaseTimeline;
import org.casework.cases.boundary.CaseView;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.platform.control.ConcurrentChange;
import org.casework.policy.boundary.ClauseView;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseTimers;
import org.casework.workflow.control.WorkflowVariables;
import org.casework.workspace.boundary.CaseFiles;

/**
 * The case page: the case file; its forms are {@link TriageCase}, {@link DecideCase}, the other steps' forms
 * {@link WorkOnStep}. Every action comes back to the case's own address ({@link #showAgain}).
 */
@Named
@ViewScoped
public class WorkOnCase implements Serializable {

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("reason", "triage:note"), Map.entry("note", "triage:note"),
            Map.entry("publicInterestReason", "triage:publicInterest"),
            Map.entry("enquiryDueDate", "triage:enquiryDue"), Map.entry("referredTo", "triage:referredTo"),
            Map.entry("referredToEmail", "triage:referredToEmail"),
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
    PolicyLibrary policies;
    @Inject
    StaffIdentity staff;
    @Inject
    CaseTimers timers;
    @Inject
    CaseSections sections;

    private String reference;
    private CaseView caseFile;
    private transient List<CaseTimeline.Entry> timeline;
    private transient List<ClauseView> clauseOptions; // the policy's texts: read again, not carried in the session
    private transient Optional<CaseTimers.Timer> waitingFor;

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
        waitingFor = null;
        try {
            caseFile = caseFiles.caseFile(caseReference());
        } catch (CaseNotFoundException e) {
            caseFile = null;
            FacesMessages.error(reference == null || reference.isBlank() ? "No case was named: open a case from your "
                    + "tasks or the search." : "There is no case " + reference + ".");
        }
    }

    void act(Runnable action, String done) {
        act(action, done, FIELDS);
    }

    void act(Runnable action, String done, Map<String, String> fields) {
        actSaying(() -> {
            action.run();
            return done;
        }, fields);
    }

    /** An action whose message says what it did (the court's result, say), then the case's own address again. */
    void actSaying(Supplier<String> action, Map<String, String> fields) {
        try {
            showAgain(action.get());
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
     * After an action: the case's own address again (the part of the page it was taken in), with what happened.
     * Post/Redirect/Get, so that reloading the page shows the case and repeats nothing, and the address can be
     * bookmarked or shared.
     */
    void showAgain(String done) {
        FacesMessages.info(done);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/staff/case.xhtml?ref="
                    + URLEncoder.encode(reference, StandardCharsets.UTF_8) + sections.query(sections.getCurrent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who wrote what the letters carry: the decision's maker, or for the notice whoever accepted the case. */
    public String lettersAuthor() {
        return caseFile == null ? null : caseFile.openTasks().stream()
                .filter(t -> WorkflowVariables.APPROVAL_TASK.equals(t.taskKey())).map(CaseView.TaskView::notFor)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Letters approved and not yet issued: the engine issues them in a step of its own, seconds later. */
    public boolean isLettersIssuing() {
        return caseFile != null && caseFile.drafts().stream().anyMatch(d -> "APPROVED".equals(d.state()));
    }

    /**
     * With no task open and the process still running, what the case waits for (a closed case watching a warning's
     * expiry or an order's review, a response's day 28): its earliest timer, if any; read once per view.
     */
    public CaseTimers.Timer getWaitingFor() {
        if (waitingFor == null) {
            waitingFor = caseFile == null || caseFile.processEnded() || !caseFile.openTasks().isEmpty()
                    ? Optional.empty() : timers.timers(caseFile.reference(), 1).stream().findFirst();
        }
        return waitingFor.orElse(null);
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
}
