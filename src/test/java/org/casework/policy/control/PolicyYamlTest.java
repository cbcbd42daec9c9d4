package org.casework.policy.control;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyYamlTest {

    static final String VERSION_TWO = """
            document:
              code: MSC-PRIV
              title: Privacy guidance
              issuer: Medical Sciences Council
            version:
              label: Two
              effectiveFrom: 2027-01-01
              source: https://example.org/privacy.pdf
            clauses:
              - number: 1
                heading: Scope
                text: |-
                  This guidance applies to:
                  - posts
                  - messages
              - number: 2.1
                heading: Consent
                text: Ask first.
              - number: 2.10
                heading: Later
                text: 'Yes: no, true and 3 stay words.'
            """;

    @Test
    void aYamlFileReadsAsTheSameFieldsAsJson() {
        PolicyFile file = PolicyYaml.read(VERSION_TWO);
        assertThat(file.problems()).isEmpty();
        assertThat(file.version().effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(file.clauses()).extracting(PolicyFile.Clause::number).containsExactly("1", "2.1", "2.10");
        assertThat(file.clauses().get(2).text()).isEqualTo("Yes: no, true and 3 stay words.");
        assertThat(file.clauses().get(0).text()).isEqualTo("This guidance applies to:\n- posts\n- messages");
        assertThat(file.clauseId(file.clauses().get(1))).isEqualTo("MSC-PRIV-2027/2.1");
    }

    @Test
    void noJavaTypeNamedInTheFileIsEverBuilt() {
        assertThatThrownBy(() -> PolicyYaml.read("document: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://example.org/\"]]]]"))
                .isInstanceOfSatisfying(PolicyFileRefusedException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("file"));
    }

    @Test
    void manyAliasesAreRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'm'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append("]\n");
        }
        assertThatThrownBy(() -> PolicyYaml.read(bomb.toString())).isInstanceOf(PolicyFileRefusedException.class);
    }

    @Test
    void aWrongShapeIsRefusedByField() {
        assertThatThrownBy(() -> PolicyYaml.read("- just\n- a list\n")).isInstanceOfSatisfying(
                PolicyFileRefusedException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> PolicyYaml.read("document: {code: X}\nclauses: not a list\n")).isInstanceOfSatisfying(
                PolicyFileRefusedException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("clauses"));
        assertThat(PolicyYaml.read("document: {code: MSC-PRIV}\nversion: {label: Two}\n").problems())
                .extracting(PolicyFile.Problem::field).contains("version.effectiveFrom", "clauses");
    }
}
