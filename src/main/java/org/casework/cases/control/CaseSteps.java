package org.casework.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;

/** Keeps what each step of a case recorded, in order. */
@ApplicationScoped
public class CaseSteps {

    @Inject
    EntityManager em;

    public CaseStep record(Complaint complaint, String step, String by, Instant at, String note) {
        CaseStep recorded = new CaseStep(complaint, step, by, at, note);
        em.persist(recorded);
        return recorded;
    }

    public List<CaseStep> of(Complaint complaint) {
        return em.createNamedQuery(CaseStep.OF_CASE, CaseStep.class).setParameter("complaint", complaint)
                .getResultList();
    }
}
