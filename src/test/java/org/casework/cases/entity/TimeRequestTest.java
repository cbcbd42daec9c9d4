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

class TimeRequestTest {

    private static final ZoneId NZ = ZoneId.of("Pacific/Auckland");
    private static final Instant NOTIFIED = Instant.parse("2026-12-01T01:00:00Z");
    private static final String DAVID = "portal:david.marsh@example.org";

    private static Complaint notified() {
        Complaint complaint = CaseFixtures.davidComplaint();
        complaint.accept("investigator", "Confidentiality", NOTIFIED.minusSeconds(3600));
        complaint.notifyPractitioner(NOTIFIED, NZ);
        return complaint;
    }

    @Test
    void grantedTheResponseIsDueThatManyDaysLater() {
        Complaint complaint = notified();
        LocalDate due = complaint.responseClock().dueOn();
        TimeRequest request = new TimeRequest(complaint, 14, "On leave until January.", DAVID, NOTIFIED);
        assertThat(request.open()).isTrue();
        request.decide(true, null, "investigator", NOTIFIED.plusSeconds(60));
        assertThat(complaint.responseClock().dueOn()).isEqualTo(due.plusDays(14));
        assertThat(request.granted()).isTrue();
        assertThatThrownBy(() -> request.decide(false, "no", "examiner", NOTIFIED))
                .as("answered once").isInstanceOf(WrongStageException.class);
        assertThat(complaint.responseClock().dueOn()).isEqualTo(due.plusDays(14));
    }

    @Test
    void refusedTheDateStandsAndANoteSaysWhy() {
        Complaint complaint = notified();
        LocalDate due = complaint.responseClock().dueOn();
        TimeRequest request = new TimeRequest(complaint, 7, "Waiting for advice.", DAVID, NOTIFIED);
        assertThatThrownBy(() -> request.decide(false, " ", "investigator", NOTIFIED))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(request.open()).isTrue();
        request.decide(false, "The complaint is urgent.", "investigator", NOTIFIED);
        assertThat(complaint.responseClock().dueOn()).isEqualTo(due);
        assertThat(request.granted()).isFalse();
    }

    @Test
    void daysAndReasonAreRefusedTogetherAndOnlyWhileTheResponseIsAwaited() {
        Complaint complaint = notified();
        assertThatThrownBy(() -> new TimeRequest(complaint, 29, " ", DAVID, NOTIFIED))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field).containsExactly("days", "reason"));
        assertThatThrownBy(() -> new TimeRequest(complaint, null, "Leave", DAVID, NOTIFIED))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("days"));
        complaint.recordResponse(NOTIFIED.plusSeconds(120));
        assertThatThrownBy(() -> new TimeRequest(complaint, 7, "Leave", DAVID, NOTIFIED))
                .isInstanceOf(WrongStageException.class);
        assertThatThrownBy(() -> new TimeRequest(CaseFixtures.davidComplaint(), 7, "Leave", DAVID, NOTIFIED))
                .as("not yet notified").isInstanceOf(WrongStageException.class);
    }
}
