package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.cases.control.CaseAccess;
import org.casework.cases.entity.CaseStatus;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.NamedPractitioner;
import org.casework.cases.entity.PostLink;
import org.casework.cases.entity.PostUrl;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.security.entity.StaffIdentity;

/**
 * Finds cases by reference, practitioner (name or registration number), complainant (name or email), platform, post
 * link (however it was written), stage, outcome and the period received. Every criterion is a bound parameter; a
 * post link is matched by its normalised hash, never fetched.
 */
@ApplicationScoped
@Transactional // one persistence context for the query and the hits' register entries
public class CaseSearch {

    static final int MAX_PAGE = 100;
    static final int NAMED_AT_MOST = 2_000;

    /** What staff search by; every field optional. */
    public record Criteria(String reference, String practitioner, String registration, String complainant,
                           String platform, String postUrl, String stage, String outcome, LocalDate from,
                           LocalDate to) {
    }

    /** One case as a search lists it. */
    /** {@code platform} and {@code outcome} by their keys (as the criteria take them), beside them in words. */
    public record Hit(String reference, String status, String practitioner, String registration, String platform,
                      String platformLabel, Instant receivedAt, String outcome, String outcomeLabel)
            implements Serializable {
    }

    public record Results(long total, int first, List<Hit> cases) implements Serializable {
    }

    @Inject
    EntityManager em;
    @Inject
    RegulatorTime time;
    @Inject
    CaseAccess access;

    /** The cases matching the criteria that this person may open. */
    public Results search(Criteria criteria, StaffIdentity who, int first, int max) {
        Require.page(first, max, MAX_PAGE);
        Criteria c = criteria == null ? new Criteria(null, null, null, null, null, null, null, null, null, null)
                : criteria;
        if (c.from() != null && c.to() != null && c.to().isBefore(c.from())) {
            throw new InvalidFieldException("to", "is before from");
        }
        List<Long> named = present(c.practitioner()) ? namingPractitioner(c.practitioner()) : null;
        if (named != null && named.isEmpty()) {
            return new Results(0, first, List.of());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Complaint> counted = count.from(Complaint.class);
        count.select(cb.count(counted))
                .where(cb.and(where(cb, count, counted, c, named)), access.visibleTo(who, cb, counted));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Complaint> page = cb.createQuery(Complaint.class);
        Root<Complaint> found = page.from(Complaint.class);
        page.select(found).where(cb.and(where(cb, page, found, c, named)), access.visibleTo(who, cb, found))
                .orderBy(cb.desc(found.get("receivedAt")), cb.desc(found.get("id")));
        List<Hit> hits = em.createQuery(page).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(CaseSearch::hit).toList();
        return new Results(total, first, hits);
    }

    /**
     * The ids of the cases naming the practitioner, read from the covering index on the name key (V18) alone; null
     * when more than {@link #NAMED_AT_MOST} do (a very common fragment), and the query filters on the key itself.
     * Filtering the cases' table by a {@code LIKE '%…%'} would read every row of it: seconds at 100,000 cases.
     */
    private List<Long> namingPractitioner(String practitioner) {
        List<Long> ids = em.createQuery("select c.id from Complaint c where c.practitioner.nameKey like :key",
                        Long.class).setParameter("key", Require.containing(NamedPractitioner.keyOf(practitioner)))
                .setMaxResults(NAMED_AT_MOST + 1).getResultList();
        return ids.size() > NAMED_AT_MOST ? null : ids;
    }

    private Predicate[] where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Complaint> root, Criteria c,
                              List<Long> named) {
        List<Predicate> all = new ArrayList<>();
        if (present(c.reference())) {
            String reference = c.reference().strip().toUpperCase();
            all.add(CaseReference.isWellFormed(reference) ? cb.equal(root.get("reference"), new CaseReference(reference))
                    : cb.like(root.get("reference").as(String.class), Require.containing(reference)));
        }
        if (named != null) {
            all.add(root.get("id").in(named));
        } else if (present(c.practitioner())) {
            all.add(cb.like(root.get("practitioner").get("nameKey"),
                    Require.containing(NamedPractitioner.keyOf(c.practitioner()))));
        }
        if (present(c.registration())) {
            Join<Object, Object> registrant = root.join("registrant", JoinType.LEFT);
            String number = c.registration().strip().toUpperCase();
            all.add(cb.or(cb.equal(registrant.get("registrationNumber"), number),
                    cb.equal(cb.upper(root.get("practitioner").get("registrationNumber")), number)));
        }
        if (present(c.complainant())) {
            Join<Object, Object> complainant = root.join("complainant");
            String text = c.complainant().strip().toLowerCase();
            all.add(cb.or(cb.like(cb.lower(complainant.get("fullName")), Require.containing(text)),
                    cb.equal(cb.lower(complainant.get("email")), text)));
        }
        if (present(c.platform())) {
            all.add(cb.equal(root.get("platform"), Require.oneOf(Platform.class, c.platform(), "platform")));
        }
        if (present(c.postUrl())) {
            Subquery<Long> links = query.subquery(Long.class);
            Root<Complaint> linked = links.from(Complaint.class);
            Join<Complaint, PostLink> link = linked.join("postLinks");
            links.select(linked.get("id")).where(cb.equal(link.get("matchHash"),
                    PostUrl.parse(c.postUrl().strip(), "postUrl").matchHash()));
            all.add(root.get("id").in(links));
        }
        if (present(c.stage())) {
            all.add(cb.equal(root.get("status"), Require.oneOf(CaseStatus.class, c.stage(), "stage")));
        }
        if (present(c.outcome())) {
            all.add(cb.equal(root.join("decision").get("outcome"), Require.oneOf(Outcome.class, c.outcome(), "outcome")));
        }
        if (c.from() != null) {
            all.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), c.from().atStartOfDay(time.zone()).toInstant()));
        }
        if (c.to() != null) {
            all.add(cb.lessThan(root.get("receivedAt"), c.to().plusDays(1).atStartOfDay(time.zone()).toInstant()));
        }
        return all.toArray(Predicate[]::new);
    }

    private static Hit hit(Complaint c) {
        return new Hit(c.reference().value(), c.status().name(), c.practitioner().name(),
                c.registrant() != null ? c.registrant().registrationNumber() : c.practitioner().registrationNumber(),
                c.platform().name(), c.platform().label(), c.receivedAt(),
                c.decision() == null ? null : c.decision().outcome().name(),
                c.decision() == null ? null : c.decision().outcome().label());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
