package org.casework.letters.entity;

import java.time.Instant;
import org.casework.cases.entity.CaseFixtures;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterDraftTest {

    private static final Instant AT = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void aDraftTheSettingsApproveIsIssuedAsDraftedNamingNoApproverAndSayingWhy() {
        LetterDraft draft = new LetterDraft(CaseFixtures.davidComplaint(), LetterKind.HDC_TRANSFER,
                "Health and Disability Commissioner", new byte[] {1, 2, 3}, AT);
        assertThat(draft.approvedBySettings()).isFalse();
        draft.approveBySettings(AT);
        assertThat(draft.state()).isEqualTo(LetterDraft.State.APPROVED);
        assertThat(draft.approvedBySettings()).isTrue();
        assertThat(draft.reviewedBy()).isNull();
        assertThat(draft.reviewNote()).contains("settings do not ask a second person");
        Letter letter = draft.issue(AT);
        assertThat(letter.approvedBy()).isNull();
        assertThat(draft.approvedBySettings()).as("still said of it once issued").isTrue();
        assertThatThrownBy(() -> draft.approveBySettings(AT)).isInstanceOf(WrongStageException.class);
    }

    @Test
    void onlyATransferToTheCommissionerTakesTheHdcsAddressAndOnlyAValidOne() {
        LetterDraft transfer = new LetterDraft(CaseFixtures.davidComplaint(), LetterKind.HDC_TRANSFER,
                "Health and Disability Commissioner", new byte[] {1}, AT);
        transfer.approveBySettings(AT);
        Letter letter = transfer.issue(AT);
        assertThat(letter.awaitsEmail()).as("posted unless an address is configured").isFalse();
        assertThatThrownBy(() -> letter.emailToTheCommissioner("<script>@hdc"))
                .isInstanceOf(InvalidFieldException.class);
        letter.emailToTheCommissioner("transfers@hdc.example.org");
        assertThat(letter.addressedTo()).isEqualTo("transfers@hdc.example.org");
        assertThat(letter.awaitsEmail()).isTrue();
        LetterDraft notice = new LetterDraft(CaseFixtures.davidComplaint(), LetterKind.INVESTIGATION_NOTICE,
                "David Marsh", new byte[] {1}, AT);
        notice.approveBySettings(AT);
        Letter toDavid = notice.issue(AT);
        assertThatThrownBy(() -> toDavid.emailToTheCommissioner("transfers@hdc.example.org"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDraftASecondPersonApprovedIsNotCountedAsTheSettings() {
        LetterDraft draft = new LetterDraft(CaseFixtures.davidComplaint(), LetterKind.INVESTIGATION_NOTICE,
                "David Marsh", new byte[] {1}, AT);
        draft.review(true, "investigator", null, "examiner", AT);
        assertThat(draft.approvedBySettings()).isFalse();
        assertThatThrownBy(() -> draft.approveBySettings(AT)).as("reviewed already")
                .isInstanceOf(WrongStageException.class);
    }
}
