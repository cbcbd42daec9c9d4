package org.casework.security.boundary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.casework.security.entity.StaffAccount;

/**
 * People by their names, not their usernames, on the staff's pages: "Ivy Investigator" for {@code investigator};
 * the system's own steps and the portal's people in words. Names are read at most once a minute per person.
 */
@Named
@ApplicationScoped
public class StaffNames {

    static final Duration KEEP = Duration.ofMinutes(1);
    private static final String PORTAL = "portal:";

    @Inject
    EntityManager em;

    private record Known(String name, Instant until) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** The person's name as staff administration gives it; the username itself when nobody has it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (username.equals("system")) {
            return "the system";
        }
        if (username.startsWith(PORTAL)) {
            return username.substring(PORTAL.length()) + " (online)";
        }
        Instant now = Instant.now();
        Known cached = known.get(username);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.name();
        }
        String name = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .map(StaffAccount::displayName).orElse(username);
        known.put(username, new Known(name, now.plus(KEEP)));
        return name;
    }
}
