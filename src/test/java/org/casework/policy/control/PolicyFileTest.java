package org.casework.policy.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyFileTest {

    static PolicyFile file(String code, String label, LocalDate from, PolicyFile.Clause... clauses) {
        return new PolicyFile(new PolicyFile.Document(code, "Privacy guidance", "Medical Sciences Council"),
                new PolicyFile.Version(label, from, "https://example.org/privacy.pdf"), Arrays.asList(clauses));
    }

    static PolicyFile.Clause clause(String number, String heading, String text) {
        return new PolicyFile.Clause(number, heading, text);
    }

    @Test
    void aWellFormedFileHasNoProblemsAndItsClausesTakeStableIds() {
        PolicyFile file = file("MSC-PRIV", "Two", LocalDate.of(2027, 1, 1),
                clause("1", "Scope", "This guidance applies to:\n- posts\n- messages"), clause("2.1", "Consent", "Ask."));
        assertThat(file.problems()).isEmpty();
        assertThat(file.clauseId(file.clauses().get(1))).isEqualTo("MSC-PRIV-2027/2.1");
    }

    @Test
    void everyProblemIsNamedByItsFieldAtOnce() {
        PolicyFile file = file("msc priv", " ", null, clause("1", "Scope", "Text"), clause("1", "", "Again"),
                clause("x y", "Heading", " "), null);
        assertThat(file.problems()).extracting(p -> p.field() + " " + p.reason()).containsExactly(
                "document.code must be 2 to 30 capital letters, digits or hyphens",
                "version.label is required",
                "version.effectiveFrom is required (a date, 2027-01-01)",
                "clauses[1].number repeats clause 1",
                "clauses[1].heading is required",
                "clauses[2].number must be 1 to 10 letters, digits or dots",
                "clauses[2].text is required",
                "clauses[3] is empty");
    }

    @Test
    void aFileWithoutClausesOrTooManyIsRefused() {
        assertThat(file("MSC-PRIV", "Two", LocalDate.of(2027, 1, 1)).problems())
                .extracting(PolicyFile.Problem::field).containsExactly("clauses");
        PolicyFile.Clause[] many = IntStream.rangeClosed(1, PolicyFile.MAX_CLAUSES + 1)
                .mapToObj(i -> clause(String.valueOf(i), "H", "T")).toArray(PolicyFile.Clause[]::new);
        assertThat(file("MSC-PRIV", "Two", LocalDate.of(2027, 1, 1), many).problems())
                .extracting(PolicyFile.Problem::reason).containsExactly("must list at most 200 clauses");
        assertThat(new PolicyFile(null, null, List.of()).problems()).extracting(PolicyFile.Problem::field)
                .containsExactly("document.code", "version.label", "version.effectiveFrom", "clauses");
    }
}
