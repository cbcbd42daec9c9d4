package org.casework.register.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casework.kernel.Csv;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.RowError;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.Practitioner.Details;

/**
 * The regulator's register as a CSV file (a header line, then one registrant a line): each line checked as an
 * administrator's entry is, every problem named by line and column, a registration number twice refused. A "line"
 * is a record: a quoted address over two lines of the file is one.
 */
public final class RegisterCsv {

    public static final List<String> COLUMNS = List.of("registration_number", "full_name", "profession", "scope",
            "status", "employer", "email", "employer_email", "postal_address");
    static final List<String> REQUIRED = COLUMNS.subList(0, 3);

    public record Parsed(int line, Details details) {
    }

    public record Result(List<Parsed> rows, List<RowError> errors) {
    }

    private RegisterCsv() {
    }

    public static Result read(String text) {
        List<List<String>> records = Csv.parse(text == null ? "" : text);
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            return new Result(List.of(), List.of(new RowError(1, "header", "the file is empty; expected " + COLUMNS)));
        }
        Map<String, Integer> at = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
            if (!COLUMNS.contains(column)) {
                errors.add(new RowError(1, "header", "has the unknown column '" + column + "'; the columns are "
                        + COLUMNS));
            }
            at.put(column, i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(new RowError(1, "header", "lacks the column(s) " + missing));
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<Parsed> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            int line = r + 1;
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Details details = new Details(cell(record, at, "registration_number"), cell(record, at, "full_name"),
                    cell(record, at, "profession"), cell(record, at, "scope"), cell(record, at, "status"),
                    cell(record, at, "employer"), cell(record, at, "email"), cell(record, at, "employer_email"),
                    cell(record, at, "postal_address"));
            String number = details.registrationNumber() == null ? "" : details.registrationNumber().strip();
            Integer earlier = number.isEmpty() ? null : seen.putIfAbsent(number.toUpperCase(Locale.ROOT), line);
            if (earlier != null) {
                errors.add(new RowError(line, "registration_number", "repeats line " + earlier + " (" + number
                        + ")"));
                continue;
            }
            try {
                Practitioner.registered(details);
            } catch (InvalidFieldException e) {
                e.each().forEach(each -> errors.add(new RowError(line, column(each.field()), each.reason())));
                continue;
            }
            rows.add(new Parsed(line, details));
        }
        return new Result(rows, errors);
    }

    private static String cell(List<String> record, Map<String, Integer> at, String column) {
        Integer index = at.get(column);
        return index == null || index >= record.size() ? null : record.get(index).strip();
    }

    /** A field of the entity as the file names its column: {@code employerEmail} is {@code employer_email}. */
    static String column(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
