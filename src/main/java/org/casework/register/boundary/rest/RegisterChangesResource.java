package org.casework.register.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casework.register.boundary.RegisterChanges;
import org.casework.register.boundary.RegisterChanges.Page;
import org.casework.security.entity.StaffIdentity;

/**
 * {@code /api/v1/admin/register-changes?since=…} (administrators, see web.xml): the sanctions imposed, expired or
 * revoked since a moment, for the regulator's own register system to follow; ask again from {@code next}.
 */
@Path("v1/admin/register-changes")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterChangesResource {

    @Inject
    RegisterChanges changes;
    @Inject
    StaffIdentity staff;

    @GET
    public Page since(@QueryParam("since") String since, @QueryParam("max") @DefaultValue("100") int max) {
        return changes.since(since, max, staff);
    }
}
