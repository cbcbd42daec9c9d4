package org.casework.portal.entity;

import java.io.Serializable;

/** Who is signed in to the portal, as the HTTP session carries them: their account, never a case or a role. */
public record PortalUser(long accountId, String email, String fullName) implements Serializable {

    /** What the audit log and the case's steps put before a portal user's address. */
    public static final String ACTOR_PREFIX = "portal:";

    public static PortalUser of(PortalAccount account) {
        return new PortalUser(account.id(), account.email(), account.fullName());
    }

    /** How the audit log and the case's steps name them: never a staff username. */
    public String actor() {
        return ACTOR_PREFIX + email;
    }
}
