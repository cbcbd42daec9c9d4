package org.casework.statistics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casework.cases.entity.CaseStatus;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.Outcome;
import org.casework.platform.control.CaseworkConfig;
import org.casework.statistics.control.OutcomeTable;

/** Counts closed cases by outcome for a period of closure dates (inclusive, in the regulator's time zone). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutcomeStatistics {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseworkConfig config;

    public OutcomeTable byOutcome(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? EARLIEST : from;
        LocalDate end = to == null ? LocalDate.now(config.zone()) : to;
        if (end.isBefore(start)) {
            throw new InvalidFieldException("to", "must not be before 'from'");
        }
        Instant startAt = start.atStartOfDay(config.zone()).toInstant();
        Instant endAt = end.plusDays(1).atStartOfDay(config.zone()).toInstant();
        List<Object[]> rows = em.createQuery("select d.outcome, count(c) from Complaint c join c.decision d "
                        + "where c.status = :closed and c.closedAt >= :start and c.closedAt < :end "
                        + "group by d.outcome", Object[].class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("start", startAt)
                .setParameter("end", endAt)
                .getResultList();
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        rows.forEach(r -> counts.put((Outcome) r[0], ((Number) r[1]).longValue()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<OutcomeTable.Row> table = Arrays.stream(Outcome.values())
                .map(o -> {
                    long n = counts.getOrDefault(o, 0L);
                    double percent = total == 0 ? 0 : Math.round(n * 1000.0 / total) / 10.0;
                    return new OutcomeTable.Row(o.name(), o.label(), n, percent);
                })
                .toList();
        return new OutcomeTable(start, end, total, table);
    }
}
