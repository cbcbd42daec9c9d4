package org.casework.letters.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.letters.control.DefaultTemplates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterTemplateTest {

    private static final TemplateKey WARNING = TemplateKey.of(Outcome.WARNING, Recipient.PRACTITIONER);
    private static final String GOOD = "Dear {practitioner},\n\n{allegations}\n\n{evidence}\n\n"
            + "# Outcome: {outcome}\n\n{reasons}\n\n{clauses}\n";

    @Test
    void everyOutcomeHasATemplateForEachRecipientPlusTheNoticeTheAcknowledgementTheReferralAndTheReminder() {
        assertThat(TemplateKey.all()).hasSize(Outcome.values().length * Recipient.OF_DECISIONS.size() + 11)
                .doesNotHaveDuplicates();
        TemplateKey.all().forEach(key -> assertThat(DefaultTemplates.of(key).pieces()).as(key.value()).isNotEmpty());
        assertThat(TemplateKey.parse("WARNING.EMPLOYER")).contains(TemplateKey.of(Outcome.WARNING, Recipient.EMPLOYER));
        assertThat(TemplateKey.parse("INVESTIGATION_NOTICE.EMPLOYER")).isEmpty();
        assertThat(TemplateKey.parse("../../etc")).isEmpty();
    }

    @Test
    void headingsParagraphsAndFactsAreReadFromTheWording() {
        List<TemplateText.Piece> pieces = TemplateText.parse(WARNING, "Decision", "Dear {practitioner},\nline two\n\n"
                + "# Outcome: {outcome}\n{allegations}\n{evidence}\n{reasons}\n\n{clauses}");
        assertThat(pieces).containsExactly(new TemplateText.Paragraph("Dear {practitioner}, line two"),
                new TemplateText.Heading("Outcome: {outcome}"), new TemplateText.Facts("allegations"),
                new TemplateText.Facts("evidence"), new TemplateText.Facts("reasons"),
                new TemplateText.Facts("clauses"));
    }

    @Test
    void anUnknownPlaceIsRefusedNamingWhatTheLetterOffers() {
        assertThatThrownBy(() -> new LetterTemplate(WARNING, "Decision {reference}", GOOD + "{trackingCode}", true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).contains("{trackingCode}", "does not offer", "{reasons}", "{outcome}");
                });
        assertThatThrownBy(() -> new LetterTemplate(WARNING, "Decision {nope}", GOOD, true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("subject"));
    }

    @Test
    void theComplainantsLetterCannotBeGivenTheClausesOrTheEvidence() {
        TemplateKey toComplainant = TemplateKey.of(Outcome.WARNING, Recipient.COMPLAINANT);
        assertThatThrownBy(() -> new LetterTemplate(toComplainant, "Outcome {reference}", "Dear {complainant},\n\n"
                + "{clauses}\n\nYour reference is {reference}.", true))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("{clauses}");
        assertThatThrownBy(() -> new LetterTemplate(toComplainant, "Outcome {reference}", "Dear {complainant},\n\n"
                + "{evidence}\n\nYour reference is {reference}.", true))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("{evidence}");
    }

    @Test
    void aParagraphCanBeKeptForOneDeciderAndAnUnknownDeciderIsRefused() {
        List<TemplateText.Piece> pieces = TemplateText.parse(WARNING, "Decision", GOOD
                + "\n[examiners] You may ask for a hearing\ninstead.\n\n[hearing] # Appeal\n\n[examiners,hearing] {appeal}");
        assertThat(pieces).contains(new TemplateText.Paragraph("You may ask for a hearing instead.", Set.of("examiners")),
                new TemplateText.Heading("Appeal", Set.of("hearing")),
                new TemplateText.Paragraph("{appeal}", Set.of("examiners", "hearing")));
        assertThat(pieces.get(pieces.size() - 3).isFor("examiners")).isTrue();
        assertThat(pieces.get(pieces.size() - 3).isFor("hearing")).isFalse();
        assertThatThrownBy(() -> TemplateText.parse(WARNING, "Decision", GOOD + "\n[panel] Text"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("[panel]");
        assertThatThrownBy(() -> TemplateText.parse(WARNING, "Decision",
                "Dear {practitioner},\n\n{allegations}\n\n{evidence}\n\n# Outcome: {outcome}\n\n[hearing] {reasons}\n\n{clauses}"))
                .as("what a letter must state, it states whoever decided").isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("{reasons}");
    }

    @Test
    void aDecisionLetterMustKeepItsReasonsAndClauses() {
        assertThatThrownBy(() -> new LetterTemplate(WARNING, "Decision", "Dear {practitioner},\n\n{outcome}\n\n"
                + "{allegations}\n\n{evidence}\n\n{reasons}", true))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("must keep {clauses}");
        assertThatThrownBy(() -> new LetterTemplate(WARNING, "Decision", "Dear {practitioner}, {outcome}: {reasons}."
                + "\n\n{allegations}\n\n{evidence}\n\n{clauses}", true))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("line of its own");
    }

    @Test
    void theAcknowledgementMustGiveTheReferenceInItsSubjectOrText() {
        TemplateKey acknowledgement = TemplateKey.acknowledgement();
        assertThat(new LetterTemplate(acknowledgement, "Received: {reference}", "Kia ora {complainant}.", true)
                .pieces()).hasSize(1);
        assertThatThrownBy(() -> new LetterTemplate(acknowledgement, "Received", "Kia ora {complainant}.", true))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("must keep {reference}");
    }

    @Test
    void onlyEmployerLettersCanBeLeftUnsent() {
        assertThatThrownBy(() -> new LetterTemplate(WARNING, "Decision", GOOD, false))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("issued"));
        LetterTemplate employer = new LetterTemplate(TemplateKey.of(Outcome.WARNING, Recipient.EMPLOYER),
                "Outcome {reference}", "Dear Sir or Madam,\n\nWe tell you about {practitioner} ({reference}).", false);
        assertThat(employer.issued()).isFalse();
        employer.reword("Outcome {reference}", "We tell you about {practitioner} ({reference}).", true, "admin",
                Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(employer.issued()).isTrue();
        assertThat(employer.updatedBy()).isEqualTo("admin");
    }

    @Test
    void aMergedValueIsNeverReadAsAPlace() {
        assertThat(TemplateText.fill("Dear {practitioner}, re {reference}",
                Map.of("practitioner", "{reference} <script>", "reference", "MSC-2026-000001")))
                .isEqualTo("Dear {reference} <script>, re MSC-2026-000001");
    }
}
