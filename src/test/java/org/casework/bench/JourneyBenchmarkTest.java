package org.casework.bench;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyBenchmarkTest {

    @Test
    void theP95sIntervalHoldsTheP95AndNarrowsWithMoreInteractions() {
        double[] few = IntStream.range(0, 100).asDoubleStream().toArray();
        double[] many = IntStream.range(0, 1000).map(i -> i / 10).asDoubleStream().sorted().toArray();
        double[] wide = JourneyBenchmark.p95Interval(few);
        double[] narrow = JourneyBenchmark.p95Interval(many);
        assertThat(JourneyBenchmark.p95(few)).isEqualTo(95).isBetween(wide[0], wide[1]);
        assertThat(JourneyBenchmark.p95(many)).isBetween(narrow[0], narrow[1]);
        assertThat(wide[1] - wide[0]).isGreaterThan(narrow[1] - narrow[0]);
        assertThat(JourneyBenchmark.p95Interval(few)).containsExactly(wide); // seeded: the same figures, the same interval
    }

    @Test
    void eachInteractionIsOneLineToPoolRunsBy() {
        var clicked = new StaffJourney.Interaction("investigator", StaffJourney.Kind.CLICK,
                "refer to the case examiners, with harm", 231.04, 112.96);
        assertThat(JourneyBenchmark.csv(List.of(clicked))).containsExactly("role,kind,what,server_ms,post_ms",
                "investigator,CLICK,\"refer to the case examiners, with harm\",231.0,113.0");
    }
}
