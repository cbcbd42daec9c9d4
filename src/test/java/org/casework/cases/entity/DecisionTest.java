package org.casework.cases.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.InvalidFieldsException;
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

    @Test
    void undertakingsAndConditionsListTheirTermsEachWithAReviewDayAndOtherOutcomesHaveNone() {
        var clauses = List.of(PolicyFixtures.clause8());
        LocalDate decided = LocalDate.of(2026, 4, 2);
        Decision undertakings = new Decision(Outcome.UNDERTAKINGS, "Insight shown.", clauses, DAVID_CONDUCT,
                "examiner", NOW);
        assertThatThrownBy(() -> undertakings.withTerms(List.of(), null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("terms"));
        assertThatThrownBy(() -> undertakings.withTerms(List.of(new Term(" ", decided.plusMonths(3)),
                new Term("Complete a privacy course.", decided)), null))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field)
                        .containsExactly("terms[0].text", "terms[1].reviewOn"));
        assertThat(undertakings.terms()).isEmpty();
        undertakings.withTerms(List.of(new Term("Complete a privacy course.", decided.plusMonths(3)),
                new Term("Close the public account.", decided.plusDays(14))), null);
        assertThat(undertakings.terms()).extracting(Term::text)
                .containsExactly("Complete a privacy course.", "Close the public account.");

        Decision conditions = Decision.ofHearingPanel(Outcome.CONDITIONS, "Serious.", clauses, DAVID_CONDUCT,
                "panel", NOW);
        assertThatThrownBy(() -> conditions.withTerms(List.of(new Term("Work under supervision.",
                decided.plusMonths(7))), decided.plusMonths(6)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field())
                        .isEqualTo("terms[0].reviewOn"));
        Decision warning = new Decision(Outcome.WARNING, "Posts.", clauses, DAVID_CONDUCT, "examiner", NOW);
        assertThatThrownBy(() -> warning.withTerms(List.of(new Term("x", decided.plusDays(1))), null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("terms"));
        assertThat(warning.withTerms(null, null).terms()).isEmpty();
    }
}
