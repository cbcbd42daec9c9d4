package org.casework.security.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.security.control.SignInGuard;
import org.casework.security.control.StaffAdministration;
import org.casework.security.control.StaffAdministration.Issued;
import org.casework.security.control.StaffAdministration.Settings;
import org.casework.security.entity.StaffAccount;
import org.casework.security.entity.StaffIdentity;
import org.casework.security.entity.Team;

/**
 * {@code /api/v1/admin/users} and {@code /api/v1/admin/teams} (administrators, see web.xml): create accounts and
 * teams, change an account's name, roles, team and lead, deactivate it, reset its password. A new account and a reset
 * answer with a one-time password, never shown again.
 */
@Path("v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    /**
     * An account. In a request, a left-out {@code teamLead} or {@code active} keeps what the account has (a new
     * account: not a lead, active): leaving a field out must never deactivate someone.
     */
    public record Account(String username, String displayName, Set<String> roles, String team, Boolean teamLead,
                          Boolean active) {
        static Account of(StaffAccount a) {
            var identity = a.identity();
            return new Account(a.username(), a.displayName(), identity.roles(), identity.team(), a.teamLead(),
                    a.active());
        }

        Settings settings(boolean leadUnlessSaid, boolean activeUnlessSaid) {
            return new Settings(displayName, roles, team, teamLead == null ? leadUnlessSaid : teamLead,
                    active == null ? activeUnlessSaid : active);
        }
    }

    public record TeamView(String code, String name, boolean active) {
        static TeamView of(Team t) {
            return new TeamView(t.code().value(), t.name(), t.active());
        }
    }

    @Inject
    StaffAdministration administration;
    @Inject
    StaffIdentity staff;
    @Inject
    SignInGuard guard;

    @GET
    @Path("users")
    public Listing<Account> accounts() {
        return Listing.of(administration.accounts().stream().map(Account::of).toList());
    }

    @GET
    @Path("users/{username}")
    public Account account(@PathParam("username") String username) {
        return Account.of(administration.require(username));
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Account request) {
        Issued issued = administration.create(required(request).username(), request.settings(false, true),
                staff.username());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @PUT
    @Path("users/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account change(@PathParam("username") String username, Account request) {
        StaffAccount current = administration.require(username);
        return Account.of(administration.change(username, required(request).settings(current.teamLead(),
                current.active()), staff.username()));
    }

    @POST
    @Path("users/{username}/password")
    public Issued resetPassword(@PathParam("username") String username) {
        return administration.resetPassword(username, staff.username());
    }

    /** Whether failed sign-ins (10 in an hour) lock the account now, and for how long. */
    public record SignInLock(String username, long lockedForSeconds) {
    }

    @GET
    @Path("users/{username}/sign-in-lock")
    public SignInLock signInLock(@PathParam("username") String username) {
        String existing = administration.require(username).username();
        return new SignInLock(existing, guard.lockedFor(existing));
    }

    /** Lifts the lock that failed sign-ins put on the account (audited); the per-address limit stays. */
    @DELETE
    @Path("users/{username}/sign-in-lock")
    public Response unlock(@PathParam("username") String username) {
        guard.unlock(administration.require(username).username(), staff.username());
        return Response.noContent().build();
    }

    @GET
    @Path("teams")
    public Listing<TeamView> teams() {
        return Listing.of(administration.teams().stream().map(TeamView::of).toList());
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTeam(TeamView request) {
        if (request == null) {
            throw new InvalidFieldException("code", "is required");
        }
        Team team = administration.createTeam(request.code(), request.name(), staff.username());
        return Response.status(Response.Status.CREATED).entity(TeamView.of(team)).build();
    }

    private static Account required(Account request) {
        if (request == null) {
            throw new InvalidFieldException("username", "must be the account as JSON");
        }
        return request;
    }
}
