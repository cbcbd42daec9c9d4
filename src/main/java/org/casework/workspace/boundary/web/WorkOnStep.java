package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.CaseIncidents;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.Decisions;
import org.casework.cases.boundary.Investigation;
import org.casework.cases.boundary.PractitionerAnswers;
import org.casework.cases.entity.SanctionFacts;
import org.casework.kernel.CaseReference;
import org.casework.kernel.WrongStageException;
import org.casework.letters.boundary.LetterApproval;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;

import static org.casework.workflow.control.WorkflowVariables.ACCEPTED;
import static org.casework.workflow.control.WorkflowVariables.AGREED;
import static org.casework.workflow.control.WorkflowVariables.HEARING_REQUESTED;
import static org.casework.workflow.control.WorkflowVariables.REFUSED;

/**
 * The forms of the case page for the steps between triage and decision and after it: a note for the HDC's decision,
 * the employer's information, the practitioner's response, the referral and an order's review; the answers to a
 * warning or undertakings; letter approval and revision; retrying a failed step.
 */
@Named
@ViewScoped
public class WorkOnStep implements Serializable {

    /** The note-taking steps, each with the button text the page shows. */
    static final Map<String, String> NOTE_STEPS = Map.of(
            WorkflowVariables.HDC_TASK, "Record the HDC's decision and return to triage",
            WorkflowVariables.ENQUIRY_TASK, "Record the employer's information",
            WorkflowVariables.RESPONSE_TASK, "Record the practitioner's response",
            WorkflowVariables.INVESTIGATION_TASK, "Refer to the case examiners",
            WorkflowVariables.REVIEW_TASK, "Record the review");

    /** What happened, and what comes next, after each step recorded here. */
    static final Map<String, String> NOTE_DONE = Map.of(
            WorkflowVariables.HDC_TASK, "The HDC's decision is recorded; the complaint is back at triage.",
            WorkflowVariables.ENQUIRY_TASK, "The employer's information is recorded.",
            WorkflowVariables.RESPONSE_TASK, "The practitioner's response is recorded; the investigation goes on.",
            WorkflowVariables.INVESTIGATION_TASK, "Referred to the case examiners, who now decide the case.",
            WorkflowVariables.REVIEW_TASK, "The review is recorded.");

    /** Whatever field a step's rule names, the page has one text box for it. */
    static final Map<String, String> FIELDS = Map.of("note", "step:note", "information", "step:note",
            "response", "step:note", "summary", "step:note", "reasons", "step:note", "answer", "step:note",
            "harm", "step:harm", "expertOpinion", "step:expertOpinion");

    @Inject
    WorkOnCase page;
    @Inject
    Investigation investigation;
    @Inject
    Decisions decisions;
    @Inject
    PractitionerAnswers answers;
    @Inject
    LetterApproval letters;
    @Inject
    CaseIncidents incidents;
    @Inject
    StaffIdentity staff;

    private String note;
    private String harm;
    private String expertOpinion;
    private boolean repeated;
    private boolean intentional;
    private boolean insightShown;

    /** The note step open for the signed-in person's roles, if any. */
    public String getNoteStep() {
        if (page.getCaseFile() == null) {
            return null;
        }
        return page.getCaseFile().openTasks().stream().map(CaseView.TaskView::taskKey)
                .filter(NOTE_STEPS::containsKey)
                .filter(k -> staff.hasRole(k.equals(WorkflowVariables.REVIEW_TASK) ? "CASE_EXAMINER" : "INVESTIGATOR"))
                .findFirst().orElse(null);
    }

    public String getNoteButton() {
        String step = getNoteStep();
        return step == null ? "" : NOTE_STEPS.get(step);
    }

    public void recordNote() {
        CaseReference ref = page.caseReference();
        String step = getNoteStep();
        act(() -> {
            switch (step == null ? "" : step) {
                case WorkflowVariables.HDC_TASK -> investigation.recordHdcDecision(ref, note, staff);
                case WorkflowVariables.ENQUIRY_TASK -> investigation.recordEmployerInformation(ref, note, staff);
                case WorkflowVariables.RESPONSE_TASK -> investigation.recordResponse(ref, note, staff);
                case WorkflowVariables.INVESTIGATION_TASK -> investigation.referToExaminers(ref, note, expertOpinion,
                        new SanctionFacts(harm, repeated, intentional, insightShown), staff);
                case WorkflowVariables.REVIEW_TASK -> decisions.reviewOrder(ref, note, staff);
                default -> throw new WrongStageException("Nothing to record here now.");
            }
        }, step == null ? "Nothing to record here now." : NOTE_DONE.get(step));
        note = null;
    }

    /**
     * What this person may do on the case now, in words, and where its form is: the part of the case page that holds
     * it and the form's anchor there.
     */
    public record NextAction(String part, String anchor, String label) {

        /** A form on the overview: triage, the decision, a step's note, letters, compliance, a review. */
        static NextAction onOverview(String anchor, String label) {
            return new NextAction(CaseSections.OVERVIEW, anchor, label);
        }

        /** A form under the orders: an interim order, a hearing, an appeal. */
        static NextAction onOrders(String anchor, String label) {
            return new NextAction(CaseSections.ORDERS, anchor, label);
        }
    }

