package org.casework.platform.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.casework.kernel.RegulatorTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhenTest {

    private final When when = auckland();

    @Test
    void aMomentIsShownInTheRegulatorsZoneOnItsOwnDay() {
        // 12:30 on 6 December in UTC is already 7 December in New Zealand (UTC+13 in summer)
        assertThat(when.at(Instant.parse("2026-12-06T12:30:00Z"))).isEqualTo("7 Dec 2026, 1:30 am");
        assertThat(when.at(Instant.parse("2026-07-01T03:18:00Z"))).isEqualTo("1 Jul 2026, 3:18 pm");
        assertThat(when.at(null)).isEmpty();
        assertThat(when.day(LocalDate.of(2026, 9, 6))).isEqualTo("6 Sep 2026");
    }

    @Test
    void aCameraTimeIsShownAsRecordedWithNoZoneAdded() {
        assertThat(when.recorded(Instant.parse("2026-03-14T09:15:00Z"))).isEqualTo("14 Mar 2026, 9:15 am");
    }

    @Test
    void aDueDaySaysHowFarOffItIs() {
        LocalDate today = RegulatorTime.of(ZoneId.of("Pacific/Auckland")).today();
        assertThat(when.due(today)).endsWith("(due today)");
        assertThat(when.due(today.plusDays(1))).endsWith("(due tomorrow)");
        assertThat(when.due(today.plusDays(28))).isEqualTo(when.day(today.plusDays(28)) + " (due in 28 days)");
        assertThat(when.due(today.minusDays(1))).endsWith("(overdue by 1 day)");
        assertThat(when.due(today.minusDays(3))).endsWith("(overdue by 3 days)");
    }

    static When auckland() {
        When when = new When();
        when.time = RegulatorTime.of(ZoneId.of("Pacific/Auckland"));
        return when;
    }
}
