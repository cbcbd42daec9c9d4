package org.casework.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.security.control.StaffDirectory;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffIdentity;

/** The signed-in member of staff of the current request, the same for pages and for the API. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @Inject
    StaffDirectory directory;

    @Inject
    HttpServletRequest request;

    private StaffIdentity identity;
    private String readFor; // the caller the identity was read for; null: nobody signed in

    /**
     * Dependent, not request-scoped: a record cannot be proxied. Inject it only into per-request beans. Worked out
     * once per request: every bean of a page injects it, and each asks the container for every role.
     */
    @Produces
    StaffIdentity identity() {
        Principal principal = security.getCallerPrincipal();
        String caller = principal == null ? null : principal.getName();
        if (identity == null || !Objects.equals(readFor, caller)) {
            identity = read(principal); // signing in changes who the request is for part of the way through
            readFor = caller;
        }
        return identity;
    }

    private StaffIdentity read(Principal principal) {
        if (principal == null) {
            return new StaffIdentity("anonymous", "anonymous", Set.of());
        }
        var roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole)
                .collect(Collectors.toSet());
        // the roles the container checked, with the team and lead the directory holds: as the authentication
        // mechanism read them for this request, so that a database outage is met there, before any resource
        if (request.getAttribute(StaffAuthentication.IDENTITY) instanceof StaffIdentity a
                && a.username().equals(principal.getName())) {
            return new StaffIdentity(a.username(), a.displayName(), roles, a.team(), a.teamLead());
        }
        return directory.current(principal.getName())
                .map(a -> new StaffIdentity(a.username(), a.displayName(), roles, a.team(), a.teamLead()))
                .orElseGet(() -> new StaffIdentity(principal.getName(), principal.getName(), roles));
    }
}
