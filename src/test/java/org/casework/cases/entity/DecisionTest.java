package org.casework.cases.entity;

import java.time.Instant;
import java.util.List;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.policy.entity.PolicyFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.cases.entity.CaseFixtures.DAVID_CONDUCT;

class DecisionTest {

    private static final Instant NOW = Instant.parse("2026-04-02T00:00:00Z");

    @Test
    void citesTheClausesInForceOnTheDateOfTheConduct() {
        Decision decision = new Decision(Outcome.WARNING, "Reasons",
                List.of(PolicyFixtures.clause8(), PolicyFixtures.clause12()), DAVID_CONDUCT, "examiner", NOW);
        assertThat(decision.citedClauses()).extracting(c -> c.clauseId().value())
                .containsExactly("MSC-SM-2020/8", "MSC-SM-2020/12");
    }

    @Test
    void refusesAClauseNotInForceThenNamingClauseVersionAndDates() {
        assertThatThrownBy(() -> new Decision(Outcome.WARNING, "Reasons",
                List.of(PolicyFixtures.clause8OfVersionTwo()), DAVID_CONDUCT, "examiner", NOW))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("MSC-SM-2027/8")
                .hasMessageContaining("version Two")
                .hasMessageContaining("2026-03-14")
                .hasMessageContaining("from 2027-01-01");
    }

    @Test
    void everyOutcomeButNoFurtherActionNeedsAClause() {
        for (Outcome outcome : Outcome.values()) {
            if (outcome == Outcome.NO_FURTHER_ACTION) {
                assertThat(new Decision(outcome, "r", List.of(), DAVID_CONDUCT, "e", NOW).citedClauses()).isEmpty();
            } else {
                assertThatThrownBy(() -> new Decision(outcome, "r", List.of(), DAVID_CONDUCT, "e", NOW))
                        .as(outcome.name()).isInstanceOf(InvalidFieldException.class)
                        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("clauses");
            }
        }
    }

    @Test
    void refusesTheSameClauseTwiceAndMissingReasons() {
        assertThatThrownBy(() -> new Decision(Outcome.ADVICE, "r",
                List.of(PolicyFixtures.clause8(), PolicyFixtures.clause8()), DAVID_CONDUCT, "e", NOW))
                .hasMessageContaining("cited twice");
        assertThatThrownBy(() -> new Decision(Outcome.ADVICE, " ", List.of(PolicyFixtures.clause8()),
                DAVID_CONDUCT, "e", NOW)).hasMessage("reasons is required");
    }
}
