package org.casework.policy.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casework.kernel.Listing;
import org.casework.policy.boundary.ClauseView;
import org.casework.policy.boundary.PolicyLibrary;

/** The citable clauses, for scripts that record decisions. */
@Path("v1/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    PolicyLibrary library;

    @GET
    @Path("clauses")
    public Listing<ClauseView> clauses() {
        return Listing.of(library.citableClauses());
    }
}
