package org.casework.cases.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casework.security.entity.StaffIdentity;

/**
 * Staff work on a case over JSON: read the case file, triage, record the decision. web.xml lets investigators and
 * case examiners in; the process's candidate groups decide who may complete which step. JSON bodies only, so a
 * cross-site form cannot post here.
 */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    @Inject
    CaseFiles caseFiles;

    @Inject
    Triage triage;

    @Inject
    Decisions decisions;

    @Inject
    StaffIdentity staff;

    public record TriageRequest(String decision, String note) {
    }

    public record DecisionRequest(String outcome, String reasons, List<String> clauses) {
    }

    @GET
    @Path("{reference}")
    public CaseView caseFile(@PathParam("reference") String reference) {
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{reference}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView triage(@PathParam("reference") String reference, TriageRequest request) {
        if (request != null && "CLOSE".equals(request.decision())) {
            triage.closeWithNoFurtherAction(reference, request.note(), staff);
        } else if (request != null && "ACCEPT".equals(request.decision())) {
            triage.accept(reference, request.note(), staff);
        } else {
            throw new org.casework.cases.entity.InvalidFieldException("decision", "must be ACCEPT or CLOSE");
        }
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{reference}/triage/assessing")
    public CaseView startAssessing(@PathParam("reference") String reference) {
        triage.startAssessing(reference, staff);
        return caseFiles.caseFile(reference);
    }

    @POST
    @Path("{reference}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView decide(@PathParam("reference") String reference, DecisionRequest request) {
        if (request == null) {
            throw new org.casework.cases.entity.InvalidFieldException("outcome", "is required");
        }
        decisions.record(reference, request.outcome(), request.reasons(), request.clauses(), staff);
        return caseFiles.caseFile(reference);
    }
}
