package org.casework.workspace.boundary.rest;

import java.time.LocalDate;
import java.util.List;
import org.casework.cases.entity.Appeal;
import org.casework.kernel.ClauseId;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskInputsTest {

    @Test
    void aMissingYesOrNoIsAFieldErrorNotNo() {
        assertThatThrownBy(() -> new TaskInputs.InterimRuling(null, null, null, "no risk").ruling())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("made"));
        assertThatThrownBy(() -> new TaskInputs.InterimReview(null, null, null).review())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("keep"));
        assertThat(TaskInputs.yesOrNo(false, "complied")).isFalse();
    }

    @Test
    void anInterimRulingNamesItsKindInWordsTheApiGives() {
        LocalDate ends = LocalDate.of(2027, 6, 30);
        var ruling = new TaskInputs.InterimRuling(true, "suspension", ends, "risk to patients").ruling();
        assertThat(ruling.made()).isTrue();
        assertThat(ruling.kind()).isEqualTo(Outcome.SUSPENSION);
        assertThat(ruling.endsOn()).isEqualTo(ends);
        assertThatThrownBy(() -> new TaskInputs.InterimRuling(true, "banishment", ends, "x").ruling())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void theCourtsResultAndAVariationAreReadAsTheirKinds() {
        var varied = new TaskInputs.AppealResult("VARIED", LocalDate.of(2027, 3, 1), "too long", "CONDITIONS",
                LocalDate.of(2027, 9, 1)).courtResult();
        assertThat(varied.result()).isEqualTo(Appeal.Result.VARIED);
        assertThat(varied.variedTo()).isEqualTo(Outcome.CONDITIONS);
        assertThat(new TaskInputs.AppealResult("DISMISSED", null, null, null, null).courtResult().variedTo())
                .isNull();
        assertThatThrownBy(() -> new TaskInputs.AppealResult("WON", null, null, null, null).courtResult())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("result"));
    }

    @Test
    void aDecisionsClausesAndTermsAreParsedOnce() {
        var decision = new TaskInputs.Decision("WARNING", "reasons", List.of("MSC-SM-2020/7"), null,
                List.of(new TaskInputs.TermRequest("Complete a privacy course", LocalDate.of(2027, 2, 1))), null, null);
        assertThat(decision.clauseIds()).containsExactly(new ClauseId("MSC-SM-2020/7"));
        assertThat(decision.termsProposed()).singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("Complete a privacy course"));
        assertThat(new TaskInputs.Decision("WARNING", "r", null, null, null, null, null).termsProposed()).isEmpty();
    }
}
