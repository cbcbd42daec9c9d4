package org.casework.register.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.register.entity.Sanction;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffIdentity;

/**
 * The change feed the regulator's own register system follows: every sanction imposed, expired or revoked since a
 * moment, oldest first, with the moment to ask from next. A page never splits changes made at the same moment, so
 * asking again from {@code next} misses none.
 */
@ApplicationScoped
@Transactional
public class RegisterChanges {

    public static final int MOST = 500;

    /** A sanction as it now stands, on whom, and when it last changed. */
    public record Change(String registrationNumber, String name, String kind, String kindLabel, String state,
                         LocalDate from, LocalDate until, LocalDate endedOn, Instant changedAt) {
    }

    /** {@code next}: where the next request starts ({@code since}); the same as asked when nothing changed. */
    public record Page(List<Change> items, Instant next) {
    }

    @Inject
    EntityManager em;

    public Page since(String since, int max, StaffIdentity staff) {
        if (!staff.hasRole(Role.ADMIN_NAME)) {
            throw new AccessDeniedException("Only administrators (and the register systems they set up) follow "
                    + "the register's changes");
        }
        Require.page(0, max, MOST);
        Instant from = moment(since);
        List<Sanction> found = new ArrayList<>(em.createNamedQuery(Sanction.CHANGED_SINCE, Sanction.class)
                .setParameter("since", from).setMaxResults(max + 1).getResultList());
        if (found.size() > max) {
            // cut before the moment the page would split, unless the whole page is one moment
            Instant split = found.get(max).changedAt();
            List<Sanction> before = found.subList(0, max).stream().filter(s -> s.changedAt().isBefore(split))
                    .toList();
            found = new ArrayList<>(before.isEmpty() ? found.subList(0, max) : before);
        }
        List<Change> items = found.stream().map(s -> new Change(s.practitioner().registrationNumber(),
                s.practitioner().fullName(), s.kind().name(), s.label(), s.state().name(), s.startsOn(),
                s.endsOn(), s.endedOn(), s.changedAt())).toList();
        return new Page(items, items.isEmpty() ? from : items.get(items.size() - 1).changedAt());
    }

    private static Instant moment(String since) {
        if (since == null || since.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("since", "must be a moment in UTC such as 2026-12-07T03:00:00Z (the "
                    + "'next' of the previous answer)");
        }
    }
}
