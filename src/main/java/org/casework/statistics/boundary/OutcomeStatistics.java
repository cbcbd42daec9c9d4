package org.casework.statistics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.casework.cases.entity.CaseStatus;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.RegulatorTime;
import org.casework.statistics.control.Dimension;
import org.casework.statistics.control.OutcomeReport;
import org.casework.statistics.control.Period;
import org.casework.statistics.control.SummarySentence;
import org.casework.statistics.control.Tally;
import org.casework.statistics.control.TimeToClose;
import org.casework.statistics.entity.AppealOutcome;
import org.casework.statistics.entity.CaseSource;
import org.casework.statistics.entity.DecidedBy;
import org.casework.statistics.entity.ReviewOutcome;

/**
 * Counts closed cases for a period: each table is one GROUP BY on the closed-case records, read from an index that
 * starts with the period's date column. Every category appears, with zero where there are none.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutcomeStatistics {

    @Inject
    EntityManager em;

    @Inject
    RegulatorTime time;

    public OutcomeReport report(Period period) {
        List<Tally> byOutcome = table(period, Dimension.OUTCOME);
        long total = byOutcome.stream().mapToLong(Tally::count).sum();
        long imported = bind(em.createQuery("select count(c) from ClosedCase c" + where(period, "c.source = :source"),
                Long.class), period).setParameter("source", CaseSource.IMPORTED).getSingleResult();
        return new OutcomeReport(period, total, imported, byOutcome, table(period, Dimension.PLATFORM),
                table(period, Dimension.ALLEGATION), table(period, Dimension.DECIDER), table(period, Dimension.APPEAL),
                table(period, Dimension.REVIEW),
                timeToClose(period), quarterly(period), openByStage(),
                SummarySentence.of(period, total, byOutcome, 0));
    }

    public List<Tally> table(Period period, Dimension by) {
        return switch (by) {
            case OUTCOME -> tallies(period, "c.outcome", Outcome.class, Outcome::label);
            case PLATFORM -> tallies(period, "c.platform", Platform.class, Platform::label);
            case ALLEGATION -> tallies(period, "a", AllegationCategory.class, AllegationCategory::label);
            case DECIDER -> tallies(period, "c.decidedBy", DecidedBy.class, DecidedBy::label);
            case APPEAL -> tallies(period, "c.appealOutcome", AppealOutcome.class, AppealOutcome::label);
            case REVIEW -> tallies(period, "c.reviewOutcome", ReviewOutcome.class, ReviewOutcome::label);
        };
    }

    public long casesIn(Period period) {
        return bind(em.createQuery("select count(c) from ClosedCase c" + within(period), Long.class), period)
                .getSingleResult();
    }

    /**
     * One query; a case has one outcome and one platform, so their counts add up to the total, not allegations'.
     * Naming every outcome (or platform) lets the database read one range of the (category, date) index per category,
     * in order, instead of collecting the period's rows in a temporary table and sorting them.
     */
    private <E extends Enum<E>> List<Tally> tallies(Period period, String group, Class<E> type,
                                                    Function<E, String> label) {
        boolean allegations = group.equals("a");
        boolean byRange = !allegations && !allTime(period); // all time reads the whole (category, date) index anyway
        String join = allegations ? " join c.allegations a" : "";
        String categories = byRange ? group + " in :categories" : "";
        TypedQuery<Object[]> query = bind(em.createQuery("select " + group + ", count(c) from ClosedCase c" + join
                + where(period, categories) + " group by " + group, Object[].class), period);
        if (byRange) {
            query.setParameter("categories", List.of(type.getEnumConstants()));
        }
        Map<E, Long> counts = new EnumMap<>(type);
        query.getResultList().forEach(r -> counts.put(type.cast(r[0]), ((Number) r[1]).longValue()));
        long total = allegations ? casesIn(period) : counts.values().stream().mapToLong(Long::longValue).sum();
        return Arrays.stream(type.getEnumConstants())
                .map(e -> Tally.of(e.name(), label.apply(e), counts.getOrDefault(e, 0L), total)).toList();
    }

    private List<TimeToClose> timeToClose(Period period) {
        Map<Outcome, TreeMap<Integer, Long>> histograms = new EnumMap<>(Outcome.class);
        bind(em.createQuery("select c.outcome, c.daysToClose, count(c) from ClosedCase c" + within(period)
                        + " group by c.outcome, c.daysToClose", Object[].class), period)
                .getResultList().forEach(r -> histograms.computeIfAbsent((Outcome) r[0], o -> new TreeMap<>())
                        .merge(((Number) r[1]).intValue(), ((Number) r[2]).longValue(), Long::sum));
        return Arrays.stream(Outcome.values())
                .map(o -> TimeToClose.of(o.name(), o.label(), histograms.getOrDefault(o, new TreeMap<>()))).toList();
    }

    /** Cases per calendar quarter of the period's date, oldest first, quarters without cases included. */
    private List<Tally> quarterly(Period period) {
        String date = "c." + period.basis().attribute();
        TreeMap<YearMonth, Long> byQuarter = new TreeMap<>();
        bind(em.createQuery("select extract(year from " + date + "), extract(month from " + date + "), count(c) "
                        + "from ClosedCase c" + within(period) + " group by extract(year from " + date
                        + "), extract(month from " + date + ")", Object[].class), period)
                .getResultList().forEach(r -> byQuarter.merge(quarterStart(((Number) r[0]).intValue(),
                        ((Number) r[1]).intValue()), ((Number) r[2]).longValue(), Long::sum));
        long total = byQuarter.values().stream().mapToLong(Long::longValue).sum();
        List<Tally> quarters = new ArrayList<>();
        if (!byQuarter.isEmpty()) {
            for (YearMonth q = byQuarter.firstKey(); !q.isAfter(byQuarter.lastKey()); q = q.plusMonths(3)) {
                String name = q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
                quarters.add(Tally.of(name, name, byQuarter.getOrDefault(q, 0L), total));
            }
        }
        return quarters;
    }

    private static YearMonth quarterStart(int year, int month) {
        return YearMonth.of(year, (month - 1) / 3 * 3 + 1);
    }

    private List<Tally> openByStage() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        em.createQuery("select c.status, count(c) from Complaint c where c.status <> :closed group by c.status",
                        Object[].class)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList().forEach(r -> counts.put((CaseStatus) r[0], ((Number) r[1]).longValue()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return Arrays.stream(CaseStatus.values()).filter(s -> s != CaseStatus.CLOSED)
                .map(s -> Tally.of(s.name(), label(s), counts.getOrDefault(s, 0L), total)).toList();
    }

    private static String label(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> "Received, awaiting triage";
            case AT_HDC -> "With the Health and Disability Commissioner";
            case UNDER_INVESTIGATION -> "Under investigation";
            case DECIDED -> "Decided, letters and answers pending";
            case AT_HEARING -> "At a hearing";
            case CLOSED -> "Closed";
        };
    }

    /**
     * The period's date column comes from an enum, never from the request; the dates are parameters. All time needs
     * no condition (nothing closes, nor is received, after today), which lets the database count from the narrow
     * outcome index instead of reading a date range that spans the whole table.
     */
    private String within(Period period) {
        return where(period, "");
    }

    private String where(Period period, String condition) {
        String dates = allTime(period) ? "" : "c." + period.basis().attribute() + " between :from and :to";
        String both = dates.isEmpty() || condition.isEmpty() ? dates + condition : condition + " and " + dates;
        return both.isEmpty() ? "" : " where " + both;
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, Period period) {
        return allTime(period) ? query : query.setParameter("from", period.from()).setParameter("to", period.to());
    }

    private boolean allTime(Period period) {
        return period.isOpenEnded() && !period.to().isBefore(time.today());
    }
}
