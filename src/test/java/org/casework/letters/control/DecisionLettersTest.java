package org.casework.letters.control;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.cases.entity.CaseFixtures;
import org.casework.cases.entity.Complainant;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decider;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.NamedPractitioner;
import org.casework.cases.entity.Relationship;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.letters.control.LetterComposer.CaseFacts;
import org.casework.letters.entity.Recipient;
import org.casework.letters.entity.TemplateKey;
import org.casework.policy.entity.PolicyClause;
import org.casework.policy.entity.PolicyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every decision letter, for every decider that can make the decision and every recipient, read back from the PDF:
 * the decider's own words and nobody else's, what may still happen after that decider's decision, the dates merged
 * in one format, and the complainant's words only where the complainant agreed.
 */
class DecisionLettersTest {

    static final Instant AT = Instant.parse("2026-11-20T00:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String COMPLAINANTS_WORDS = "Photos of patients on a public, geo-tagged Facebook account.";
    static final String APPEAL = "You may appeal to the High Court of New Zealand within 28 days (test wording).";
    static final LetterComposer COMPOSER = new LetterComposer(new LetterSettings("Medical Sciences Council of New "
            + "Zealand", "PO Box 11 905, Wellington 6142", "Registrar", "ftp@msc.example.nz", APPEAL),
            ZoneId.of("Pacific/Auckland"));
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final LetterRenderer renderer = new LetterRenderer();

    static Stream<Arguments> decisions() {
        List<Arguments> all = new ArrayList<>();
        for (Recipient recipient : Recipient.OF_DECISIONS) {
            all.add(Arguments.of(Outcome.NO_FURTHER_ACTION, Decider.TRIAGE, recipient));
            all.add(Arguments.of(Outcome.EMPLOYER_REFERRAL, Decider.TRIAGE, recipient));
            for (Outcome outcome : Outcome.values()) {
                if (!outcome.onlyByHearing()) {
                    all.add(Arguments.of(outcome, Decider.CASE_EXAMINERS, recipient));
                }
                all.add(Arguments.of(outcome, Decider.HEARING_PANEL, recipient));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} by {1} to the {2}")
    @MethodSource("decisions")
    void theLetterSpeaksForWhoeverDecidedAndSaysWhatMayStillHappen(Outcome outcome, Decider decider,
                                                                    Recipient recipient) throws IOException {
        Complaint david = decided(outcome, decider);
        String text = text(render(david, recipient, "Nikau Parata"));

        boolean triageToComplainant = decider == Decider.TRIAGE && recipient == Recipient.COMPLAINANT;
        if (!triageToComplainant) {
            assertThat(text).as("names who decided").contains(decider.words());
        }
        for (Decider other : Decider.values()) {
            if (other != decider) {
                assertThat(text).as("never speaks for " + other).doesNotContain(other.words());
            }
        }
        assertThat(text).as("no code, no plural guess, no ISO date").doesNotContain("(s)", "{", "_");
        assertThat(ISO_DATE.matcher(text).find()).as("dates in one format: " + text).isFalse();

        boolean answerable = decider == Decider.CASE_EXAMINERS
                && (outcome == Outcome.WARNING || outcome == Outcome.UNDERTAKINGS);
        boolean appealable = decider == Decider.HEARING_PANEL && outcome != Outcome.NO_FURTHER_ACTION
                && outcome != Outcome.ADVICE && outcome != Outcome.EMPLOYER_REFERRAL;
        if (recipient == Recipient.PRACTITIONER) {
            assertThat(text).contains("made on 20 November 2026", "Nikau Parata for the Registrar",
                    "please contact Nikau Parata at ftp@msc.example.nz, quoting reference MSC-2026-000001");
            assertThat(text.contains("ask for a hearing")).as("a hearing may still be asked for").isEqualTo(answerable);
            assertThat(text.contains(APPEAL)).as("the appeal route, as the regulator words it").isEqualTo(appealable);
        } else {
            assertThat(text).as("what is for the practitioner stays in the practitioner's letter")
                    .doesNotContain(APPEAL, "Clause 8");
        }
        if (outcome.isTimedOrder()) {
            assertThat(text).as("the order's dates merged in").contains("from 20 November 2026 until 20 May 2027");
        }
        if (recipient == Recipient.COMPLAINANT) {
            assertThat(text.contains(REASONS)).as("the complainant reads the reasons of a triage decision only")
                    .isEqualTo(decider == Decider.TRIAGE);
        } else {
            assertThat(text).as("the complainant did not agree to share their words").doesNotContain(COMPLAINANTS_WORDS);
        }
    }

    static final String REASONS = "The reasons given for this decision.";

    @Test
    void theComplainantsOwnWordsGoToThePractitionerOnlyWithConsentAndTheRegulatorsSummaryWinsOverThem()
            throws IOException {
        Complaint withoutConsent = decided(Outcome.WARNING, Decider.CASE_EXAMINERS);
        String neutral = text(render(withoutConsent, Recipient.PRACTITIONER, null));
        assertThat(neutral).doesNotContain(COMPLAINANTS_WORDS).contains("The complaint concerns what was posted on "
                + "Facebook on or about 14 March 2026, at the link the complainant gave us.");
        assertThat(text(render(withoutConsent, Recipient.EMPLOYER, null))).doesNotContain(COMPLAINANTS_WORDS);

        Complaint consented = CaseFixtures.davidComplaint();
        consented.recordConsent(true, true);
        decide(consented, Outcome.WARNING, Decider.CASE_EXAMINERS);
        assertThat(text(render(consented, Recipient.PRACTITIONER, null)))
                .contains("The complainant agreed that we share their description", COMPLAINANTS_WORDS);

        Complaint summarised = CaseFixtures.davidComplaint();
        summarised.recordConsent(true, true);
        summarised.accept("investigator", "Confidentiality question", AT);
        summarised.summariseAllegations("You posted photographs of patients on a public Facebook account.", "ivy");
        decide(summarised, Outcome.WARNING, Decider.CASE_EXAMINERS);
        String practitioner = text(render(summarised, Recipient.PRACTITIONER, null));
        assertThat(practitioner).contains("You posted photographs of patients on a public Facebook account.")
                .doesNotContain(COMPLAINANTS_WORDS);
        assertThat(practitioner).as("signed by the office when the case has no named contact")
                .contains("Yours sincerely, Registrar Medical Sciences Council of New Zealand")
                .contains("please contact our fitness to practise team at ftp@msc.example.nz");
    }

    @Test
    void theNoticeCitesTheClausesAllegedWithTheirTextAndTheDueDate() throws IOException {
        Complaint david = CaseFixtures.davidComplaint();
        david.accept("investigator", "Confidentiality question", AT);
        david.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
        var facts = new CaseFacts(List.of(), List.of(PolicyFixtures.clause8()), "Nikau Parata");
        String notice = text(renderer.render(COMPOSER.compose(DefaultTemplates.of(TemplateKey.notice()), david, facts,
                TODAY)));
        assertThat(notice).contains("Policy clauses concerned", "Clause 8 - Respect privacy and confidentiality",
                "in force from 1 August 2020", "respect the confidentiality and privacy of patients",
                "by 21 December 2026", "conduct on or about 14 March 2026", "Nikau Parata for the Registrar")
                .doesNotContain(COMPLAINANTS_WORDS);
    }

    @Test
    void aComplaintReferredElsewhereTellsTheComplainantWhereAndWhy() throws IOException {
        Complaint david = CaseFixtures.davidComplaint();
        david.referToAnotherBody("ivy", "the Health and Disability Commissioner", "It is about the care given.", AT);
        assertThat(david.decision().decider()).isEqualTo(Decider.TRIAGE);
        var content = COMPOSER.compose(DefaultTemplates.of(TemplateKey.referredElsewhere()), david,
                new CaseFacts(List.of(), List.of(), "Ivy Chen"), TODAY);
        String text = text(renderer.render(content));
        assertThat(content.subject()).isEqualTo("Your complaint MSC-2026-000001 has been referred to the Health and "
                + "Disability Commissioner");
        assertThat(text).contains("Dear Tom Reweti", "it is a matter for the Health and Disability Commissioner, and "
                        + "we have referred it to them.", "It is about the care given.", "Ivy Chen for the Registrar")
                .doesNotContain("Referred to the Health");
    }

    @Test
    void theBodyAComplaintIsReferredToGetsItOnlyIfTheComplainantAgreedToShareIt() throws IOException {
        Complaint withheld = CaseFixtures.davidComplaint();
        withheld.referToAnotherBody("ivy", "the Privacy Commissioner", "Personal information.", AT);
        var facts = new CaseFacts(List.of(Compose.EVIDENCE), List.of(), "Ivy Chen");
        var content = COMPOSER.compose(DefaultTemplates.of(TemplateKey.referralToBody()), withheld, facts, TODAY);
        assertThat(content.recipient()).containsExactly("the Privacy Commissioner");
        String text = text(renderer.render(content));
        assertThat(text).contains("a matter for the Privacy Commissioner rather than for us", "did not agree that we "
                + "share their complaint", "None is shared with this letter").doesNotContain(COMPLAINANTS_WORDS,
                "Image (PNG)");
        Complaint shared = CaseFixtures.davidComplaint();
        shared.recordConsent(true, true);
        shared.referToAnotherBody("ivy", "the Privacy Commissioner", "Personal information.", AT);
        assertThat(text(renderer.render(COMPOSER.compose(DefaultTemplates.of(TemplateKey.referralToBody()), shared,
                facts, TODAY)))).contains(COMPLAINANTS_WORDS, "- " + Compose.EVIDENCE);
    }

    @Test
    void aComplainantWhoseComplaintJoinedTheCaseIsWrittenToUnderTheirOwnReferenceAndInTheirOwnWords()
            throws IOException {
        Complaint david = decided(Outcome.WARNING, Decider.CASE_EXAMINERS);
        Complaint joined = new Complaint(CaseReference.of("MSC", 2026, 7), "b".repeat(64),
                new Complainant("Aroha Ngata", "aroha@example.org", null, Relationship.PATIENT_FAMILY),
                new NamedPractitioner("David Marsh", null, null, null), Platform.FACEBOOK,
                List.of("https://www.facebook.com/david.marsh.demo/posts/1001"), CaseFixtures.DAVID_CONDUCT,
                "My mother's X-ray is in one of the posts.", AT);
        var facts = new CaseFacts(List.of(), List.of(), "Nikau Parata").to(joined);
        var content = COMPOSER.compose(DefaultTemplates.of(TemplateKey.of(Outcome.WARNING, Recipient.COMPLAINANT)),
                david, facts, TODAY);
        String text = text(renderer.render(content));
        assertThat(content.reference()).isEqualTo("MSC-2026-000007");
        assertThat(text).contains("Dear Aroha Ngata", "Reference: MSC-2026-000007", "issued the practitioner a warning",
                "quoting reference MSC-2026-000007").doesNotContain("Tom Reweti", "MSC-2026-000001",
                COMPLAINANTS_WORDS);
    }

    @Test
    void forwardingToTheHdcSendsTheComplaintAsMadeToTheCommissionerAndTellsBothPeopleWhereItWent()
            throws IOException {
        Complaint david = CaseFixtures.davidComplaint();
        david.forwardToHdc("ivy", "A health consumer's care is in question.", AT);
        var facts = new CaseFacts(List.of(Compose.EVIDENCE), List.of(), "Ivy Chen");
        String toHdc = text(renderer.render(COMPOSER.compose(DefaultTemplates.of(TemplateKey.hdc(Recipient.OTHER_BODY)),
                david, facts, TODAY)));
        assertThat(toHdc).contains("The Health and Disability Commissioner PO Box 1791 Auckland 1140",
                "Dear Commissioner", "section 64", COMPLAINANTS_WORDS, "- " + Compose.EVIDENCE,
                "Ivy Chen for the Registrar");
        String toComplainant = text(renderer.render(COMPOSER.compose(DefaultTemplates.of(
                TemplateKey.hdc(Recipient.COMPLAINANT)), david, facts, TODAY)));
        assertThat(toComplainant).contains("Dear Tom Reweti", "we have done so", "write to you again")
                .doesNotContain("Image (PNG)");
        String toPractitioner = text(renderer.render(COMPOSER.compose(DefaultTemplates.of(
                TemplateKey.hdc(Recipient.PRACTITIONER)), david, facts, TODAY)));
        assertThat(toPractitioner).contains("Dear David Marsh", "forwarded it to the Health and Disability "
                + "Commissioner", "We are not investigating it").as("without the complainant's consent")
                .doesNotContain(COMPLAINANTS_WORDS, "Tom Reweti");
    }

    @Test
    void theNoticeOfHearingSaysWhyTheCaseGoesThereAndWhatThePanelConsiders() throws IOException {
        Complaint refused = decided(Outcome.WARNING, Decider.CASE_EXAMINERS);
        refused.referToHearing();
        String notice = text(renderer.render(COMPOSER.compose(DefaultTemplates.of(TemplateKey.hearingNotice()),
                refused, new CaseFacts(List.of(), List.of(), "Nikau Parata"), TODAY)));
        assertThat(notice).contains("Notice of referral to a hearing MSC-2026-000001", "You did not accept the warning "
                + "the case examiners proposed", "Policy clauses concerned", "Clause 8 - Respect privacy",
                "Nikau Parata for the Registrar").doesNotContain("{", "Policy clauses breached", REASONS);
        Complaint serious = CaseFixtures.davidComplaint();
        acceptIfNew(serious);
        serious.decide(new Decision(Outcome.SUSPENSION, REASONS, clauses(), CaseFixtures.DAVID_CONDUCT, "examiner",
                AT));
        assertThat(text(renderer.render(COMPOSER.compose(DefaultTemplates.of(TemplateKey.hearingNotice()), serious,
                CaseFacts.NONE, TODAY)))).contains("the outcome may need to be suspension, which only a hearing panel "
                + "can decide");
    }

    @Test
    void theTitleNamesTheReferenceOnceAndTheSignOffNeverStandsAloneOnAPage() throws IOException {
        Complaint david = decided(Outcome.WARNING, Decider.CASE_EXAMINERS);
        try (PDDocument pdf = Loader.loadPDF(render(david, Recipient.PRACTITIONER, "Nikau Parata"))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Decision on complaint MSC-2026-000001");
        }
        // lengthen the reasons a few words at a time across a page break: whichever line breaks the page, the last
        // page carries more than the sign-off
        int firstPages = 0;
        int lastPages = 0;
        StringBuilder reasons = new StringBuilder("Photos of patients were posted publicly.");
        for (int words = 0; words < 600; words += 5) {
            reasons.append(" The posts were seen widely.");
            Complaint longer = CaseFixtures.davidComplaint();
            longer.accept("investigator", "note", AT);
            longer.decide(new Decision(Outcome.WARNING, reasons.toString(), clauses(), CaseFixtures.DAVID_CONDUCT,
                    "examiner", AT));
            try (PDDocument pdf = Loader.loadPDF(render(longer, Recipient.PRACTITIONER, "Nikau Parata"))) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(pdf.getNumberOfPages());
                stripper.setEndPage(pdf.getNumberOfPages());
                String last = stripper.getText(pdf).replaceAll("\\s+", " ").strip();
                int signOff = last.indexOf("Yours sincerely");
                String before = signOff < 0 ? "" : last.substring(0, signOff);
                assertThat(before.strip()).as("text above the sign-off on page " + pdf.getNumberOfPages())
                        .isNotEmpty();
                firstPages = firstPages == 0 ? pdf.getNumberOfPages() : firstPages;
                lastPages = pdf.getNumberOfPages();
            }
        }
        assertThat(lastPages).as("the letters crossed a page break").isGreaterThan(firstPages);
    }

    private byte[] render(Complaint complaint, Recipient recipient, String contact) {
        TemplateKey key = TemplateKey.of(complaint.decision().outcome(), recipient);
        return renderer.render(COMPOSER.compose(DefaultTemplates.of(key), complaint,
                new CaseFacts(List.of(Compose.EVIDENCE), List.of(), contact), TODAY));
    }

    static Complaint decided(Outcome outcome, Decider decider) {
        Complaint david = CaseFixtures.davidComplaint();
        decide(david, outcome, decider);
        return david;
    }

    static void decide(Complaint david, Outcome outcome, Decider decider) {
        List<PolicyClause> clauses = outcome.requiresCitation() ? clauses() : List.of();
        switch (decider) {
            case TRIAGE -> {
                if (outcome == Outcome.EMPLOYER_REFERRAL) {
                    david.referToEmployer("ivy", REASONS, AT);
                } else {
                    david.closeAtTriage("ivy", REASONS, AT);
                }
            }
            case CASE_EXAMINERS -> {
                acceptIfNew(david);
                david.decide(new Decision(outcome, REASONS, clauses, CaseFixtures.DAVID_CONDUCT, "examiner", AT));
            }
            case HEARING_PANEL -> {
                acceptIfNew(david);
                david.decide(new Decision(outcome.onlyByHearing() ? outcome : Outcome.WARNING, "Examiners' reasons.",
                        clauses(), CaseFixtures.DAVID_CONDUCT, "examiner", AT));
                david.recordHearingDecision(Decision.ofHearingPanel(outcome, REASONS, clauses,
                        CaseFixtures.DAVID_CONDUCT, "panel", AT), LocalDate.ofInstant(AT, ZoneOffset.UTC).plusMonths(6));
            }
        }
    }

    private static void acceptIfNew(Complaint david) {
        if (david.triagedBy() == null) {
            david.accept("investigator", "Confidentiality question", AT);
            david.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
        }
    }

    private static List<PolicyClause> clauses() {
        return List.of(PolicyFixtures.clause8(), PolicyFixtures.clause12());
    }

    static String text(byte[] pdf) throws IOException {
        return LetterSetTest.text(pdf);
    }
}
