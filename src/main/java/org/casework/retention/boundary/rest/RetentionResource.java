package org.casework.retention.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.casework.kernel.Listing;
import org.casework.retention.boundary.Retention;
import org.casework.security.entity.StaffIdentity;

/**
 * {@code /api/v1/admin/retention} (administrators, see web.xml): the dry run of what is past its retention period,
 * disposal proposals, and their approval by a second administrator.
 */
@Path("v1/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    /** The cases to propose; none means every due case the dry run lists. */
    public record ProposalRequest(List<String> references) {
    }

    @Inject
    Retention retention;
    @Inject
    StaffIdentity staff;

    /** What would go, changing nothing. */
    @GET
    public Retention.DryRun dryRun() {
        return retention.dryRun();
    }

    @GET
    @Path("proposals")
    public Listing<Retention.ProposalView> proposals() {
        return Listing.of(retention.proposals());
    }

    @POST
    @Path("proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(ProposalRequest request) {
        Retention.ProposalView proposal = retention.propose(request == null ? null : request.references(), staff);
        return Response.status(Response.Status.CREATED).entity(proposal).build();
    }

    @POST
    @Path("proposals/{id}/approval")
    public Retention.Approval approve(@PathParam("id") long id) {
        return retention.approve(id, staff);
    }
}
