package org.casework.statistics.entity;

import java.time.LocalDate;
import java.util.EnumSet;
import org.casework.cases.entity.Appeal;
import org.casework.cases.entity.Decider;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedCaseTest {

    private static ClosedCase closed() {
        return new ClosedCase("MSC-2026-000001", CaseSource.WORKFLOW, "MSC-40213", Platform.FACEBOOK,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), Outcome.SUSPENSION,
                EnumSet.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
    }

    @Test
    void everyDeciderAndEveryAppealResultHasItsStatisticsCategory() {
        for (Decider decider : Decider.values()) {
            assertThat(DecidedBy.valueOf(decider.name()).label()).isNotBlank();
        }
        for (Appeal.Result result : Appeal.Result.values()) {
            assertThat(AppealOutcome.valueOf(result.name()).label()).isNotBlank();
        }
    }

    @Test
    void anAppealsResultIsRecordedBesideTheDecisionTheCaseClosedWithNotInsteadOfIt() {
        ClosedCase imported = closed();
        assertThat(imported.decidedBy()).isEqualTo(DecidedBy.NOT_RECORDED);
        assertThat(imported.appealOutcome()).isEqualTo(AppealOutcome.NONE);
        ClosedCase heard = closed().decidedBy(DecidedBy.HEARING_PANEL);
        heard.appealDecided(AppealOutcome.QUASHED);
        assertThat(heard.outcome()).isEqualTo(Outcome.SUSPENSION);
        assertThat(heard.decidedBy()).isEqualTo(DecidedBy.HEARING_PANEL);
        assertThat(heard.appealOutcome()).isEqualTo(AppealOutcome.QUASHED);
    }
}
