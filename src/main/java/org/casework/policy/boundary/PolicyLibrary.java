package org.casework.policy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casework.kernel.ClauseId;
import org.casework.kernel.InvalidFieldException;
import org.casework.policy.entity.PolicyClause;

/** Looks up the clauses that decisions cite. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyLibrary {

    @Inject
    EntityManager em;

    public List<ClauseView> citableClauses() {
        return em.createNamedQuery(PolicyClause.ALL, PolicyClause.class).getResultStream()
                .map(c -> new ClauseView(c.clauseId().value(), c.number(), c.heading(), c.body(),
                        c.version().document().title(), c.version().label(), c.version().effectiveFrom(),
                        c.version().effectiveTo()))
                .toList();
    }

    /** The clauses named, in the order given; an unknown or malformed id is refused by name. */
    public List<PolicyClause> clauses(List<String> clauseIds) {
        return cited(ClauseId.parseAll(clauseIds, "clauses"));
    }

    /** The clauses named, in the order given; an id no version holds is refused by name. */
    public List<PolicyClause> cited(List<ClauseId> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<ClauseId, PolicyClause> found = em.createNamedQuery(PolicyClause.BY_CLAUSE_IDS, PolicyClause.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(PolicyClause::clauseId, Function.identity()));
        List<PolicyClause> ordered = new ArrayList<>();
        for (ClauseId id : ids) {
            PolicyClause clause = found.get(id);
            if (clause == null) {
                throw new InvalidFieldException("clauses", "contains an unknown clause: " + id);
            }
            ordered.add(clause);
        }
        return ordered;
    }
}
