package org.casework.statistics.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Reason;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;
import org.casework.statistics.boundary.LegacyImport;
import org.casework.statistics.boundary.OutcomeStatistics;
import org.casework.statistics.control.Dimension;
import org.casework.statistics.control.OutcomeReport;
import org.casework.statistics.control.Period;
import org.casework.statistics.control.StatisticsExports;
import org.casework.statistics.control.SummarySentence;
import org.casework.statistics.control.Tally;

/**
 * Outcome statistics for registrars (web.xml): aggregates only, never a path to a case. Periods are inclusive dates
 * in the regulator's time zone, by date closed (default) or date received; {@code suppress=5} shows counts under 5
 * as "<5" in exports.
 */
@Path("v1/statistics")
public class StatisticsResource {

    static final String CSV = "text/csv";
    /** A legacy file of a few hundred thousand rows fits; anything larger is split by the registrar. */
    public static final int MAX_IMPORT_BYTES = 32 * 1024 * 1024;

    @Inject
    OutcomeStatistics statistics;
    @Inject
    LegacyImport legacyImport;
    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;

    /**
     * One table as JSON. With {@code suppress=N}, a count under N (and its share) is left out and the row marked
     * {@code suppressed}, as in the exports, so that the JSON cannot give away what a published table hides.
     */
    public record Table(LocalDate from, LocalDate to, String basis, String by, Long total, List<Row> rows,
                        String summary) {
    }

    /** A category's count and share of the table; both absent when suppressed. */
    public record Row(String key, String label, Long count, Double percent, boolean suppressed) {
        static Row of(Tally tally, int suppressBelow) {
            boolean hidden = tally.count() < suppressBelow;
            return new Row(tally.key(), tally.label(), hidden ? null : tally.count(),
                    hidden ? null : tally.percent(), hidden);
        }
    }

    @GET
    @Path("outcomes")
    @Produces("application/json;qs=1")
    public Table outcomes(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("by") String by, @QueryParam("basis") String basis,
                          @QueryParam("suppress") String suppress) {
        Period period = period(from, to, basis);
        Dimension dimension = Dimension.parse(by, "by");
        int below = suppression(suppress);
        List<Tally> rows = statistics.table(period, dimension);
        List<Tally> outcomes = dimension == Dimension.OUTCOME ? rows : statistics.table(period, Dimension.OUTCOME);
        long total = outcomes.stream().mapToLong(Tally::count).sum();
        return new Table(period.from(), period.to(), period.basis().name(), dimension.name(),
                total < below ? null : total, rows.stream().map(t -> Row.of(t, below)).toList(),
                SummarySentence.of(period, total, outcomes, below));
    }

    @GET
    @Path("outcomes")
    @Produces("text/csv;qs=0.5")
    public Response outcomesCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("by") String by, @QueryParam("basis") String basis,
                                @QueryParam("suppress") String suppress) {
        Period period = period(from, to, basis);
        Dimension dimension = Dimension.parse(by, "by");
        String csv = StatisticsExports.csv(dimension.name().toLowerCase(Locale.ROOT),
                statistics.table(period, dimension), suppression(suppress));
        return download(csv.getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8",
                "outcomes-by-" + dimension.name().toLowerCase(Locale.ROOT) + "-" + period.from() + "-to-"
                        + period.to() + ".csv");
    }

    /** Every table of the period, with the summary sentence. */
    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    public OutcomeReport report(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("basis") String basis) {
        return statistics.report(period(from, to, basis));
    }

    @GET
    @Path("report.csv")
    @Produces(CSV)
    public Response reportCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("basis") String basis, @QueryParam("suppress") String suppress) {
        OutcomeReport report = statistics.report(period(from, to, basis));
        return download(StatisticsExports.csv(report, suppression(suppress)).getBytes(StandardCharsets.UTF_8),
                CSV + "; charset=UTF-8", fileName(report, "csv"));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("basis") String basis, @QueryParam("suppress") String suppress) {
        OutcomeReport report = statistics.report(period(from, to, basis));
        return download(StatisticsExports.pdf(report, suppression(suppress), config.regulatorName(),
                config.regulatorAddress(), config.signatory(), time.today()), "application/pdf",
                fileName(report, "pdf"));
    }

    /** A legacy CSV of closed cases: all rows imported, or none and every bad row named (400). */
    @POST
    @Path("imports")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importLegacy(byte[] body) {
        if (body.length > MAX_IMPORT_BYTES) {
            throw new EvidenceRejectedException("file", Reason.FILES_TOO_LARGE, "is " + body.length
                    + " bytes; the limit is " + MAX_IMPORT_BYTES + " bytes", 413, MAX_IMPORT_BYTES / 1_048_576);
        }
        int imported = legacyImport.importCases(new String(body, StandardCharsets.UTF_8));
        return Response.status(201).entity(Map.of("imported", imported)).build();
    }

    private Period period(String from, String to, String basis) {
        LocalDate end = date(to, "to");
        return new Period(date(from, "from"), end == null ? time.today() : end, basis(basis));
    }

    private static Period.Basis basis(String text) {
        if (text == null || text.isBlank()) {
            return Period.Basis.CLOSED;
        }
        try {
            return Period.Basis.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("basis", "must be 'closed' or 'received'");
        }
    }

    private static int suppression(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int below = Integer.parseInt(text.strip());
            if (below >= 0 && below <= 100) {
                return below;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFieldException("suppress", "must be a whole number from 0 to 100");
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date written as YYYY-MM-DD");
        }
    }

    private static String fileName(OutcomeReport report, String extension) {
        return "outcomes-" + report.period().from() + "-to-" + report.period().to() + "." + extension;
    }

    private static Response download(byte[] content, String type, String name) {
        return Response.ok(content, type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                + "\"").header("Cache-Control", "no-store").build();
    }
}
