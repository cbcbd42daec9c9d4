package org.casework.cases.boundary;

import static org.casework.workflow.control.WorkflowVariables.APPROVAL_TASK;
import static org.casework.workflow.control.WorkflowVariables.DECISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.ENQUIRY_TASK;
import static org.casework.workflow.control.WorkflowVariables.HDC_TASK;
import static org.casework.workflow.control.WorkflowVariables.HEARING_TASK;
import static org.casework.workflow.control.WorkflowVariables.INVESTIGATION_TASK;
import static org.casework.workflow.control.WorkflowVariables.RESPONSE_TASK;
import static org.casework.workflow.control.WorkflowVariables.REVIEW_TASK;
import static org.casework.workflow.control.WorkflowVariables.REVISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.TRIAGE_TASK;
import static org.casework.workflow.control.WorkflowVariables.UNDERTAKINGS_TASK;
import static org.casework.workflow.control.WorkflowVariables.WARNING_TASK;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.entity.CaseNotFoundException;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.SanctionFacts;
import org.casework.cases.entity.WrongStageException;
import org.casework.letters.boundary.LetterApproval;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/**
 * The caller's work queue, and each open task completed by id with the typed input its step needs. Each action
 * names the step it completes: posting a response to a triage task is refused (409). Roles and the four-eyes rules
 * are checked by the same boundaries the case page uses. Answers the case file after the step.
 */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    CaseFiles caseFiles;
    @Inject
    CaseWorkflow workflow;
    @Inject
    Triage triage;
    @Inject
    Investigation investigation;
    @Inject
    Decisions decisions;
    @Inject
    PractitionerAnswers answers;
    @Inject
    LetterApproval letterApproval;
    @Inject
    StaffIdentity staff;

    public record Note(String note) {
    }

    public record Decision(String outcome, String reasons, List<String> clauses, LocalDate orderEndsOn) {
    }

    /** The referral: a summary, and the facts the sanctions guidance reads (harm NONE, MINOR or SERIOUS). */
    public record Referral(String note, String expertOpinion, String harm, boolean repeated, boolean intentional,
                           boolean insightShown) {
    }

    public record Answer(String answer, String note) {
    }

    public record Approval(Boolean approved, String note) {
    }

    public record Revision(String reasons) {
    }

    @GET
    public List<CaseView.TaskView> tasks() {
        return caseFiles.tasksFor(staff);
    }

    @POST
    @Path("{id}/claim")
    public CaseView claim(@PathParam("id") String id) {
        Task task = task(id, null);
        String reference = workflow.caseOf(task);
        workflow.claim(workflow.requireTask(reference, task.getTaskDefinitionKey(), staff.roles()), staff.username());
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/triage")
    public CaseView triage(@PathParam("id") String id, Triage.TriageDecision body) {
        String reference = caseOf(id, TRIAGE_TASK);
        triage.decide(reference, body, staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/hdc-decision")
    public CaseView hdcDecision(@PathParam("id") String id, Note body) {
        String reference = caseOf(id, HDC_TASK);
        investigation.recordHdcDecision(reference, note(body), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/employer-information")
    public CaseView employerInformation(@PathParam("id") String id, Note body) {
        String reference = caseOf(id, ENQUIRY_TASK);
        investigation.recordEmployerInformation(reference, note(body), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/practitioner-response")
    public CaseView practitionerResponse(@PathParam("id") String id, Note body) {
        String reference = caseOf(id, RESPONSE_TASK);
        investigation.recordResponse(reference, note(body), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/referral")
    public CaseView referral(@PathParam("id") String id, Referral body) {
        String reference = caseOf(id, INVESTIGATION_TASK);
        Referral r = required(body, "harm");
        investigation.referToExaminers(reference, r.note(), r.expertOpinion(),
                new SanctionFacts(r.harm(), r.repeated(), r.intentional(), r.insightShown()), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/decision")
    public CaseView decision(@PathParam("id") String id, Decision body) {
        String reference = caseOf(id, DECISION_TASK);
        Decision d = required(body, "outcome");
        decisions.record(reference, d.outcome(), d.reasons(), d.clauses(), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/hearing-decision")
    public CaseView hearingDecision(@PathParam("id") String id, Decision body) {
        String reference = caseOf(id, HEARING_TASK);
        Decision d = required(body, "outcome");
        decisions.recordHearingDecision(reference, d.outcome(), d.reasons(), d.clauses(), d.orderEndsOn(), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/review")
    public CaseView review(@PathParam("id") String id, Note body) {
        String reference = caseOf(id, REVIEW_TASK);
        decisions.reviewOrder(reference, note(body), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/warning-answer")
    public CaseView warningAnswer(@PathParam("id") String id, Answer body) {
        String reference = caseOf(id, WARNING_TASK);
        Answer a = required(body, "answer");
        answers.answerWarning(reference, a.answer(), a.note(), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/undertakings-answer")
    public CaseView undertakingsAnswer(@PathParam("id") String id, Answer body) {
        String reference = caseOf(id, UNDERTAKINGS_TASK);
        Answer a = required(body, "answer");
        answers.answerUndertakings(reference, a.answer(), a.note(), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/letter-approval")
    public CaseView letterApproval(@PathParam("id") String id, Approval body) {
        String reference = caseOf(id, APPROVAL_TASK);
        Approval a = required(body, "approved");
        if (a.approved() == null) {
            throw new InvalidFieldException("approved", "is required (true or false)");
        }
        letterApproval.review(reference, a.approved(), a.note(), staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{id}/letter-revision")
    public CaseView letterRevision(@PathParam("id") String id, Revision body) {
        String reference = caseOf(id, REVISION_TASK);
        letterApproval.revise(reference, body == null ? null : body.reasons(), staff);
        return caseFiles.caseFile(reference);
    }

    private String caseOf(String id, String expectedStep) {
        return workflow.caseOf(task(id, expectedStep));
    }

    private Task task(String id, String expectedStep) {
        Task task = workflow.task(id).orElseThrow(() -> new CaseNotFoundException("No open task " + id));
        if (expectedStep != null && !expectedStep.equals(task.getTaskDefinitionKey())) {
            throw new WrongStageException("Task " + id + " is '" + task.getName() + "', not '" + expectedStep + "'");
        }
        return task;
    }

    private static String note(Note body) {
        return body == null ? null : body.note();
    }

    private static <T> T required(T body, String field) {
        if (body == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return body;
    }
}
