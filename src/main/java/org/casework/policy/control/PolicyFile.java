package org.casework.policy.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.casework.kernel.Require;

/**
 * A new version of a policy as an administrator imports it (JSON): the document it belongs to, the version's label
 * and first day in force, and its numbered clauses with heading and full text. {@link #problems()} says everything
 * wrong with the file at once, each problem by the field's path.
 */
public record PolicyFile(Document document, Version version, List<Clause> clauses) {

    public static final int MAX_CLAUSES = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,30}");
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z.]{1,10}");

    /** The document by its code; title and issuer are needed only when the document is new. */
    public record Document(String code, String title, String issuer) {
    }

    public record Version(String label, LocalDate effectiveFrom, String source) {
    }

    /** A clause's text keeps its line breaks, so bullet lists survive into letters. */
    public record Clause(String number, String heading, String text) {
    }

    public record Problem(String field, String reason) {
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (document == null || blank(document.code())) {
            problems.add(new Problem("document.code", "is required"));
        } else if (!CODE.matcher(document.code()).matches()) {
            problems.add(new Problem("document.code", "must be 2 to 30 capital letters, digits or hyphens"));
        }
        if (document != null) {
            tooLong(problems, "document.title", document.title(), 300);
            tooLong(problems, "document.issuer", document.issuer(), 200);
        }
        if (version == null || blank(version.label())) {
            problems.add(new Problem("version.label", "is required"));
        } else {
            tooLong(problems, "version.label", version.label(), 40);
        }
        if (version == null || version.effectiveFrom() == null) {
            problems.add(new Problem("version.effectiveFrom", "is required (a date, 2027-01-01)"));
        }
        if (version != null) {
            tooLong(problems, "version.source", version.source(), 500);
        }
        if (clauses == null || clauses.isEmpty()) {
            problems.add(new Problem("clauses", "must list at least one clause"));
        } else if (clauses.size() > MAX_CLAUSES) {
            problems.add(new Problem("clauses", "must list at most " + MAX_CLAUSES + " clauses"));
        } else {
            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < clauses.size(); i++) {
                clauseProblems(problems, "clauses[" + i + "]", clauses.get(i), numbers);
            }
        }
        return problems;
    }

    private static void clauseProblems(List<Problem> problems, String path, Clause clause, Set<String> numbers) {
        if (clause == null) {
            problems.add(new Problem(path, "is empty"));
            return;
        }
        if (blank(clause.number()) || !NUMBER.matcher(clause.number()).matches()) {
            problems.add(new Problem(path + ".number", "must be 1 to 10 letters, digits or dots"));
        } else if (!numbers.add(clause.number())) {
            problems.add(new Problem(path + ".number", "repeats clause " + clause.number()));
        }
        if (blank(clause.heading())) {
            problems.add(new Problem(path + ".heading", "is required"));
        }
        tooLong(problems, path + ".heading", clause.heading(), 200);
        if (blank(clause.text())) {
            problems.add(new Problem(path + ".text", "is required"));
        }
        tooLong(problems, path + ".text", clause.text(), Require.LONG_COLUMN);
    }

    /** The stable id a clause gets: the document's code, the version's first year, the clause's number. */
    public String clauseId(Clause clause) {
        return document.code() + "-" + version.effectiveFrom().getYear() + "/" + clause.number();
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "is longer than " + max + " characters"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
