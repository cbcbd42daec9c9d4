package org.casework.demo.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casework.demo.boundary.DemoClock;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseTimers;

/**
 * {@code /api/v1/admin/demo-clock} (administrators, demo mode only): the demo's "advance the clock" for scripts and
 * tests, as the admin page offers it; a real installation answers 403.
 */
@Path("v1/admin/demo-clock")
@Produces(MediaType.APPLICATION_JSON)
public class DemoClockResource {

    @Inject
    DemoClock clock;
    @Inject
    StaffIdentity staff;

    @GET
    public Listing<CaseTimers.Timer> timers(@QueryParam("case") String reference) {
        if (reference != null && !CaseReference.isWellFormed(reference)) {
            throw new InvalidFieldException("case", "is not a case reference such as MSC-2026-000001");
        }
        return Listing.of(clock.timers(reference == null ? null : CaseReference.parse(reference), staff));
    }

    @POST
    @Path("{jobId}")
    public CaseTimers.Timer fire(@PathParam("jobId") String jobId) {
        return clock.fire(jobId, staff);
    }
}
