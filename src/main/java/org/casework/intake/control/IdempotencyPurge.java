package org.casework.intake.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First answers kept under an {@code Idempotency-Key} live for {@code casework.idempotency.hours} (24): long enough
 * for any client's retries, not forever. Each hour the older ones are deleted (one statement, on the created_at
 * index); a key met after its lifetime but before the purge is treated as new as well.
 */
@Singleton
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class.getName());

    @Inject
    @ConfigProperty(name = "casework.idempotency.hours", defaultValue = "24")
    int hours;

    @Inject
    EntityManager em;

    public Duration lifetime() {
        return Duration.ofHours(Math.max(1, hours));
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void purge() {
        int purged = purgeBefore(Instant.now().minus(lifetime()));
        if (purged > 0) {
            LOG.info(() -> purged + " idempotency keys past their lifetime purged");
        }
    }

    public int purgeBefore(Instant cutoff) {
        return em.createQuery("delete from IdempotentSubmission s where s.createdAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
