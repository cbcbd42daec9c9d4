package org.casework.statistics.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casework.kernel.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummarySentenceTest {

    static final Period GMC = new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 6, 30), Period.Basis.CLOSED);

    static List<Tally> outcomes(Map<Outcome, Integer> counts) {
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        return Arrays.stream(Outcome.values())
                .map(o -> Tally.of(o.name(), o.label(), counts.getOrDefault(o, 0), total)).toList();
    }

    static final List<Tally> GMC_TABLE = outcomes(Map.of(Outcome.NO_FURTHER_ACTION, 14, Outcome.ADVICE, 4,
            Outcome.WARNING, 3, Outcome.EMPLOYER_REFERRAL, 3, Outcome.SUSPENSION, 2, Outcome.UNDERTAKINGS, 1,
            Outcome.CONDITIONS, 1));

    @Test
    void theGmcSentenceLargestFirstTiesInTheTablesOrder() {
        assertThat(SummarySentence.of(GMC, 28, GMC_TABLE, 0)).isEqualTo("Between January 2015 and June 2017 we "
                + "closed 28 investigations about social media: 14 without further action, 4 with advice, 3 warnings, "
                + "3 referred to employers, 2 suspensions, 1 undertaking and 1 condition.");
    }

    @Test
    void smallCountsReadFewerThanTheThresholdAndComeLast() {
        assertThat(SummarySentence.of(GMC, 28, GMC_TABLE, 5)).isEqualTo("Between January 2015 and June 2017 we "
                + "closed 28 investigations about social media: 14 without further action, fewer than 5 with advice, "
                + "fewer than 5 warnings, fewer than 5 referred to employers, fewer than 5 undertakings, fewer than 5 "
                + "conditions and fewer than 5 suspensions.");
    }

    @Test
    void oneCaseNoCasesAndPeriodsThatAreNotWholeMonths() {
        Period days = new Period(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 11, 23), Period.Basis.CLOSED);
        assertThat(SummarySentence.of(days, 1, outcomes(Map.of(Outcome.EMPLOYER_REFERRAL, 1)), 0))
                .isEqualTo("Between 3 March 2026 and 23 November 2026 we closed 1 investigation about social media: "
                        + "1 referred to an employer.");
        Period month = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), Period.Basis.RECEIVED);
        assertThat(SummarySentence.of(month, 0, outcomes(Map.of()), 0))
                .isEqualTo("In February 2026 we received no investigations about social media that are now closed.");
        Period allTime = new Period(null, LocalDate.of(2026, 11, 23), null);
        assertThat(SummarySentence.of(allTime, 2, outcomes(Map.of(Outcome.WARNING, 2)), 0))
                .startsWith("Up to 23 November 2026 we closed 2 investigations");
    }
}
