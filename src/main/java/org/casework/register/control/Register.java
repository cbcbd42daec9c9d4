package org.casework.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Outcome;
import org.casework.kernel.Require;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.Sanction;

/** Looks practitioners up on the register. */
@ApplicationScoped
public class Register {

    @Inject
    EntityManager em;

    /**
     * The registrant a complaint most likely names: by registration number when one was given, else by an exact,
     * unambiguous name. A suggestion for staff only; never shown to the complainant.
     */
    public Optional<Practitioner> match(String registrationNumber, String name) {
        if (registrationNumber != null && !registrationNumber.isBlank()) {
            Optional<Practitioner> byNumber = em.createNamedQuery(Practitioner.BY_REGISTRATION, Practitioner.class)
                    .setParameter("number", registrationNumber.strip()).getResultStream().findFirst();
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<Practitioner> byName = em.createNamedQuery(Practitioner.BY_NAME, Practitioner.class)
                .setParameter("name", name.strip()).setMaxResults(2).getResultList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    public boolean isEmpty() {
        return em.createQuery("select count(p) from Practitioner p", Long.class).getSingleResult() == 0;
    }

    public void add(Practitioner practitioner) {
        em.persist(practitioner);
    }

    /** A sanction a case's decision put on the registrant; it shows on the public register while it runs. */
    public Sanction impose(Practitioner practitioner, Outcome kind, CaseReference reference, LocalDate from,
                           LocalDate until) {
        Sanction sanction = new Sanction(practitioner, kind, reference, from, until);
        em.persist(sanction);
        return sanction;
    }

    /** An interim order made while the case runs; it shows on the public register as such while in force. */
    public Sanction imposeInterim(Practitioner practitioner, Outcome kind, CaseReference reference, LocalDate from,
                                  LocalDate until) {
        Sanction order = Sanction.interimOrder(practitioner, kind, reference, from, until);
        em.persist(order);
        return order;
    }

    /** The case's interim order in force, if any (one at a time). */
    public Optional<Sanction> interimOrder(CaseReference reference) {
        return running(reference).stream().filter(Sanction::interim).findFirst();
    }

    /** The case's sanction of that kind ran its time (a warning's two years): it comes off the register. */
    public void expire(CaseReference reference, Outcome kind, LocalDate on) {
        inForce(reference, kind).forEach(s -> s.expire(on));
    }

    /** The case's sanctions that still run: in force, or held while an appeal is heard. */
    public List<Sanction> running(CaseReference reference) {
        return em.createNamedQuery(Sanction.RUNNING_OF_CASE, Sanction.class).setParameter("reference", reference)
                .getResultList();
    }

    public List<Sanction> inForce(CaseReference reference, Outcome kind) {
        return em.createNamedQuery(Sanction.OF_CASE, Sanction.class).setParameter("reference", reference)
                .setParameter("kind", kind).getResultList();
    }

    /** Every sanction the registrant has had, newest first (staff see the history; the public what runs today). */
    public List<Sanction> sanctionsOf(Practitioner practitioner) {
        return em.createNamedQuery(Sanction.OF_PRACTITIONER, Sanction.class).setParameter("practitioner", practitioner)
                .getResultList();
    }

    /** Registrants by registration number (exact, any case) or by a part of their name; at most {@code max}. */
    public List<Practitioner> find(String registrationNumber, String name, int max) {
        if (registrationNumber != null && !registrationNumber.isBlank()) {
            return em.createNamedQuery(Practitioner.BY_REGISTRATION, Practitioner.class)
                    .setParameter("number", registrationNumber.strip()).setMaxResults(max).getResultList();
        }
        return em.createQuery("select p from Practitioner p where lower(p.fullName) like :name order by p.fullName",
                        Practitioner.class)
                .setParameter("name", Require.containing(name.toLowerCase(Locale.ROOT)))
                .setMaxResults(max).getResultList();
    }
}
