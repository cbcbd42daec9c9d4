package org.casework.security.entity;

import java.io.Serializable;
import java.util.Set;

/** Who is acting: a signed-in member of staff and the roles they hold. Kept in the HTTP session after sign-in;
 * {@code team} is null for staff outside the investigation teams. */
public record StaffIdentity(String username, String displayName, Set<String> roles, String team, boolean teamLead)
        implements Serializable {

    public StaffIdentity {
        roles = Set.copyOf(roles);
    }

    public StaffIdentity(String username, String displayName, Set<String> roles) {
        this(username, displayName, roles, null, false);
    }

    /**
     * The team whose cases this person sees as an investigator, or null: case examiners, registrars and admins have
     * none, and case examiners take work from every team.
     */
    public String investigationTeam() {
        return hasRole(Role.INVESTIGATOR_NAME) ? team : null;
    }

    /** Leads this team: may hand its tasks to its members and move its cases to another team. */
    public boolean leads(String teamCode) {
        return teamLead && team != null && team.equals(teamCode);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** An investigator or a case examiner: who works on cases (notes, allegations, documents, messages). */
    public boolean worksOnCases() {
        return roles.contains(Role.INVESTIGATOR_NAME) || roles.contains(Role.CASE_EXAMINER_NAME);
    }
}
