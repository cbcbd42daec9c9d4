package org.casework.cases.entity;

import java.time.Instant;
import java.time.LocalDate;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.InvalidFieldsException;
import org.casework.kernel.Outcome;
import org.casework.kernel.WrongStageException;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.Sanction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AppealTest {

    private static final LocalDate DECIDED = LocalDate.of(2027, 2, 1);
    private static final LocalDate LETTER = DECIDED.plusDays(3);
    private static final Instant NOW = Instant.parse("2027-02-10T01:00:00Z");

    private final Complaint complaint = CaseFixtures.davidComplaint();

    private Sanction sanction(Outcome kind) {
        Sanction s = new Sanction(new Practitioner("MS-12345", "David Marsh", "Medical laboratory scientist",
                "Wellington Community Laboratory"), kind, CaseReference.parse("MSC-2026-000001"), DECIDED,
                DECIDED.plusMonths(6));
        s.openToAppeal(LETTER, 28);
        return s;
    }

    private Appeal lodged(Outcome kind) {
        return new Appeal(complaint, sanction(kind), LETTER.plusDays(5), LETTER.plusDays(6), "Disproportionate.",
                false, "investigator", NOW);
    }

    @Test
    void anAppealIsLodgedWithinTheWindowTheLetterOpenedWithGrounds() {
        Sanction suspension = sanction(Outcome.SUSPENSION);
        LocalDate today = LETTER.plusDays(40);
        assertThatThrownBy(() -> new Appeal(complaint, suspension, LETTER.plusDays(29), today, " ", false,
                "investigator", NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field, InvalidFieldException::getMessage)
                        .containsExactly(
                                tuple("lodgedOn", "lodgedOn is after the last day to "
                                        + "appeal, 4 Mar 2027"),
                                tuple("grounds", "grounds is required")));
        assertThatThrownBy(() -> new Appeal(complaint, suspension, today.plusDays(1), today, "x", false, "a", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("lodgedOn"));
        assertThatThrownBy(() -> new Appeal(complaint, suspension, DECIDED.minusDays(1), today, "x", false, "a", NOW))
                .hasMessageContaining("before the decision");
        Appeal inTime = new Appeal(complaint, suspension, LETTER.plusDays(28), today, "Disproportionate.", true,
                "investigator", NOW);
        assertThat(inTime.isDecided()).isFalse();
        assertThat(inTime.stayed()).isTrue();
    }

    @Test
    void aSanctionTheLetterHasNotOpenedToAppealCannotBeAppealed() {
        Sanction accepted = new Sanction(new Practitioner("MS-1", "A B", "Scientist", null), Outcome.WARNING,
                CaseReference.parse("MSC-2026-000001"), DECIDED, DECIDED.plusYears(2));
        assertThatThrownBy(() -> new Appeal(complaint, accepted, DECIDED, DECIDED, "x", false, "a", NOW))
                .isInstanceOf(WrongStageException.class).hasMessageContaining("not open to appeal");
    }

    @Test
    void theResultIsRecordedOnceWithEveryRefusedFieldAtOnce() {
        Appeal appeal = lodged(Outcome.SUSPENSION);
        LocalDate today = LETTER.plusDays(60);
        assertThatThrownBy(() -> appeal.decide(Appeal.Result.VARIED, today.plusDays(1), today, "", Outcome.WARNING,
                null, "examiner", NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field)
                        .containsExactly("decidedOn", "reasons", "variedTo", "variedEndsOn"));
        assertThat(appeal.isDecided()).isFalse();
        appeal.decide(Appeal.Result.VARIED, today, today, "Reduced to conditions.", Outcome.CONDITIONS,
                today.plusMonths(3), "examiner", NOW);
        assertThat(appeal.result()).isEqualTo(Appeal.Result.VARIED);
        assertThat(appeal.variedTo()).isEqualTo(Outcome.CONDITIONS);
        assertThatThrownBy(() -> appeal.decide(Appeal.Result.QUASHED, today, today, "x", null, null, "e", NOW))
                .isInstanceOf(WrongStageException.class).hasMessageContaining("already decided");
    }

    @Test
    void aWarningIsVariedOnlyInItsLengthAndAQuashingNeedsNoNewOrder() {
        Appeal warning = lodged(Outcome.WARNING);
        LocalDate today = LETTER.plusDays(60);
        assertThatThrownBy(() -> warning.decide(Appeal.Result.VARIED, today, today, "Shorter.", Outcome.SUSPENSION,
                today.plusYears(1), "examiner", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("variedTo"));
        Appeal quashed = lodged(Outcome.SUSPENSION);
        quashed.decide(Appeal.Result.QUASHED, today, today, "Unfair hearing.", Outcome.CONDITIONS, today, "e", NOW);
        assertThat(quashed.variedTo()).as("only a variation keeps a new order").isNull();
        assertThat(quashed.decidedOn()).isEqualTo(today);
    }

    @Test
    void anErasureMayBeVariedIntoAnOrderButNotIntoAWarning() {
        Sanction erasure = new Sanction(new Practitioner("MS-12345", "David Marsh", "Medical laboratory scientist",
                null), Outcome.ERASURE, CaseReference.parse("MSC-2026-000001"), DECIDED, null);
        erasure.openToAppeal(LETTER, 28);
        Appeal appeal = new Appeal(complaint, erasure, LETTER.plusDays(5), LETTER.plusDays(6), "Too harsh.", false,
                "investigator", NOW);
        LocalDate today = LETTER.plusDays(60);
        assertThatThrownBy(() -> appeal.decide(Appeal.Result.VARIED, today, today, "Too harsh.", Outcome.WARNING,
                today.plusYears(1), "examiner", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("variedTo"));
        appeal.decide(Appeal.Result.VARIED, today, today, "Suspension instead.", Outcome.SUSPENSION,
                today.plusMonths(12), "examiner", NOW);
        assertThat(appeal.variedTo()).isEqualTo(Outcome.SUSPENSION);
    }
}
