package org.casework.letters.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.casework.cases.entity.CaseFixtures;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.PaymentOrders;
import org.casework.cases.entity.Term;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterDraft;
import org.casework.letters.entity.LetterKind;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.Recipient;
import org.casework.letters.entity.TemplateKey;
import org.casework.policy.entity.PolicyClause;
import org.casework.policy.entity.PolicyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every outcome's letters, as drafted for approval: to the practitioner (with the cited clauses in full, the policy
 * and version, and what the outcome means) and to the complainant (only what the complainant may know), each one
 * PDF/A-2b as veraPDF sees it.
 */
class LetterSetTest {

    static final String REGULATOR = "Medical Sciences Council of New Zealand";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant AT = Instant.parse("2026-11-20T00:00:00Z");
    private final LetterRenderer renderer = new LetterRenderer();

    /** The sentence that says what the outcome means, as the shipped templates word it. */
    static final Map<Outcome, String> CONSEQUENCE = Map.of(
            Outcome.NO_FURTHER_ACTION, "no further action is needed. The case is closed",
            Outcome.ADVICE, "Advice is not published on the register",
            Outcome.WARNING, "decided to issue you a warning. A warning is published on the register for two years.",
            Outcome.EMPLOYER_REFERRAL, "the case examiners decided to refer the matter to your employer for local "
                    + "resolution",
            Outcome.UNDERTAKINGS, "You have 28 days from the date of this letter to agree to the undertakings",
            Outcome.CONDITIONS, "the hearing panel decided to impose conditions on your registration from 20 "
                    + "November 2026 until 20 May 2027",
            Outcome.SUSPENSION, "You must not practise while suspended",
            Outcome.ERASURE, "decided to remove your name from the register",
            Outcome.CENSURE, "decided to censure you: a formal statement that your conduct fell short");

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomesLetterToEachRecipientSaysWhatThatRecipientMayKnowAndIsPdfA(Outcome outcome) throws Exception {
        Complaint david = decided(outcome);
        byte[] toPractitioner = renderer.render(Compose.toPractitioner(david, TODAY));
        String practitioner = text(toPractitioner);
        assertThat(practitioner).contains(david.reference().value(), "Dear David Marsh",
                "Outcome: " + outcome.label(), CONSEQUENCE.get(outcome), david.decision().reasons(),
                "The allegations concern: confidentiality and privacy.", "- " + Compose.EVIDENCE,
                "Images of patients are not reproduced");
        if (outcome.requiresCitation()) {
            assertThat(practitioner).contains("Clause 8 - Respect privacy and confidentiality",
                    "respect the confidentiality and privacy of patients apply to social media",
                    "Clause 12 - Good practice",
                    "Social media and electronic communications, version One");
        } else {
            assertThat(practitioner).doesNotContain("Policy clauses breached");
        }
        assertThat(PdfA.violations2b(toPractitioner)).as(outcome + " to the practitioner").isEmpty();
        assertThat(PdfA.violationsAccessible(toPractitioner)).as(outcome + " to the practitioner, tagged").isEmpty();

        byte[] toComplainant = renderer.render(Compose.letter(TemplateKey.of(outcome, Recipient.COMPLAINANT), david,
                TODAY));
        String complainant = text(toComplainant);
        assertThat(complainant).contains(david.reference().value(), "Dear Tom Reweti", "Outcome: " + outcome.label());
        assertThat(complainant).as("nothing the complainant may not know: no reasons, clauses or evidence facts")
                .doesNotContain("Photos of patients were posted", "panel found", "Clause 8", "GPS", "latitude",
                        "SHA-256");
        assertThat(PdfA.violations2b(toComplainant)).as(outcome + " to the complainant").isEmpty();
        assertThat(PdfA.violationsAccessible(toComplainant)).as(outcome + " to the complainant, tagged").isEmpty();

        assertThat(LetterComposer.hasEmployer(david)).isTrue();
        byte[] toEmployer = renderer.render(Compose.letter(TemplateKey.of(outcome, Recipient.EMPLOYER), david, TODAY));
        String employer = text(toEmployer);
        assertThat(employer).contains(david.reference().value(), "David Marsh", "Wellington Community Laboratory");
        assertThat(employer).as("the employer is not given the examiners' reasons or the clauses")
                .doesNotContain("Photos of patients were posted publicly", "panel found", "Clause 8");
        assertThat(PdfA.violations2b(toEmployer)).as(outcome + " to the employer").isEmpty();
        assertThat(PdfA.violationsAccessible(toEmployer)).as(outcome + " to the employer, tagged").isEmpty();
    }

