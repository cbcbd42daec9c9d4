package org.casework.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The container-managed EntityManager, produced once and injected with {@code @Inject} everywhere.
 *
 * <p>Why one producer: the workflow's jobs run on threads that belong to no component (so that the engine's
 * connection joins each job's transaction), and there Payara cannot look up the persistence unit for an
 * EntityManager used for the first time. This one is first used when it is created, at startup, in the application's
 * context, and serves every thread after that.
 */
@ApplicationScoped
public class Persistence {

    @Produces
    @PersistenceContext(unitName = "casework")
    EntityManager entityManager;

    @PostConstruct
    void resolveUnitNow() {
        entityManager.getMetamodel();
    }
}
