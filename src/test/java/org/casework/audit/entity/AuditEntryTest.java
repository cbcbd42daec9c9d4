package org.casework.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

    /**
     * The clock can give nanoseconds, the column keeps microseconds and H2 rounds: 10:00:00.0009997 was stored as
     * 10:00:00.001, another millisecond than the one hashed, and verification reported a sound entry as changed.
     */
    @Test
    void anEntryIsKeptAsItIsStoredSoThatItHashesTheSameWhenReadBack() {
        Instant clock = Instant.parse("2026-12-06T10:00:00.000999700Z");
        AuditEntry written = new AuditEntry(0, AuditEntry.GENESIS, clock, "investigator", AuditEntry.VIEW_CASE,
                "case MSC-2026-000001", true, "127.0.0.1", "page");
        assertThat(written.recordedAt()).isEqualTo(clock.truncatedTo(ChronoUnit.MICROS));

        Instant roundedByTheDatabase = written.recordedAt().plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        assertThat(roundedByTheDatabase).as("nothing finer than a microsecond is left to round")
                .isEqualTo(written.recordedAt());
        assertThat(written.computeHash()).isEqualTo(written.hash());
    }
}
