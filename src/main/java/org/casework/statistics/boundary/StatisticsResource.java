package org.casework.statistics.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.statistics.control.OutcomeTable;

/** Outcome statistics for registrars (web.xml): {@code GET /api/v1/statistics/outcomes?from=YYYY-MM-DD&to=...}. */
@Path("v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    OutcomeStatistics statistics;

    @GET
    @Path("outcomes")
    public OutcomeTable outcomes(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.byOutcome(date(from, "from"), date(to, "to"));
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a date written as YYYY-MM-DD");
        }
    }
}
