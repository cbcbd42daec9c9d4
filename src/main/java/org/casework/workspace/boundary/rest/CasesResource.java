package org.casework.workspace.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.boundary.Allegations;
import org.casework.cases.boundary.Appeals;
import org.casework.cases.boundary.CaseIncidents;
import org.casework.cases.boundary.CaseNotes;
import org.casework.cases.boundary.CaseSearch;
import org.casework.cases.boundary.CaseTasks;
import org.casework.cases.boundary.CaseTimeline;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.DecisionReviews;
import org.casework.cases.boundary.Decisions;
import org.casework.cases.boundary.Duplicates;
import org.casework.cases.boundary.Hearings;
import org.casework.cases.boundary.InterimOrders;
import org.casework.cases.boundary.ProcessDiagram;
import org.casework.cases.boundary.TeamWork;
import org.casework.cases.boundary.Triage;
import org.casework.kernel.CaseReference;
import org.casework.kernel.ClauseId;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.kernel.Outcome;
import org.casework.letters.boundary.HearingBundles;
import org.casework.security.entity.StaffIdentity;
import org.casework.workspace.boundary.CaseFiles;

/**
 * Staff work on a case over JSON: read the case file and its open tasks, and act on the two steps every case
 * meets by the case's reference (triage, decision); every step, these included, is also reachable by task id under
 * {@code /api/v1/tasks}. web.xml lets investigators and case examiners in; the process's candidate groups decide who
 * may complete which step. JSON bodies only, so a cross-site form cannot post here.
 */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseTasks caseTasks;
    @Inject
    Triage triage;
    @Inject
    Decisions decisions;
    @Inject
    CaseIncidents incidents;
    @Inject
    Allegations allegations;
    @Inject
    CaseNotes notes;
    @Inject
    CaseSearch search;
    @Inject
    ProcessDiagram diagrams;
    @Inject
    AuditLog audit;
    @Inject
    CaseTimeline timelines;
    @Inject
    StaffIdentity staff;
    @Inject
    Appeals appeals;
    @Inject
    Hearings hearings;
    @Inject
    InterimOrders interimOrders;
    @Inject
    DecisionReviews decisionReviews;
    @Inject
    HearingBundles bundles;
    @Inject
    TeamWork teamWork;
    @Inject
    Duplicates relatedCases;

    public record DecisionRequest(String outcome, String reasons, List<String> clauses,
                                  List<TaskInputs.TermRequest> terms) {
    }

    /**
     * Cases found by any of {@code reference} (whole or part), {@code practitioner} (name, any part, any case),
     * {@code registration}, {@code complainant} (name or email), {@code platform}, {@code postUrl} (however written),
     * {@code stage}, {@code outcome}, received {@code from} / {@code to} (dates), newest first, a page at a time.
     */
    @GET
    public CaseSearch.Results search(@QueryParam("reference") String reference,
                                     @QueryParam("practitioner") String practitioner,
                                     @QueryParam("registration") String registration,
                                     @QueryParam("complainant") String complainant,
                                     @QueryParam("platform") String platform, @QueryParam("postUrl") String postUrl,
                                     @QueryParam("stage") String stage, @QueryParam("outcome") String outcome,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("max") @DefaultValue("25") int max) {
        return search.search(new CaseSearch.Criteria(reference, practitioner, registration, complainant, platform,
                postUrl, stage, outcome, date(from, "from"), date(to, "to")), staff, first, max);
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date like 2026-11-23");
        }
    }

    @GET
    @Path("{reference}")
    public CaseView caseFile(@PathParam("reference") String reference) {
        CaseView view = caseFiles.caseFile(CaseReference.parse(reference));
        audit.record(staff.username(), AuditEntry.VIEW_CASE, "case " + view.reference(), true, "API");
        return view;
    }

    /** Everything that happened to the case, in order: workflow steps, what staff recorded, the audit log. */
    @GET
    @Path("{reference}/timeline")
    public Listing<CaseTimeline.Entry> timeline(@PathParam("reference") String reference) {
        return Listing.of(timelines.of(CaseReference.parse(reference)));
    }

    /** The case's process: its BPMN XML, the steps completed and the step(s) it is at. */
    @GET
    @Path("{reference}/diagram")
    public ProcessDiagram.Diagram diagram(@PathParam("reference") String reference) {
        return diagrams.of(CaseReference.parse(reference));
    }

    /** The case's open tasks: id, step, due date, assignee. */
    @GET
    @Path("{reference}/tasks")
    public Listing<CaseView.TaskView> tasks(@PathParam("reference") String reference) {
        return Listing.of(caseTasks.tasksOf(CaseReference.parse(reference)));
    }

    @POST
    @Path("{reference}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView triage(@PathParam("reference") String reference, Triage.TriageDecision request) {
        triage.decide(CaseReference.parse(reference), request, staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    @POST
    @Path("{reference}/triage/assessing")
    public CaseView startAssessing(@PathParam("reference") String reference) {
        triage.startAssessing(CaseReference.parse(reference), staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    @POST
    @Path("{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView decide(@PathParam("reference") String reference, DecisionRequest request) {
        if (request == null) {
            throw new InvalidFieldException("outcome", "is required");
        }
        decisions.record(CaseReference.parse(reference), Outcome.parse(request.outcome()), request.reasons(),
                ClauseId.parseAll(request.clauses(), "clauses"), TaskInputs.TermRequest.all(request.terms()), staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    /** What the case alleges and the clauses each allegation concerns, as a whole; until the decision. */
    @PUT
    @Path("{reference}/allegations")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView reviseAllegations(@PathParam("reference") String reference, List<Allegations.Allegation> request) {
        allegations.revise(CaseReference.parse(reference), request, staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    /** The allegations in the regulator's words ({@code {"summary": ...}}), what the practitioner is told. */
    @PUT
    @Path("{reference}/allegations/summary")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView summariseAllegations(@PathParam("reference") String reference, SummaryRequest request) {
        allegations.summarise(CaseReference.parse(reference), request == null ? null : request.summary(), staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    public record SummaryRequest(String summary) {
    }

    /** The case's internal notes, oldest first, with author and time. */
    @GET
    @Path("{reference}/notes")
    public Listing<CaseView.StepView> notes(@PathParam("reference") String reference) {
        return Listing.of(notes.of(CaseReference.parse(reference)));
    }

    /** Adds an internal note ({@code {"text": ...}}) at any stage; answers 201 with the note as recorded. */
    @POST
    @Path("{reference}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("reference") String reference, NoteRequest request) {
        CaseView.StepView note = notes.add(CaseReference.parse(reference), request == null ? null : request.text(),
                staff);
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    public record NoteRequest(String text) {
    }

    /** The hearing's sittings, the first fixed first: when, where, the panel, and any adjournment. */
    @GET
    @Path("{reference}/hearings")
    public Listing<Hearings.SittingView> hearings(@PathParam("reference") String reference) {
        return Listing.of(hearings.sittings(CaseReference.parse(reference)));
    }

    /** The hearing bundle as one PDF, made from the case as it stands; each download is audited. */
    @GET
    @Path("{reference}/hearing-bundle")
    @Produces("application/pdf")
    public Response hearingBundle(@PathParam("reference") String reference) {
        CaseReference ref = CaseReference.parse(reference);
        byte[] pdf = bundles.bundle(ref);
        audit.record(staff.username(), AuditEntry.VIEW_CASE, "case " + ref, true, "API, hearing bundle with working "
                + "copies of the documents and the material the complainant agreed to share");
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\""
                + ref + "-hearing-bundle.pdf\"").header("Cache-Control", "no-store").build();
    }

    /** Whether an interim order is being considered, and the order in force, if any. */
    @GET
    @Path("{reference}/interim-order")
    public InterimOrders.Standing interimOrder(@PathParam("reference") String reference) {
        return interimOrders.standing(CaseReference.parse(reference));
    }

    public record InterimReferral(String reason) {
    }

    /** Refers the case for an interim order; the interim orders panel decides (step decideInterimOrder). */
    @POST
    @Path("{reference}/interim-order")
    @Consumes(MediaType.APPLICATION_JSON)
    public InterimOrders.Standing referForInterimOrder(@PathParam("reference") String reference,
                                                       InterimReferral request) {
        CaseReference ref = CaseReference.parse(reference);
        interimOrders.refer(ref, request == null ? null : request.reason(), staff);
        return interimOrders.standing(ref);
    }

    public record ReviewRequest(String reason) {
    }

    /** Asks for a review (Rule 12) of the closed case's decision; a case examiner reviews it (step reviewDecision). */
    @POST
    @Path("{reference}/decision-review")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView requestDecisionReview(@PathParam("reference") String reference, ReviewRequest request) {
        CaseReference ref = CaseReference.parse(reference);
        decisionReviews.request(ref, request == null ? null : request.reason(), staff);
        return caseFiles.caseFile(ref);
    }

    /** The case's appeals, and whether (and until when) its hearing's sanction may still be appealed. */
    @GET
    @Path("{reference}/appeals")
    public Appeals.Overview appeals(@PathParam("reference") String reference) {
        return appeals.overview(CaseReference.parse(reference));
    }

    /** Records an appeal lodged with the court; answers 201 with the case's appeals. */
    @POST
    @Path("{reference}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lodgeAppeal(@PathParam("reference") String reference, Appeals.Lodging request) {
        CaseReference ref = CaseReference.parse(reference);
        appeals.lodge(ref, request == null ? new Appeals.Lodging(null, null, false) : request, staff);
        return Response.status(Response.Status.CREATED).entity(appeals.overview(ref)).build();
    }

    /** The other complaint, a duplicate not yet triaged, joins this case (evidence, post links); it closes. */
    @POST
    @Path("{reference}/related/{other}/merge")
    public CaseView merge(@PathParam("reference") String reference, @PathParam("other") String other) {
        relatedCases.merge(CaseReference.parse(reference), CaseReference.parse(other), staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    /** The two are different matters: the link goes. */
    @DELETE
    @Path("{reference}/related/{other}")
    public CaseView keepApart(@PathParam("reference") String reference, @PathParam("other") String other) {
        relatedCases.keepApart(CaseReference.parse(reference), CaseReference.parse(other), staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }

    public record TeamChange(String team) {
    }

    /** The lead of the case's team moves it to another team; the case leaves the lead's own team queue. */
    @PUT
    @Path("{reference}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamChange moveToTeam(@PathParam("reference") String reference, TeamChange request) {
        teamWork.move(CaseReference.parse(reference), request == null ? null : request.team(), staff);
        return new TeamChange(request.team());
    }

    /** A step that failed after its retries is run again. */
    @POST
    @Path("{reference}/incidents/{id}/retry")
    public CaseView retry(@PathParam("reference") String reference, @PathParam("id") String incidentId) {
        incidents.retry(CaseReference.parse(reference), incidentId, staff);
        return caseFiles.caseFile(CaseReference.parse(reference));
    }
}
