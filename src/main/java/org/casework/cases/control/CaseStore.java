package org.casework.cases.control;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.casework.cases.entity.CaseNotFoundException;
import org.casework.cases.entity.CaseReference;
import org.casework.cases.entity.Complaint;

/** Finds and keeps cases. */
@ApplicationScoped
public class CaseStore {

    @Inject
    EntityManager em;

    public Optional<Complaint> find(CaseReference reference) {
        return em.createQuery("select c from Complaint c where c.reference = :reference", Complaint.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    public Complaint require(CaseReference reference) {
        return find(reference).orElseThrow(() -> new CaseNotFoundException("No case " + reference));
    }

    public Complaint require(String reference) {
        if (!CaseReference.isWellFormed(reference)) {
            throw new CaseNotFoundException("No case " + reference);
        }
        return require(new CaseReference(reference));
    }

    /** Earlier cases of the same registrant that ended with a finding (anything but no further action). */
    public long previousFindings(Complaint complaint) {
        if (complaint.registrant() == null) {
            return 0;
        }
        return em.createQuery("select count(c) from Complaint c where c.registrant = :who and c <> :self "
                        + "and c.status = org.casework.cases.entity.CaseStatus.CLOSED "
                        + "and c.decision.outcome <> org.casework.cases.entity.Outcome.NO_FURTHER_ACTION", Long.class)
                .setParameter("who", complaint.registrant()).setParameter("self", complaint).getSingleResult();
    }

    public void add(Complaint complaint) {
        em.persist(complaint);
    }
}
