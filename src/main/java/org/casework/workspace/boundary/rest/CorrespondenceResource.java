package org.casework.workspace.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Listing;
import org.casework.workspace.boundary.CaseCorrespondence;

/** A case's correspondence over the staff API: everything sent and received, in order. */
// its own root path: a root resource at v1/cases/{reference} would take every case path from CasesResource
@Path("v1/cases/{reference}/correspondence")
@Produces(MediaType.APPLICATION_JSON)
public class CorrespondenceResource {

    @Inject
    CaseCorrespondence correspondence;

    @GET
    public Listing<CaseCorrespondence.Item> correspondence(@PathParam("reference") String reference) {
        return Listing.of(correspondence.of(CaseReference.parse(reference)));
    }
}
