package org.casework.security.entity;

import java.io.Serializable;
import java.util.Set;

/** Who is acting: a signed-in member of staff and the roles they hold. Kept in the HTTP session after sign-in. */
public record StaffIdentity(String username, String displayName, Set<String> roles) implements Serializable {

    public StaffIdentity {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
