package org.casework.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.casework.cases.entity.CaseStatus;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.NamedPractitioner;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Outcome;
import org.casework.kernel.Require;

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
        return require(CaseReference.parse(reference));
    }

    /** Earlier cases of the same registrant that ended with a finding (anything but no further action). */
    public long previousFindings(Complaint complaint) {
        if (complaint.registrant() == null) {
            return 0;
        }
        return em.createQuery("select count(c) from Complaint c where c.registrant = :who and c <> :self "
                        + "and c.status = org.casework.cases.entity.CaseStatus.CLOSED "
                        + "and c.decision.outcome <> org.casework.kernel.Outcome.NO_FURTHER_ACTION", Long.class)
                .setParameter("who", complaint.registrant()).setParameter("self", complaint).getSingleResult();
    }

    /** Another case about the same registrant: reference, status and outcome (null until decided). */
    public record OtherCase(String reference, String status, Outcome outcome) {
    }

    /** The registrant's other cases, newest first, at most {@value #OTHER_CASES}. */
    public List<OtherCase> otherCasesOf(Complaint complaint) {
        if (complaint.registrant() == null) {
            return List.of();
        }
        return em.createQuery("select c.reference, c.status, d.outcome from Complaint c left join c.decision d "
                        + "where c.registrant = :who and c <> :self order by c.receivedAt desc", Object[].class)
                .setParameter("who", complaint.registrant()).setParameter("self", complaint)
                .setMaxResults(OTHER_CASES).getResultStream()
                .map(r -> new OtherCase(((CaseReference) r[0]).value(),
                        ((CaseStatus) r[1]).name(),
                        (Outcome) r[2]))
                .toList();
    }

    static final int OTHER_CASES = 20;

    /**
     * The references of the open cases whose practitioner's name contains this one (one narrow scan of the cases'
     * own table), or null when more than {@code most} match.
     */
    public List<String> openCasesNaming(String practitioner, int most) {
        List<String> references = em.createQuery("select c.reference from Complaint c where c.status <> "
                        + "org.casework.cases.entity.CaseStatus.CLOSED and c.practitioner.nameKey like :name",
                        CaseReference.class)
                .setParameter("name", Require.containing(
                        NamedPractitioner.keyOf(practitioner)))
                .setMaxResults(most + 1).getResultStream().map(CaseReference::value).toList();
        return references.size() > most ? null : references;
    }

    public void add(Complaint complaint) {
        em.persist(complaint);
    }
}
