package org.casework.statistics.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.kernel.Csv;
import org.casework.letters.control.LetterContent;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.control.LetterRenderer;

/**
 * The report as files to publish: CSV and PDF, aggregates only. With suppression, every count under the threshold
 * (zero included) reads "<5" and its percentage, and any median or percentile drawn from it, is left out.
 */
public final class StatisticsExports {

    private static final LetterRenderer RENDERER = new LetterRenderer();

    private StatisticsExports() {
    }

    public static String csv(OutcomeReport report, int suppressBelow) {
        StringBuilder out = new StringBuilder("table,key,label,count,percent,median_days,p90_days\r\n");
        tables(report).forEach((table, rows) -> rows.forEach(t -> line(out, table, t.key(), t.label(),
                count(t.count(), suppressBelow), percent(t, suppressBelow), "", "")));
        for (TimeToClose t : report.timeToClose()) {
            boolean hidden = t.cases() < suppressBelow;
            line(out, "time_to_close", t.outcome(), t.label(), count(t.cases(), suppressBelow), "",
                    hidden || t.medianDays() == null ? "" : t.medianDays().toString(),
                    hidden || t.p90Days() == null ? "" : t.p90Days().toString());
        }
        line(out, "total", "TOTAL", "Cases closed", count(report.total(), suppressBelow), "", "", "");
        line(out, "total", "IMPORTED", "Imported from the earlier system", count(report.imported(), suppressBelow), "",
                "", "");
        return out.toString();
    }

    /** One table as CSV: a row per category, small counts suppressed as in the full export. */
    public static String csv(String dimension, List<Tally> rows, int suppressBelow) {
        StringBuilder out = new StringBuilder();
        line(out, dimension, "label", "count", "percent");
        rows.forEach(t -> line(out, t.key(), t.label(), count(t.count(), suppressBelow), percent(t, suppressBelow)));
        return out.toString();
    }

    public static byte[] pdf(OutcomeReport report, int suppressBelow, String regulatorName, String regulatorAddress,
                             String signatory, LocalDate today) {
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph(SummarySentence.of(report.period(), report.total(), report.byOutcome(),
                suppressBelow)));
        if (suppressBelow > 0) {
            body.add(new Paragraph("Counts under " + suppressBelow + " are shown as \"<" + suppressBelow
                    + "\" and their percentages are left out."));
        }
        tables(report).forEach((table, rows) -> {
            body.add(new Heading(title(table)));
            rows.forEach(t -> body.add(new Paragraph(t.label() + ": " + count(t.count(), suppressBelow)
                    + (percent(t, suppressBelow).isEmpty() ? "" : " (" + percent(t, suppressBelow) + "%)"))));
        });
        body.add(new Heading("Days from receipt to closure"));
        for (TimeToClose t : report.timeToClose()) {
            boolean shown = t.cases() >= suppressBelow && t.medianDays() != null;
            body.add(new Paragraph(t.label() + ": " + count(t.cases(), suppressBelow) + " cases"
                    + (shown ? "; median " + t.medianDays() + " days, 90th percentile " + t.p90Days() + " days" : "")));
        }
        return RENDERER.render(new LetterContent(regulatorName, regulatorAddress, today, "Statistics "
                + report.period().from() + " to " + report.period().to(), List.of(),
                "Complaints about social media: outcomes", body, signatory));
    }

    private static Map<String, List<Tally>> tables(OutcomeReport report) {
        var tables = new LinkedHashMap<String, List<Tally>>();
        tables.put("outcome", report.byOutcome());
        tables.put("platform", report.byPlatform());
        tables.put("allegation", report.byAllegation());
        tables.put("decider", report.byDecider());
        tables.put("appeal", report.appeals());
        tables.put("review", report.reviews());
        tables.put("quarter", report.quarterly());
        return tables;
    }

    private static String title(String table) {
        return switch (table) {
            case "outcome" -> "Cases closed by outcome";
            case "platform" -> "Cases closed by platform";
            case "allegation" -> "Cases closed by allegation (a case may have several)";
            case "decider" -> "Cases closed by who decided (the decision each closed on)";
            case "appeal" -> "Appeals against those decisions, by result (counted apart)";
            case "review" -> "Reviews of those decisions (Rule 12), by result (counted apart)";
            default -> "Cases by quarter";
        };
    }

    static String count(long n, int suppressBelow) {
        return n < suppressBelow ? "<" + suppressBelow : Long.toString(n);
    }

    private static String percent(Tally t, int suppressBelow) {
        return t.count() < suppressBelow ? "" : Double.toString(t.percent());
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            out.append(i == 0 ? "" : ",").append(Csv.field(fields[i]));
        }
        out.append("\r\n");
    }
}
