package org.casework.statistics.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.casework.kernel.Outcome;

/**
 * The sentence a registrar puts in a report, from the same numbers as the table: "Between January 2015 and June 2017
 * we closed 28 investigations about social media: 14 without further action, 4 with advice, 3 warnings, …". Largest
 * counts first; with suppression, small counts read "fewer than 5 …" and come last, in the table's order.
 */
public final class SummarySentence {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SummarySentence() {
    }

    public static String of(Period period, long total, List<Tally> byOutcome, int suppressBelow) {
        String when = when(period);
        String verb = period.basis() == Period.Basis.CLOSED ? "we closed " : "we received ";
        String closedNote = period.basis() == Period.Basis.CLOSED ? "" : " that are now closed";
        if (total == 0) {
            return capitalise(when) + " " + verb + "no investigations about social media" + closedNote + ".";
        }
        List<Tally> shown = byOutcome.stream().filter(t -> t.count() >= Math.max(1, suppressBelow))
                .sorted(Comparator.comparingLong(Tally::count).reversed()).toList();
        List<String> parts = new ArrayList<>();
        shown.forEach(t -> parts.add(t.count() + " " + phrase(Outcome.valueOf(t.key()), t.count())));
        byOutcome.stream().filter(t -> t.count() > 0 && t.count() < suppressBelow)
                .forEach(t -> parts.add("fewer than " + suppressBelow + " " + phrase(Outcome.valueOf(t.key()), 2)));
        String count = total < suppressBelow ? "fewer than " + suppressBelow : String.valueOf(total);
        return capitalise(when) + " " + verb + count + " investigation" + (total == 1 ? "" : "s")
                + " about social media" + closedNote + ": " + join(parts) + ".";
    }

    static String phrase(Outcome outcome, long n) {
        boolean one = n == 1;
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "without further action";
            case ADVICE -> "with advice";
            case WARNING -> one ? "warning" : "warnings";
            case EMPLOYER_REFERRAL -> one ? "referred to an employer" : "referred to employers";
            case UNDERTAKINGS -> one ? "undertaking" : "undertakings";
            case CONDITIONS -> one ? "condition" : "conditions";
            case SUSPENSION -> one ? "suspension" : "suspensions";
            case ERASURE -> one ? "erasure" : "erasures";
            case CENSURE -> one ? "censure" : "censures";
        };
    }

    static String when(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
        DateTimeFormatter format = wholeMonths ? MONTH : DAY;
        if (period.isOpenEnded()) {
            return "up to " + to.format(format);
        }
        if (wholeMonths && YearMonth.from(from).equals(YearMonth.from(to))) {
            return "in " + from.format(MONTH);
        }
        return "between " + from.format(format) + " and " + to.format(format);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
