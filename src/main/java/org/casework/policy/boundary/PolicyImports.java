package org.casework.policy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.policy.control.PolicyFile;
import org.casework.policy.control.PolicySuccession;
import org.casework.policy.entity.PolicyVersion;

/** An administrator's import of a policy version: a preview that stores nothing, or the import itself. */
@ApplicationScoped
@Transactional
public class PolicyImports {

    @Inject
    EntityManager em;

    /** A version as the library lists it; {@code cited} versions can only be superseded. */
    public record VersionSummary(String document, String label, LocalDate effectiveFrom, LocalDate effectiveTo,
                                 long clauses, boolean cited) implements Serializable {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionSummary> versions() {
        Map<Long, Long> clauses = em.createQuery("select c.version.id, count(c) from PolicyClause c "
                + "group by c.version.id", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        Set<Long> cited = Set.copyOf(em.createQuery("select distinct c.version.id from Decision d "
                + "join d.citedClauses c", Long.class).getResultList());
        return em.createQuery("select v from PolicyVersion v order by v.document.code, v.effectiveFrom",
                PolicyVersion.class).getResultStream().map(v -> new VersionSummary(v.document().title(), v.label(),
                v.effectiveFrom(), v.effectiveTo(), clauses.getOrDefault(v.id(), 0L), cited.contains(v.id())))
                .toList();
    }

    public PolicySuccession.Plan preview(PolicyFile file) {
        return new PolicySuccession(em).preview(file);
    }

    public PolicySuccession.Plan importVersion(PolicyFile file) {
        return new PolicySuccession(em).apply(file);
    }
}
