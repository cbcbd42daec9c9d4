package org.casework.policy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casework.policy.control.PolicyFile;
import org.casework.policy.entity.PolicyVersion;
import org.casework.policy.control.PolicyVersionImport;

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
        PolicyVersionImport library = new PolicyVersionImport(em);
        return em.createQuery("select v from PolicyVersion v order by v.document.code, v.effectiveFrom",
                PolicyVersion.class).getResultStream().map(v -> new VersionSummary(v.document().title(), v.label(),
                v.effectiveFrom(), v.effectiveTo(), em.createQuery(
                        "select count(c) from PolicyClause c where c.version = :v", Long.class)
                        .setParameter("v", v).getSingleResult(), library.cited(v))).toList();
    }

    public PolicyVersionImport.Plan preview(PolicyFile file) {
        return new PolicyVersionImport(em).preview(file);
    }

    public PolicyVersionImport.Plan importVersion(PolicyFile file) {
        return new PolicyVersionImport(em).apply(file);
    }
}