    @Test
    void theNoticeAndTheAcknowledgementComeFromTheirTemplatesToo() throws Exception {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", AT);
        String notice = text(renderer.render(Compose.letter(TemplateKey.notice(), david, TODAY)));
        assertThat(notice).contains("Notice of investigation " + david.reference().value(), "What is alleged",
                "Please send us your written response by 21 December 2026, which is 28 days from the date of this "
                + "notice");
        assertThat(notice.replaceAll("\\s+", " ")).as("the way to answer online").contains("our practitioner portal, "
                + LetterSettings.DEFAULT_PORTAL);
        var acknowledgement = DefaultTemplates.of(TemplateKey.acknowledgement());
        String mail = Compose.COMPOSER.text(acknowledgement, david, TODAY);
        assertThat(Compose.COMPOSER.subject(acknowledgement, david, TODAY))
                .isEqualTo("We have received your complaint " + david.reference().value());
        assertThat(mail).startsWith("Kia ora Tom Reweti,").contains("Your reference is " + david.reference().value())
                .doesNotContain("{");
    }

    @Test
    void undertakingsAndConditionsAreListedOneByOneWithTheDayEachIsChecked() throws Exception {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", AT);
        david.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
        david.decide(new Decision(Outcome.UNDERTAKINGS, "Insight shown; the account was public.",
                List.of(PolicyFixtures.clause8()), CaseFixtures.DAVID_CONDUCT, "examiner", AT).withTerms(List.of(
                new Term("Complete the council's privacy course.", TODAY.plusMonths(3)),
                new Term("Keep your social media accounts private.", TODAY.plusMonths(6))),
                null));
        byte[] pdf = renderer.render(Compose.toPractitioner(david, TODAY));
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("The undertakings 1. Complete the council's privacy course. (checked on 23 February "
                + "2027) 2. Keep your social media accounts private. (checked on 23 May 2027)")
                .doesNotContain("set out in the reasons below", "{terms}");
        assertThat(PdfA.violations2b(pdf)).isEmpty();
    }

    @Test
    void theEmployerReadsTheConditionsItMustSeeMetWithTheirDates() throws Exception {
        LocalDate ends = LocalDate.ofInstant(AT, ZoneOffset.UTC).plusMonths(12);
        Complaint david = atAHearing(Outcome.CONDITIONS, panel -> panel.withTerms(List.of(new Term("Work only under "
                + "the supervision of a senior scientist.", TODAY.plusMonths(3))), ends), ends);
        String employer = text(renderer.render(Compose.letter(TemplateKey.of(Outcome.CONDITIONS, Recipient.EMPLOYER),
                david, TODAY)));
        assertThat(employer).contains("from 20 November 2026 until 20 November 2027", "The conditions 1. Work only "
                + "under the supervision of a senior scientist. (checked on 23 February 2027)")
                .doesNotContain("The panel's reasons", "{terms}");
    }

    @Test
    void aFineAndCostsAHearingOrderedAreInThePractitionersLetterOnly() throws Exception {
        Complaint david = atAHearing(Outcome.CENSURE, panel -> panel.withPaymentOrders(PaymentOrders.of(
                new BigDecimal("2500"), new BigDecimal("4120.50"), new BigDecimal("30000"), true)), null);
        byte[] pdf = renderer.render(Compose.toPractitioner(david, TODAY));
        assertThat(text(pdf)).contains("Outcome: Censure", "The panel also ordered you to pay a fine of $2,500.00 "
                + "and $4,120.50 towards the costs of the investigation and the hearing.", "Appeal");
        assertThat(PdfA.violations2b(pdf)).isEmpty();
        assertThat(text(renderer.render(Compose.letter(TemplateKey.of(Outcome.CENSURE, Recipient.COMPLAINANT), david,
                TODAY)))).contains("censured the practitioner")
                .doesNotContain("$", "fine");
        assertThat(text(renderer.render(Compose.toPractitioner(decided(Outcome.CENSURE), TODAY))))
                .as("no payment ordered, nothing said").doesNotContain("ordered you to pay", "{payment}");
    }

