package org.casework.cases.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.InvalidFieldsException;
import org.casework.kernel.WrongStageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HearingTest {

    private static final ZoneId NZ = ZoneId.of("Pacific/Auckland");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private final Complaint complaint = CaseFixtures.davidComplaint();

    private Hearing.Sitting sitting(LocalDate day, String chair) {
        return new Hearing.Sitting(day == null ? null : day.atTime(10, 0), "Level 2, 80 The Terrace", chair,
                "Ben Hall", "Cara Lee");
    }

    @Test
    void aSittingGivesThePractitionerTheNoticeTheRulesRequireAndNamesTheWholePanel() {
        assertThatThrownBy(() -> new Hearing(complaint, new Hearing.Sitting(TODAY.plusDays(27).atTime(10, 0), " ",
                null, "Ben Hall", ""), NZ, TODAY, 28, "examiner", NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field)
                        .containsExactly("sitsAt", "venue", "chair", "professionalMember"))
                .hasMessageContaining("4 Jan 2027 at the earliest");
        Hearing fixed = new Hearing(complaint, sitting(TODAY.plusDays(28), "Dr Ana Tui"), NZ, TODAY, 28, "examiner",
                NOW);
        assertThat(fixed.sitsAt()).as("10 am in Wellington").isEqualTo(Instant.parse("2027-01-03T21:00:00Z"));
        assertThat(fixed.isAdjourned()).isFalse();
    }

    @Test
    void theTimeIsNeededTooAndAnAdjournmentHasAReasonAndHappensOnce() {
        assertThatThrownBy(() -> new Hearing(complaint, sitting(null, "Dr Ana Tui"), NZ, TODAY, 28, "e", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("sitsAt"));
        Hearing fixed = new Hearing(complaint, sitting(TODAY.plusDays(40), "Dr Ana Tui"), NZ, TODAY, 28, "e", NOW);
        assertThatThrownBy(() -> fixed.adjourn(" ", "examiner", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(fixed.isAdjourned()).isFalse();
        fixed.adjourn("The representative is ill.", "examiner", NOW);
        assertThat(fixed.isAdjourned()).isTrue();
        assertThatThrownBy(() -> fixed.adjourn("Again.", "examiner", NOW)).isInstanceOf(WrongStageException.class);
    }
}
