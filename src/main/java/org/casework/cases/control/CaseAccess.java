package org.casework.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.TeamCode;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/**
 * Who may open which case: investigators the cases of their own team; case examiners the cases referred to them,
 * that is, cases referred for a decision and cases on which the workflow has put any step to the case examiners
 * (approving a letter, say). Registrars and administrators open no case file.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CaseWorkflow workflow;

    public boolean mayOpen(Complaint c, StaffIdentity who) {
        if (who.investigationTeam() != null && c.team() != null && who.investigationTeam().equals(c.team().value())) {
            return true;
        }
        return who.hasRole(Role.CASE_EXAMINER_NAME)
                && (c.referredAt() != null || workflow.everPutTo(c.reference().value(), Role.CASE_EXAMINER_NAME));
    }

    /** The same rule as a query condition, for search: examiners find the cases referred for a decision. */
    public Predicate visibleTo(StaffIdentity who, CriteriaBuilder cb, Root<Complaint> root) {
        Predicate team = who.investigationTeam() != null ? cb.equal(root.get("routing").get("team"),
                new TeamCode(who.investigationTeam())) : cb.disjunction();
        Predicate referred = who.hasRole(Role.CASE_EXAMINER_NAME) ? cb.isNotNull(root.get("referredAt"))
                : cb.disjunction();
        return cb.or(team, referred);
    }
}
