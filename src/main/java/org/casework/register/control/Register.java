package org.casework.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.casework.register.entity.Practitioner;

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
}
