package org.casework.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** What the case's latest {@code step} recorded (an interim order decided, say), if it was ever taken. */
    public Optional<CaseStep> latest(Complaint complaint, String step) {
        return of(complaint).stream().filter(s -> s.step().equals(step)).reduce((a, b) -> b);
    }
}
