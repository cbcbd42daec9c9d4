package org.casework.workspace.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.boundary.Appeals;
import org.casework.cases.boundary.CaseTasks;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.Compliance;
import org.casework.cases.boundary.DecisionReviews;
import org.casework.cases.boundary.Decisions;
import org.casework.cases.boundary.Hearings;
import org.casework.cases.boundary.InterimOrders;
import org.casework.cases.boundary.Investigation;
import org.casework.cases.boundary.PractitionerAnswers;
import org.casework.cases.boundary.TaskClaims;
import org.casework.cases.boundary.TaskQueues;
import org.casework.cases.boundary.TeamWork;
import org.casework.cases.boundary.Triage;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.letters.boundary.LetterApproval;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.QueueFilter;
import org.casework.workspace.boundary.CaseFiles;
import org.casework.workspace.boundary.rest.TaskInputs.Adjournment;
import org.casework.workspace.boundary.rest.TaskInputs.Answer;
import org.casework.workspace.boundary.rest.TaskInputs.AppealResult;
import org.casework.workspace.boundary.rest.TaskInputs.Approval;
import org.casework.workspace.boundary.rest.TaskInputs.Assignee;
import org.casework.workspace.boundary.rest.TaskInputs.ComplianceCheck;
import org.casework.workspace.boundary.rest.TaskInputs.Decision;
import org.casework.workspace.boundary.rest.TaskInputs.DecisionReview;
import org.casework.workspace.boundary.rest.TaskInputs.InterimReview;
import org.casework.workspace.boundary.rest.TaskInputs.InterimRuling;
import org.casework.workspace.boundary.rest.TaskInputs.Note;
import org.casework.workspace.boundary.rest.TaskInputs.Referral;
import org.casework.workspace.boundary.rest.TaskInputs.Revision;
import org.casework.workspace.boundary.rest.TaskInputs.Sitting;

