package org.casework.security.boundary.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casework.kernel.InvalidFieldException;
import org.casework.security.control.PasswordChange;
import org.casework.security.entity.StaffIdentity;

/**
 * {@code /api/v1/account} (any member of staff): the caller's own account. {@code PUT password} replaces the
 * caller's password, the only call open after signing in with a one-time password.
 */
@Path("v1/account")
public class OwnAccountResource {

    public record NewPassword(String currentPassword, String newPassword) {
    }

    @Inject
    PasswordChange passwords;
    @Inject
    StaffIdentity staff;
    @Context
    HttpServletRequest request;

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response choosePassword(NewPassword body) {
        if (body == null || body.currentPassword() == null || body.currentPassword().isEmpty()) {
            throw new InvalidFieldException("currentPassword", "is required");
        }
        if (body.newPassword() == null || body.newPassword().isEmpty()) {
            throw new InvalidFieldException("newPassword", "is required");
        }
        passwords.choose(staff.username(), body.currentPassword().toCharArray(), body.newPassword().toCharArray(),
                request.getRemoteAddr());
        return Response.noContent().build();
    }
}
