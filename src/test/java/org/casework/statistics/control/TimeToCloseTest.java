package org.casework.statistics.control;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeToCloseTest {

    @Test
    void nearestRankMedianAndNinetiethPercentileFromAHistogram() {
        // ten cases: 10, 10, 20, 20, 20, 30, 40, 50, 60, 200 days
        var histogram = new TreeMap<>(Map.of(10, 2L, 20, 3L, 30, 1L, 40, 1L, 50, 1L, 60, 1L, 200, 1L));
        TimeToClose t = TimeToClose.of("WARNING", "Warning", histogram);
        assertThat(t.cases()).isEqualTo(10);
        assertThat(t.medianDays()).isEqualTo(20);
        assertThat(t.p90Days()).isEqualTo(60);
        assertThat(TimeToClose.of("ADVICE", "Advice", new TreeMap<>()).medianDays()).isNull();
    }
}
