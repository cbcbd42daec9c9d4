package org.casework.statistics.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.Csv;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.RowError;
import org.casework.statistics.entity.CaseSource;
import org.casework.statistics.entity.ClosedCase;

/**
 * Reads a legacy file of closed cases (CSV, RFC 4180, header row) and checks every row, collecting every problem
 * rather than stopping at the first: the registrar fixes the file once. Columns, in any order: reference,
 * registration_number, platform, allegation_categories (separated by ";"), date_received, date_closed, outcome.
 */
public final class LegacyCsv {

    public static final List<String> COLUMNS = List.of("reference", "registration_number", "platform",
            "allegation_categories", "date_received", "date_closed", "outcome");
    private static final Set<String> OPTIONAL = Set.of("allegation_categories");

    /** One problem with one row (line numbers count the header as line 1). */

    /** A good row and the line it came from. */
    public record Parsed(int line, ClosedCase closedCase) {
    }

    public record Result(List<Parsed> rows, List<RowError> errors) {
    }

    private LegacyCsv() {
    }

    public static Result read(String text) {
        List<List<String>> records = Csv.parse(text);
        List<RowError> errors = new ArrayList<>();
        if (records.isEmpty()) {
            return new Result(List.of(), List.of(new RowError(1, "header", "the file is empty; expected " + COLUMNS)));
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return new Result(List.of(), List.of(new RowError(1, "header", "lacks the column(s) " + missing)));
        }
        List<Parsed> cases = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int r = 1; r < records.size(); r++) {
            int line = r + 1;
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // a blank line, typically the last
            }
            Row row = new Row(line, record, at, errors);
            if (row.complete()) {
                String reference = row.value("reference");
                Integer earlier = firstLine.putIfAbsent(reference.toUpperCase(Locale.ROOT), line);
                if (earlier != null) {
                    errors.add(new RowError(line, "reference", "duplicates line " + earlier + " (" + reference + ")"));
                    continue;
                }
                try {
                    cases.add(new Parsed(line, new ClosedCase(reference, CaseSource.IMPORTED,
                            row.value("registration_number"), row.platform, row.received, row.closed, row.outcome,
                            row.allegations)));
                } catch (InvalidFieldException e) {
                    errors.add(new RowError(line, column(e.field()), e.reason()));
                }
            }
        }
        return new Result(cases, errors);
    }

    private static String column(String field) {
        return switch (field) {
            case "dateReceived" -> "date_received";
            case "dateClosed" -> "date_closed";
            case "registrationNumber" -> "registration_number";
            default -> field;
        };
    }

    /** The fields of one row, each checked; a row is complete when every field could be read. */
    private static final class Row {
        private final int line;
        private final List<String> record;
        private final Map<String, Integer> at;
        private final List<RowError> errors;
        private final int errorsBefore;
        Platform platform;
        LocalDate received;
        LocalDate closed;
        Outcome outcome;
        Set<AllegationCategory> allegations = EnumSet.noneOf(AllegationCategory.class);

        Row(int line, List<String> record, Map<String, Integer> at, List<RowError> errors) {
            this.line = line;
            this.record = record;
            this.at = at;
            this.errors = errors;
            this.errorsBefore = errors.size();
            for (String column : COLUMNS) {
                if (!OPTIONAL.contains(column) && value(column).isEmpty()) {
                    errors.add(new RowError(line, column, "is missing"));
                }
            }
            platform = parsed("platform", LegacyCsv::platform, Arrays.toString(Platform.values()));
            outcome = parsed("outcome", LegacyCsv::outcome, Arrays.toString(Outcome.values()));
            received = parsed("date_received", LegacyCsv::date, "a date written as YYYY-MM-DD");
            closed = parsed("date_closed", LegacyCsv::date, "a date written as YYYY-MM-DD");
            for (String category : value("allegation_categories").split("[;|]")) {
                if (!category.isBlank()) {
                    AllegationCategory.parse(category).ifPresentOrElse(allegations::add, () -> errors.add(
                            new RowError(line, "allegation_categories", "'" + category.strip()
                                    + "' is not an allegation category; expected one of "
                                    + Arrays.toString(AllegationCategory.values()))));
                }
            }
        }

        String value(String column) {
            int index = at.get(column);
            return index < record.size() ? record.get(index).strip() : "";
        }

        boolean complete() {
            return errors.size() == errorsBefore;
        }

        private <T> T parsed(String column, Function<String, Optional<T>> parser, String expected) {
            String text = value(column);
            if (text.isEmpty()) {
                return null;
            }
            return parser.apply(text).orElseGet(() -> {
                errors.add(new RowError(line, column, "'" + text + "' is not known; expected " + expected));
                return null;
            });
        }
    }

    static Optional<Outcome> outcome(String text) {
        String wanted = singular(text);
        return Arrays.stream(Outcome.values())
                .filter(o -> singular(o.name()).equals(wanted) || singular(o.label()).equals(wanted)).findFirst();
    }

    static Optional<Platform> platform(String text) {
        String wanted = singular(text);
        if (wanted.equals("TWITTER") || wanted.equals("X")) {
            return Optional.of(Platform.X_TWITTER);
        }
        return Arrays.stream(Platform.values())
                .filter(p -> singular(p.name()).equals(wanted) || singular(p.label()).equals(wanted)).findFirst();
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Upper case, words joined by "_", a final S dropped: "Undertaking", "UNDERTAKINGS" and "undertakings" match. */
    private static String singular(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return code.endsWith("S") ? code.substring(0, code.length() - 1) : code;
    }
}