    @Test
    void anInterimOrdersLetterSaysWhatUntilWhenWhyAndThatItIsReviewed() throws Exception {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", AT);
        var facts = new LetterComposer.CaseFacts(List.of(), List.of(), "Nikau Rangi").with(
                new LetterComposer.InterimFacts("interim suspension", TODAY.plusMonths(6), 6,
                        "Patients are at risk while the case runs."));
        byte[] pdf = renderer.render(Compose.COMPOSER.compose(DefaultTemplates.of(TemplateKey.interimOrder()), david,
                facts, TODAY));
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Interim order " + david.reference().value(), "made an interim suspension on your "
                + "registration, from 23 November 2026 until 23 May 2027 at the latest", "Patients are at risk while "
                + "the case runs.", "reviewed every 6 months", "not a finding that the allegations are proved")
                .doesNotContain("{");
        assertThat(PdfA.violations2b(pdf)).isEmpty();
    }

    @Test
    void theNoticeOfAHearingsSittingStatesWhenWhereAndWhoAndWhichSittingItReplaces() throws Exception {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", AT);
        var sitting = new LetterComposer.SittingFacts("Thursday 4 February 2027 at 10:00 am",
                "Level 2, 80 The Terrace, Wellington", "Dr Ana Tui (chair), Ben Hall (lay member) and Cara Lee "
                + "(professional member)", null, 28);
        var facts = new LetterComposer.CaseFacts(List.of(), List.of(), "Nikau Rangi").at(sitting);
        var template = DefaultTemplates.of(TemplateKey.hearingDate());
        byte[] first = renderer.render(Compose.COMPOSER.compose(template, david, facts, TODAY));
        String text = text(first).replaceAll("\\s+", " ");
        assertThat(text).contains("Notice of hearing " + david.reference().value() + ": Thursday 4 February 2027",
                "will hear your case on Thursday 4 February 2027 at 10:00 am, at Level 2, 80 The Terrace, Wellington",
                "The panel is Dr Ana Tui (chair), Ben Hall (lay member) and Cara Lee (professional member)",
                "Only the panel can adjourn a hearing", "Nikau Rangi")
                .doesNotContain("replaces the hearing", "{");
        assertThat(PdfA.violations2b(first)).isEmpty();
        assertThat(PdfA.violationsAccessible(first)).isEmpty();

        var again = facts.at(new LetterComposer.SittingFacts("Tuesday 2 March 2027 at 9:30 am", "By video: "
                + "https://meet.example.org/msc-hearing", sitting.panel(), sitting.when(), 28));
        String second = text(renderer.render(Compose.COMPOSER.compose(template, david, again, TODAY)))
                .replaceAll("\\s+", " ");
        assertThat(second).contains("This replaces the hearing set for Thursday 4 February 2027 at 10:00 am, which "
                + "the panel adjourned.", "on Tuesday 2 March 2027 at 9:30 am, at By video:");
    }

    @Test
    void anAdministratorsWordingIsUsedAndTheFactsAreStillMergedIn() throws Exception {
        Complaint david = decided(Outcome.WARNING);
        var template = new LetterTemplate(TemplateKey.of(Outcome.WARNING,
                Recipient.PRACTITIONER), "Warning: {reference}", """
                Tēnā koe {practitioner},

                # Outcome: {outcome}

                A warning stays on the register for two years ({reference}).

                {allegations}

                {evidence}

                {reasons}

                {clauses}
                """, true);
        String text = text(renderer.render(Compose.COMPOSER.compose(template, david, TODAY)));
        assertThat(text).contains("Warning: " + david.reference().value(), "Tēnā koe David Marsh",
                "A warning stays on the register for two years (" + david.reference().value() + ")",
                "Photos of patients were posted publicly with location tags.", "Clause 8 - Respect privacy");
    }

    @Test
    void aCorrectionIsTheNextVersionSaysWhyFirstAndKeepsTheEarlierOne() throws Exception {
        Complaint david = decided(Outcome.WARNING);
        byte[] first = renderer.render(Compose.toPractitioner(david, TODAY));
        var original = new Letter(david,
                LetterKind.DECISION_TO_PRACTITIONER, "David Marsh", first, AT);
        byte[] corrected = renderer.render(Compose.toPractitioner(david, TODAY)
                .correcting(LocalDate.of(2026, 11, 20), original.version(), "The date of the posts was wrong."));
        String text = text(corrected);
        assertThat(text).contains("Corrected: ", "Correction", "This letter replaces our letter of 20 November 2026 about case "
                + david.reference().value() + " (version 1), which contained an error: The date of the posts was "
                + "wrong.", "Outcome: Warning");
        assertThat(text.indexOf("This letter replaces")).as("the correction comes first")
                .isLessThan(text.indexOf("Outcome: Warning"));
        assertThat(PdfA.violations2b(corrected)).isEmpty();

        var draft = LetterDraft.correcting(original, corrected,
                "The date of the posts was wrong.", "investigator", AT);
        assertThat(draft.author("examiner")).as("the requester's work is checked by someone else")
                .isEqualTo("investigator");
        Assertions.assertThatThrownBy(() -> draft.review(true, "investigator", null,
                draft.author("examiner"), AT)).isInstanceOf(AccessDeniedException.class);
        draft.review(true, "examiner", null, draft.author("examiner"), AT);
        var second = draft.issue(AT.plusSeconds(60));
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.replaces()).isSameAs(original);
        assertThat(second.fileName()).endsWith("-decision-to-practitioner-v2.pdf");
        assertThat(second.content()).isEqualTo(corrected);
        assertThat(original.content()).as("the earlier version is kept as issued").isEqualTo(first);
        Assertions.assertThatThrownBy(() -> LetterDraft.correcting(
                original, corrected, " ", "investigator", AT))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("reason");
    }

    /**
     * David's case referred by the case examiners and decided by a hearing panel with the outcome, whose decision
     * {@code asDecided} completes (terms, payment); the panel's reasons are for the practitioner only.
     */
    static Complaint atAHearing(Outcome outcome, UnaryOperator<Decision> asDecided, LocalDate orderEndsOn) {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", AT);
        david.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
        List<PolicyClause> clauses = List.of(PolicyFixtures.clause8());
        david.decide(new Decision(outcome, "Examiners' reasons.", clauses, CaseFixtures.DAVID_CONDUCT, "examiner",
                AT));
        david.recordHearingDecision(asDecided.apply(Decision.ofHearingPanel(outcome, "The panel's reasons, for the "
                + "practitioner only.", clauses, CaseFixtures.DAVID_CONDUCT, "panel", AT)), orderEndsOn);
        return david;
    }

    /** David's case decided with the outcome; conditions and suspension through a hearing panel, as they must be. */
    static Complaint decided(Outcome outcome) {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", AT);
        david.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
        List<PolicyClause> clauses = outcome.requiresCitation()
                ? List.of(PolicyFixtures.clause8(), PolicyFixtures.clause12()) : List.of();
        david.decide(new Decision(outcome, "Photos of patients were posted publicly with location tags.", clauses,
                CaseFixtures.DAVID_CONDUCT, "examiner", AT));
        if (outcome.onlyByHearing()) {
            david.recordHearingDecision(Decision.ofHearingPanel(outcome, "The panel found the breach serious.", clauses,
                    CaseFixtures.DAVID_CONDUCT, "panel", AT), LocalDate.ofInstant(AT, ZoneOffset.UTC).plusMonths(6));
        }
        return david;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
