package org.casework.workspace.boundary.web;

import java.util.Locale;
import java.util.ResourceBundle;
import org.casework.cases.entity.CaseStatus;
import org.casework.letters.entity.LetterDraft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff pages show where a case and its letters stand in words from the one bundle, never as codes. */
class StaffWordsTest {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.casework.intake.portal", Locale.ENGLISH);

    @Test
    void everyStatusOfACaseAndOfALetterDraftHasItsWords() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(WORDS.containsKey("status." + status.name())).as("status." + status.name()).isTrue();
        }
        for (LetterDraft.State state : LetterDraft.State.values()) {
            assertThat(WORDS.getString("draft." + state.name())).as("draft." + state.name())
                    .isNotBlank().doesNotContain("_").isNotEqualTo(state.name());
        }
    }
}
