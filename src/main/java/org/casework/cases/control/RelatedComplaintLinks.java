package org.casework.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.PostLink;
import org.casework.cases.entity.RelatedComplaint;
import org.casework.cases.entity.RelatedComplaint.Reason;

/**
 * Finds earlier complaints about the same matter: one naming the same post (however the link was written), or the
 * same practitioner on the same platform within 90 days. They are linked, never merged automatically.
 */
@ApplicationScoped
public class RelatedComplaintLinks {

    static final Duration WINDOW = Duration.ofDays(90);
    /** The most recent this many of each kind are linked: a viral post must not tie every complaint to every other. */
    static final int MOST = 25;

    @Inject
    EntityManager em;

    public List<RelatedComplaint> linkNew(Complaint complaint) {
        Map<Long, RelatedComplaint> links = new LinkedHashMap<>();
        List<String> hashes = complaint.postLinks().stream().map(PostLink::matchHash).toList();
        // ids, not entities: linking needs no more of the other complaints than their keys
        em.createQuery("select c.id from Complaint c join c.postLinks l "
                        + "where l.matchHash in :hashes and c <> :self order by c.receivedAt desc", Long.class)
                .setParameter("hashes", hashes).setParameter("self", complaint)
                .setMaxResults(MOST).getResultList()
                .forEach(other -> links.put(other, new RelatedComplaint(complaint,
                        em.getReference(Complaint.class, other), Reason.SAME_POST, complaint.receivedAt())));
        samePractitionerAndPlatform(complaint).forEach(other -> links.putIfAbsent(other, new RelatedComplaint(
                complaint, em.getReference(Complaint.class, other), Reason.SAME_PRACTITIONER_AND_PLATFORM,
                complaint.receivedAt())));
        links.values().forEach(em::persist);
        return List.copyOf(links.values());
    }

    public List<RelatedComplaint> of(Complaint complaint) {
        return em.createQuery("select r from RelatedComplaint r where r.complaint = :c or r.related = :c "
                        + "order by r.linkedAt", RelatedComplaint.class)
                .setParameter("c", complaint).getResultList();
    }

    /** The links between two complaints, either way round. */
    public List<RelatedComplaint> between(Complaint one, Complaint other) {
        return em.createQuery("select r from RelatedComplaint r where (r.complaint = :a and r.related = :b) "
                        + "or (r.complaint = :b and r.related = :a)", RelatedComplaint.class)
                .setParameter("a", one).setParameter("b", other).getResultList();
    }

    /** An investigator judged the two to be different matters: they are no longer shown as related. */
    public void unlink(Complaint one, Complaint other) {
        between(one, other).forEach(em::remove);
    }

    private List<Long> samePractitionerAndPlatform(Complaint complaint) {
        Instant since = complaint.receivedAt().minus(WINDOW);
        if (complaint.registrant() != null) {
            return em.createQuery("select c.id from Complaint c where c.registrant = :who and c.platform = :platform "
                            + "and c.receivedAt >= :since and c <> :self order by c.receivedAt desc", Long.class)
                    .setParameter("who", complaint.registrant()).setParameter("platform", complaint.platform())
                    .setParameter("since", since).setParameter("self", complaint).setMaxResults(MOST).getResultList();
        }
        return em.createQuery("select c.id from Complaint c where c.practitioner.nameKey = :name "
                        + "and c.platform = :platform and c.receivedAt >= :since and c <> :self "
                        + "order by c.receivedAt desc", Long.class)
                .setParameter("name", complaint.practitioner().nameKey()).setParameter("platform", complaint.platform())
                .setParameter("since", since).setParameter("self", complaint).setMaxResults(MOST).getResultList();
    }
}