    /** The one thing this person may do now, for the case's header; none when the case waits for someone else. */
    public NextAction getNextAction() {
        if (page.isTriageOpen()) {
            return NextAction.onOverview("triage", "Triage this complaint");
        }
        if (page.isAwaiting(WorkflowVariables.DECISION_REVIEW_TASK) && staff.hasRole("CASE_EXAMINER")) {
            return NextAction.onOverview("sec-review", "Review the decision (Rule 12)");
        }
        if (page.isAwaiting(WorkflowVariables.COMPLIANCE_TASK) && staff.hasRole("INVESTIGATOR")) {
            return NextAction.onOverview("sec-compliance", "Check compliance with the "
                    + page.getCaseFile().decision().outcomeLabel().toLowerCase());
        }
        if (page.isAwaiting(WorkflowVariables.INTERIM_DECISION_TASK) && staff.hasRole("CASE_EXAMINER")) {
            return NextAction.onOrders("sec-interim", "Record the interim orders panel's decision");
        }
        if (page.isAwaiting(WorkflowVariables.INTERIM_REVIEW_TASK) && staff.hasRole("CASE_EXAMINER")) {
            return NextAction.onOrders("sec-interim", "Review the interim order");
        }
        if (page.isAwaiting(WorkflowVariables.SCHEDULE_TASK) && staff.hasRole("CASE_EXAMINER")) {
            return NextAction.onOrders("sec-hearing", "Fix the hearing's date, place and panel");
        }
        if (page.isDecisionOpen()) {
            return NextAction.onOverview("decision", page.isHearingOpen() ? "Record the hearing's decision"
                    : "Record the decision");
        }
        if (getNoteStep() != null) {
            return NextAction.onOverview("step", getNoteButton());
        }
        if (isAnswerOpen(WorkflowVariables.WARNING_TASK)) {
            return NextAction.onOverview("step", "Record the practitioner's answer to the warning");
        }
        if (isAnswerOpen(WorkflowVariables.UNDERTAKINGS_TASK)) {
            return NextAction.onOverview("step", "Record the practitioner's answer to the undertakings");
        }
        if (isLettersOpen(WorkflowVariables.APPROVAL_TASK)) {
            return NextAction.onOverview("step", "Approve or reject the letters");
        }
        if (isLettersOpen(WorkflowVariables.REVISION_TASK)) {
            return NextAction.onOverview("step", "Revise the letters");
        }
        if (page.isAwaiting(WorkflowVariables.APPEAL_TASK) && staff.hasRole("CASE_EXAMINER")) {
            return NextAction.onOrders("sec-appeal", "Record the appeal's result");
        }
        return null;
    }

    public boolean isAnswerOpen(String taskKey) {
        return page.isAwaiting(taskKey) && staff.hasRole("INVESTIGATOR");
    }

    /** Letters are approved by a second person: not offered to whoever made the decision they carry. */
    public boolean isLettersOpen(String taskKey) {
        return page.isAwaiting(taskKey) && (staff.hasRole("INVESTIGATOR") || staff.hasRole("CASE_EXAMINER"))
                && !(WorkflowVariables.APPROVAL_TASK.equals(taskKey) && staff.username().equals(page.lettersAuthor()));
    }

    public void acceptWarning() {
        act(() -> answers.answerWarning(page.caseReference(), ACCEPTED, note, staff),
                "The warning is accepted; it is published for two years and the case is closed.");
    }

    public void requestHearing() {
        act(() -> answers.answerWarning(page.caseReference(), HEARING_REQUESTED, note, staff),
                "The practitioner asked for a hearing.");
    }

    public void agreeUndertakings() {
        act(() -> answers.answerUndertakings(page.caseReference(), AGREED, note, staff),
                "The undertakings are agreed; the case is closed.");
    }

    public void refuseUndertakings() {
        act(() -> answers.answerUndertakings(page.caseReference(), REFUSED, note, staff),
                "The undertakings were refused; the case goes to a hearing.");
    }

    public void approveLetters() {
        act(() -> letters.review(page.caseReference(), true, note, staff), "Approved: the letters are being issued and are listed under Letters in a moment.");
    }

    public void rejectLetters() {
        act(() -> letters.review(page.caseReference(), false, note, staff),
                "Rejected; the letters go back for revision.");
    }

    public void reviseLetters() {
        act(() -> decisions.reviseReasons(page.caseReference(), note, staff), "Revised; the letters are drafted again.");
    }

    public void retry(String incidentId) {
        act(() -> incidents.retry(page.caseReference(), incidentId, staff), "The step is being tried again.");
    }

    public boolean isReferral() {
        return WorkflowVariables.INVESTIGATION_TASK.equals(getNoteStep());
    }

    public List<String> getHarms() { return SanctionFacts.HARMS; }
    public String getExpertOpinion() { return expertOpinion; }
    public void setExpertOpinion(String v) { this.expertOpinion = v; }
    public String getHarm() { return harm; }
    public void setHarm(String harm) { this.harm = harm; }
    public boolean isRepeated() { return repeated; }
    public void setRepeated(boolean repeated) { this.repeated = repeated; }
    public boolean isIntentional() { return intentional; }
    public void setIntentional(boolean intentional) { this.intentional = intentional; }
    public boolean isInsightShown() { return insightShown; }
    public void setInsightShown(boolean insightShown) { this.insightShown = insightShown; }
    private void act(Runnable step, String done) {
        page.act(step, done, FIELDS);
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