import static org.casework.workflow.control.WorkflowVariables.APPEAL_TASK;
import static org.casework.workflow.control.WorkflowVariables.APPROVAL_TASK;
import static org.casework.workflow.control.WorkflowVariables.COMPLIANCE_TASK;
import static org.casework.workflow.control.WorkflowVariables.DECISION_REVIEW_TASK;
import static org.casework.workflow.control.WorkflowVariables.DECISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.ENQUIRY_TASK;
import static org.casework.workflow.control.WorkflowVariables.HDC_TASK;
import static org.casework.workflow.control.WorkflowVariables.HEARING_TASK;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_DECISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_REVIEW_TASK;
import static org.casework.workflow.control.WorkflowVariables.INVESTIGATION_TASK;
import static org.casework.workflow.control.WorkflowVariables.RESPONSE_TASK;
import static org.casework.workflow.control.WorkflowVariables.REVIEW_TASK;
import static org.casework.workflow.control.WorkflowVariables.REVISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.SCHEDULE_TASK;
import static org.casework.workflow.control.WorkflowVariables.TRIAGE_TASK;
import static org.casework.workflow.control.WorkflowVariables.UNDERTAKINGS_TASK;
import static org.casework.workflow.control.WorkflowVariables.WARNING_TASK;

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
    TaskQueues queues;
    @Inject
    TaskClaims claims;
    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseTasks caseTasks;
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
    @Inject
    TeamWork teamWork;
    @Inject
    Appeals appeals;
    @Inject
    Hearings hearings;
    @Inject
    InterimOrders interimOrders;
    @Inject
    Compliance compliance;
    @Inject
    DecisionReviews decisionReviews;

    @GET
    public Listing<CaseView.TaskView> tasks() {
        return Listing.of(caseTasks.tasksFor(staff));
    }

    /** The count badge of each queue: {@code {"MINE": 2, "TEAM": 14}}. */
    @GET
    @Path("queues")
    public Map<QueueFilter.Queue, Long> queueCounts() {
        return queues.counts(staff);
    }

    /**
     * A page of a queue ({@code mine} or {@code team}), filtered by {@code reference}, {@code practitioner},
     * {@code platform}, {@code overdue}, {@code unassigned}, ordered by {@code sort} ({@code created}, {@code due},
     * {@code name}) and {@code order} ({@code asc}, {@code desc}), from {@code first}, at most {@code max} (100).
     */
    @GET
    @Path("queues/{queue}")
    public TaskQueues.QueuePage queue(@PathParam("queue") String queue, @QueryParam("reference") String reference,
                                      @QueryParam("practitioner") String practitioner,
                                      @QueryParam("platform") String platform,
                                      @QueryParam("overdue") boolean overdue,
                                      @QueryParam("unassigned") boolean unassigned,
                                      @QueryParam("sort") @DefaultValue("created") String sort,
                                      @QueryParam("order") @DefaultValue("asc") String order,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("25") int max) {
        QueueFilter filter = new QueueFilter(Require.oneOf(QueueFilter.Queue.class, queue, "queue"), reference, practitioner,
                platform == null || platform.isBlank() ? null : Require.oneOf(Platform.class, platform, "platform").name(),
                overdue, unassigned, Require.oneOf(QueueFilter.Sort.class, sort, "sort"), switch (order) {
                    case "asc" -> true;
                    case "desc" -> false;
                    default -> throw new InvalidFieldException("order", "must be asc or desc");
                });
        return queues.page(filter, staff, first, max);
    }

    /** The task becomes the caller's; 409 when someone else holds it. */
    @POST
    @Path("{id}/claim")
    public CaseView claim(@PathParam("id") String id) {
        return caseFiles.caseFile(CaseReference.parse(claims.claim(id, staff)));
    }

    /** The caller gives the task back to the team queue. */
    @POST
    @Path("{id}/release")
    public CaseView release(@PathParam("id") String id) {
        return caseFiles.caseFile(CaseReference.parse(claims.release(id, staff)));
    }

    /** A team lead hands the task to a member of the case's team, or back to the queue ({@code username} null). */
    @PUT
    @Path("{id}/assignee")
    public CaseView assign(@PathParam("id") String id, Assignee body) {
        String reference = teamWork.assign(id, body == null ? null : body.username(), staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    @POST
    @Path("{id}/triage")
    public CaseView triage(@PathParam("id") String id, Triage.TriageDecision body) {
        return complete(id, TRIAGE_TASK, ref -> triage.decide(ref, body, staff));
    }

    @POST
    @Path("{id}/hdc-decision")
    public CaseView hdcDecision(@PathParam("id") String id, Note body) {
        return complete(id, HDC_TASK, ref -> investigation.recordHdcDecision(ref, note(body), staff));
    }

    @POST
    @Path("{id}/employer-information")
    public CaseView employerInformation(@PathParam("id") String id, Note body) {
        return complete(id, ENQUIRY_TASK,
                ref -> investigation.recordEmployerInformation(ref, note(body), staff));
    }

    @POST
    @Path("{id}/practitioner-response")
    public CaseView practitionerResponse(@PathParam("id") String id, Note body) {
        return complete(id, RESPONSE_TASK, ref -> investigation.recordResponse(ref, note(body), staff));
    }

    @POST
    @Path("{id}/referral")
    public CaseView referral(@PathParam("id") String id, Referral body) {
        return complete(id, INVESTIGATION_TASK, ref -> {
            Referral r = required(body, "harm");
            investigation.referToExaminers(ref, r.note(), r.expertOpinion(), r.facts(), staff);
        });
    }

    @POST
    @Path("{id}/decision")
    public CaseView decision(@PathParam("id") String id, Decision body) {
        return complete(id, DECISION_TASK, ref -> {
            Decision d = required(body, "outcome");
            decisions.record(ref, Outcome.parse(d.outcome()), d.reasons(), d.clauseIds(), d.termsProposed(), staff);
        });
    }

    @POST
    @Path("{id}/hearing-decision")
    public CaseView hearingDecision(@PathParam("id") String id, Decision body) {
        return complete(id, HEARING_TASK, ref -> {
            Decision d = required(body, "outcome");
            decisions.recordHearingDecision(ref, Outcome.parse(d.outcome()), d.reasons(), d.clauseIds(),
                    d.orderEndsOn(), d.termsProposed(), d.fine(), d.costs(), staff);
        });
    }

    @POST
    @Path("{id}/review")
    public CaseView review(@PathParam("id") String id, Note body) {
        return complete(id, REVIEW_TASK, ref -> decisions.reviewOrder(ref, note(body), staff));
    }

    @POST
    @Path("{id}/warning-answer")
    public CaseView warningAnswer(@PathParam("id") String id, Answer body) {
        return complete(id, WARNING_TASK, ref -> {
            Answer a = required(body, "answer");
            answers.answerWarning(ref, a.answer(), a.note(), staff);
        });
    }

    @POST
    @Path("{id}/undertakings-answer")
    public CaseView undertakingsAnswer(@PathParam("id") String id, Answer body) {
        return complete(id, UNDERTAKINGS_TASK, ref -> {
            Answer a = required(body, "answer");
            answers.answerUndertakings(ref, a.answer(), a.note(), staff);
        });
    }

    @POST
    @Path("{id}/letter-approval")
    public CaseView letterApproval(@PathParam("id") String id, Approval body) {
        return complete(id, APPROVAL_TASK, ref -> {
            Approval a = required(body, "approved");
            letterApproval.review(ref, TaskInputs.yesOrNo(a.approved(), "approved"), a.note(), staff);
        });
    }

    @POST
    @Path("{id}/letter-revision")
    public CaseView letterRevision(@PathParam("id") String id, Revision body) {
        String reasons = body == null ? null : body.reasons();
        return complete(id, REVISION_TASK, ref -> decisions.reviseReasons(ref, reasons, staff));
    }

    @POST
    @Path("{id}/hearing-schedule")
    public CaseView scheduleHearing(@PathParam("id") String id, Sitting body) {
        return complete(id, SCHEDULE_TASK,
                ref -> hearings.schedule(ref, required(body, "sitsAt").sitting(), staff));
    }

    @POST
    @Path("{id}/hearing-adjournment")
    public CaseView adjournHearing(@PathParam("id") String id, Adjournment body) {
        return complete(id, HEARING_TASK, ref -> hearings.adjourn(ref, body == null ? null : body.reason(), staff));
    }

    @POST
    @Path("{id}/interim-order")
    public CaseView decideInterimOrder(@PathParam("id") String id, InterimRuling body) {
        return complete(id, INTERIM_DECISION_TASK,
                ref -> interimOrders.decide(ref, required(body, "made").ruling(), staff));
    }

    @POST
    @Path("{id}/interim-order-review")
    public CaseView reviewInterimOrder(@PathParam("id") String id, InterimReview body) {
        return complete(id, INTERIM_REVIEW_TASK,
                ref -> interimOrders.review(ref, required(body, "keep").review(), staff));
    }

    @POST
    @Path("{id}/compliance-check")
    public CaseView checkCompliance(@PathParam("id") String id, ComplianceCheck body) {
        return complete(id, COMPLIANCE_TASK, ref -> {
            ComplianceCheck c = required(body, "complied");
            compliance.check(ref, TaskInputs.yesOrNo(c.complied(), "complied"), c.note(), staff);
        });
    }

    @POST
    @Path("{id}/decision-review")
    public CaseView reviewDecision(@PathParam("id") String id, DecisionReview body) {
        return complete(id, DECISION_REVIEW_TASK, ref -> {
            DecisionReview r = required(body, "setAside");
            decisionReviews.decide(ref, TaskInputs.yesOrNo(r.setAside(), "setAside"), r.reasons(), staff);
        });
    }

    @POST
    @Path("{id}/appeal-result")
    public CaseView appealResult(@PathParam("id") String id, AppealResult body) {
        return complete(id, APPEAL_TASK,
                ref -> appeals.recordResult(ref, required(body, "result").courtResult(), staff));
    }

    /** Finds the task's case (404 for no such task, 409 for another step's), runs the step, answers the case file. */
    private CaseView complete(String id, String expectedStep, Consumer<CaseReference> step) {
        CaseReference reference = CaseReference.parse(workflow.caseOf(task(id, expectedStep)));
        step.accept(reference);
        return caseFiles.caseFile(reference);
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
