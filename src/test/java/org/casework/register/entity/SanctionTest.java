package org.casework.register.entity;

import java.time.LocalDate;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.WrongStageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SanctionTest {

    private static final Practitioner DAVID = new Practitioner("MS-12345", "David Marsh",
            "Medical laboratory scientist", "Wellington Community Laboratory");
    private static final CaseReference CASE = CaseReference.parse("MSC-2026-000001");
    private static final LocalDate ACCEPTED = LocalDate.of(2026, 12, 7);

    @Test
    void aWarningIsPublishedFromItsFirstDayUntilTheDayBeforeItExpires() {
        Sanction warning = new Sanction(DAVID, Outcome.WARNING, CASE, ACCEPTED, ACCEPTED.plusYears(2));
        assertThat(warning.publishedOn(ACCEPTED.minusDays(1))).isFalse();
        assertThat(warning.publishedOn(ACCEPTED)).isTrue();
        assertThat(warning.publishedOn(ACCEPTED.plusYears(2).minusDays(1))).isTrue();
        assertThat(warning.publishedOn(ACCEPTED.plusYears(2))).as("off the register the day it expires").isFalse();
    }

    @Test
    void anExpiredOrRevokedSanctionIsNoLongerPublishedAndEndsOnce() {
        Sanction conditions = new Sanction(DAVID, Outcome.CONDITIONS, CASE, ACCEPTED, ACCEPTED.plusMonths(6));
        conditions.expire(ACCEPTED.plusMonths(1));
        assertThat(conditions.state()).isEqualTo(Sanction.State.EXPIRED);
        assertThat(conditions.publishedOn(ACCEPTED.plusMonths(2))).isFalse();
        assertThatThrownBy(() -> conditions.revoke(ACCEPTED.plusMonths(2))).isInstanceOf(WrongStageException.class)
                .hasMessageContaining("already expired");
        Sanction undertakings = new Sanction(DAVID, Outcome.UNDERTAKINGS, CASE, ACCEPTED, null);
        assertThat(undertakings.publishedOn(ACCEPTED.plusYears(10))).as("until lifted").isTrue();
        undertakings.revoke(ACCEPTED.plusYears(1));
        assertThat(undertakings.publishedOn(ACCEPTED.plusYears(1))).isFalse();
    }

    @Test
    void onlyOutcomesThatRestrictPracticeGoOnTheRegisterAndOnlyUndertakingsRunWithoutAnEnd() {
        assertThatThrownBy(() -> new Sanction(DAVID, Outcome.ADVICE, CASE, ACCEPTED, ACCEPTED.plusYears(1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> new Sanction(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        assertThatThrownBy(() -> new Sanction(DAVID, Outcome.WARNING, CASE, ACCEPTED, ACCEPTED))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
    }

    @Test
    void aHearingsSanctionIsOpenToAppealForTheDaysAfterItsLetterOnly() {
        Sanction suspension = new Sanction(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, ACCEPTED.plusMonths(6));
        assertThat(suspension.appealableOn(ACCEPTED)).as("no letter yet").isFalse();
        suspension.openToAppeal(ACCEPTED.plusDays(2), 28);
        assertThat(suspension.appealUntil()).isEqualTo(ACCEPTED.plusDays(30));
        assertThat(suspension.appealableOn(ACCEPTED.plusDays(30))).isTrue();
        assertThat(suspension.appealableOn(ACCEPTED.plusDays(31))).isFalse();
        suspension.openToAppeal(ACCEPTED.plusDays(9), 28);
        assertThat(suspension.appealUntil()).as("the first letter opens the window").isEqualTo(ACCEPTED.plusDays(30));
    }

    @Test
    void heldPendingAnAppealItLeavesTheRegisterAndIfTheAppealFailsRunsItsWholeLength() {
        Sanction suspension = new Sanction(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, ACCEPTED.plusMonths(6));
        suspension.hold(ACCEPTED.plusDays(10));
        assertThat(suspension.state()).isEqualTo(Sanction.State.HELD);
        assertThat(suspension.publishedOn(ACCEPTED.plusDays(11))).isFalse();
        assertThatThrownBy(() -> suspension.hold(ACCEPTED.plusDays(12))).isInstanceOf(WrongStageException.class);
        assertThat(suspension.resume(ACCEPTED.plusDays(40))).isEqualTo(30);
        assertThat(suspension.state()).isEqualTo(Sanction.State.IN_FORCE);
        assertThat(suspension.endsOn()).isEqualTo(ACCEPTED.plusMonths(6).plusDays(30));
        assertThat(suspension.publishedOn(ACCEPTED.plusDays(41))).isTrue();
        assertThatThrownBy(() -> suspension.resume(ACCEPTED.plusDays(41))).isInstanceOf(WrongStageException.class);
    }

    @Test
    void quashedOrVariedOnAppealItEndsAndIsPublishedNoMore() {
        Sanction held = new Sanction(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, ACCEPTED.plusMonths(6));
        held.hold(ACCEPTED.plusDays(3));
        held.revoke(ACCEPTED.plusDays(50));
        assertThat(held.state()).isEqualTo(Sanction.State.REVOKED);
        Sanction varied = new Sanction(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, ACCEPTED.plusMonths(6));
        varied.supersede(ACCEPTED.plusDays(50));
        assertThat(varied.state()).isEqualTo(Sanction.State.SUPERSEDED);
        assertThat(varied.endedOn()).isEqualTo(ACCEPTED.plusDays(50));
        assertThat(varied.publishedOn(ACCEPTED.plusDays(51))).isFalse();
        assertThatThrownBy(() -> varied.supersede(ACCEPTED.plusDays(52))).isInstanceOf(WrongStageException.class);
        assertThatThrownBy(() -> varied.expire(ACCEPTED.plusDays(52))).isInstanceOf(WrongStageException.class);
    }

    @Test
    void anInterimOrderIsConditionsOrASuspensionWithALastDayCalledSoAndMayBeContinuedToAnotherDay() {
        assertThatThrownBy(() -> Sanction.interimOrder(DAVID, Outcome.WARNING, CASE, ACCEPTED, ACCEPTED.plusMonths(6)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> Sanction.interimOrder(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        Sanction order = Sanction.interimOrder(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, ACCEPTED.plusMonths(6));
        assertThat(order.interim()).isTrue();
        assertThat(order.label()).isEqualTo("Interim suspension");
        assertThat(new Sanction(DAVID, Outcome.SUSPENSION, CASE, ACCEPTED, ACCEPTED.plusMonths(6)).label())
                .isEqualTo("Suspension");
        order.endOn(ACCEPTED.plusMonths(9));
        assertThat(order.publishedOn(ACCEPTED.plusMonths(8))).isTrue();
        assertThatThrownBy(() -> order.endOn(ACCEPTED)).isInstanceOf(InvalidFieldException.class);
        order.supersede(ACCEPTED.plusMonths(2));
        assertThat(order.publishedOn(ACCEPTED.plusMonths(3))).as("the final decision replaced it").isFalse();
        assertThatThrownBy(() -> order.endOn(ACCEPTED.plusMonths(10))).isInstanceOf(WrongStageException.class);
    }

    @Test
    void anErasureRunsUntilLiftedAndTheRegistrantIsRemovedUntilRestored() {
        Practitioner tama = new Practitioner("MS-77", "Tama Ruru", "Medical laboratory scientist", null);
        Sanction erasure = new Sanction(tama, Outcome.ERASURE, CASE, ACCEPTED, null);
        assertThat(erasure.publishedOn(ACCEPTED.plusYears(10))).isTrue();
        assertThat(erasure.label()).isEqualTo("Erasure");
        tama.erase();
        assertThat(tama.status()).isEqualTo(RegistrationStatus.REMOVED);
        tama.restore();
        assertThat(tama.status()).isEqualTo(RegistrationStatus.CURRENT);
    }
}
