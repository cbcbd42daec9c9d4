package org.casework.cases.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseReference;
import org.casework.kernel.ClauseOrder;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.WrongStageException;
import org.casework.policy.entity.PolicyFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.cases.entity.CaseFixtures.DAVID_CONDUCT;
import static org.casework.cases.entity.CaseFixtures.RECEIVED;
import static org.casework.cases.entity.CaseFixtures.davidComplaint;

class ComplaintTest {

    private static final Instant LATER = RECEIVED.plusSeconds(3600);

    @Test
    void aReferralToAnotherBodyKeepsItsAddressAndABadOneIsRefusedWithTheBodyChangingNothing() {
        Complaint refused = davidComplaint();
        assertThatThrownBy(() -> refused.referToAnotherBody("ivy", " ", "not an address", "Privacy.", RECEIVED))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field).containsExactly("referredTo", "referredToEmail"));
        assertThat(refused.status()).isEqualTo(CaseStatus.RECEIVED);

        Complaint referred = davidComplaint();
        referred.referToAnotherBody("ivy", "the Privacy Commissioner", "enquiries@privacy.example.org", "Privacy.",
                RECEIVED);
        assertThat(referred.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(referred.decision().referredTo()).isEqualTo("the Privacy Commissioner");
        assertThat(referred.decision().referredToEmail()).isEqualTo("enquiries@privacy.example.org");
        Complaint posted = davidComplaint();
        posted.referToAnotherBody("ivy", "the Privacy Commissioner", "Privacy.", RECEIVED);
        assertThat(posted.decision().referredToEmail()).as("no address: posted").isNull();
    }

    @Test
    void aComplaintNamesEveryRefusedFieldAtOnce() {
        assertThatThrownBy(() -> new Complainant(" ", "nobody", "call me", Relationship.OTHER, true))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field)
                        .containsExactly("complainant.name", "complainant.email", "complainant.phone"));
        assertThatThrownBy(() -> new NamedPractitioner("", "x".repeat(41), null, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field)
                        .containsExactly("practitioner.name", "practitioner.registrationNumber"));
        assertThatThrownBy(() -> new Complaint(CaseReference.of("MSC", 2026, 1), "0".repeat(64),
                new Complainant("Tom", "tom@example.org", null, Relationship.OTHER, true),
                new NamedPractitioner("David Marsh", null, null, null), Platform.FACEBOOK,
                List.of("not a link"), LocalDate.of(1989, 1, 1), " ", RECEIVED))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.each())
                        .extracting(InvalidFieldException::field)
                        .contains("conductDate", "description").hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void travelsFromReceivedThroughDecisionToClosed() {
        Complaint david = davidComplaint();
        assertThat(david.status()).isEqualTo(CaseStatus.RECEIVED);

        david.accept("investigator", "Confidentiality question", LATER);
        assertThat(david.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);

        david.decide(new Decision(Outcome.WARNING, "Patient images posted publicly",
                List.of(PolicyFixtures.clause8()), DAVID_CONDUCT, "examiner", LATER));
        assertThat(david.status()).isEqualTo(CaseStatus.DECIDED);

        david.close(LATER);
        assertThat(david.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(david.closedAt()).isEqualTo(LATER);
        assertThat(david.decision().citedClauses()).extracting(c -> c.number()).containsExactly("8");
    }

    @Test
    void aDuplicateNotYetTriagedIsMergedIntoAnOpenCaseWithItsPostLinksAndGeoTag() {
        Complaint david = davidComplaint();
        Complaint duplicate = duplicateOfDavid(2);
        duplicate.flagGeoTaggedEvidence();

        assertThatThrownBy(() -> duplicate.mergeInto(duplicate, LATER)).isInstanceOf(InvalidFieldException.class);
        duplicate.mergeInto(david, LATER);

        assertThat(duplicate.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(duplicate.closedAt()).isEqualTo(LATER);
        assertThat(duplicate.mergedInto()).contains(david.reference());
        assertThat(david.postLinks()).extracting(PostLink::url).as("the same post once, the new one added")
                .containsExactly("https://www.facebook.com/david.marsh.demo/posts/1001",
                        "https://www.facebook.com/david.marsh.demo/posts/2002");
        assertThat(david.geoTaggedEvidence()).isTrue();
        assertThat(david.isOpen()).isTrue();
        // merged once is closed: not again, and nothing joins a closed case
        assertThatThrownBy(() -> duplicate.mergeInto(david, LATER)).isInstanceOf(WrongStageException.class);
        Complaint third = duplicateOfDavid(3);
        third.accept("ivy", null, LATER);
        assertThatThrownBy(() -> third.mergeInto(david, LATER)).as("triaged: it is a case of its own")
                .isInstanceOf(WrongStageException.class);
        david.closeAtTriage("ivy", "No question of fitness to practise", LATER);
        assertThatThrownBy(() -> duplicateOfDavid(4).mergeInto(david, LATER))
                .isInstanceOf(WrongStageException.class);
    }

    private static Complaint duplicateOfDavid(int serial) {
        return new Complaint(CaseReference.of("MSC", 2026, serial), "b".repeat(64),
                new Complainant("Ana Reweti", "ana@example.org", null, Relationship.PATIENT),
                new NamedPractitioner("David Marsh", null, null, null), Platform.FACEBOOK,
                List.of("https://facebook.com/david.marsh.demo/posts/1001?fbclid=x",
                        "https://www.facebook.com/david.marsh.demo/posts/2002"), DAVID_CONDUCT, "Same posts.", LATER);
    }

    @Test
    void theInvestigatorWhoTriagedCannotDecide() {
        Complaint david = davidComplaint();
        david.accept("ivy", null, LATER);
        Decision byTheSamePerson = new Decision(Outcome.ADVICE, "reasons", List.of(PolicyFixtures.clause8()),
                DAVID_CONDUCT, "ivy", LATER);
        assertThatThrownBy(() -> david.decide(byTheSamePerson))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("did neither");
        assertThat(david.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Complaint david = davidComplaint();
        assertThatThrownBy(() -> david.close(LATER)).isInstanceOf(WrongStageException.class);
        assertThatThrownBy(() -> david.decide(new Decision(Outcome.NO_FURTHER_ACTION, "r", List.of(),
                DAVID_CONDUCT, "examiner", LATER))).isInstanceOf(WrongStageException.class);
        david.closeAtTriage("investigator", "No fitness-to-practise question", LATER);
        assertThat(david.decision().outcome()).isEqualTo(Outcome.NO_FURTHER_ACTION);
        assertThatThrownBy(() -> david.accept("investigator", null, LATER)).isInstanceOf(WrongStageException.class);
    }

    @Test
    void allegationsAreRecordedWhileOpenAndFixedOnceClosed() {
        Complaint david = davidComplaint();
        david.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY, AllegationCategory.BOUNDARIES));
        david.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
        assertThat(david.allegations()).containsExactly(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY);
        david.closeAtTriage("investigator", "No fitness-to-practise question", LATER);
        assertThatThrownBy(() -> david.allege(Set.of(AllegationCategory.PROFESSIONALISM)))
                .isInstanceOf(WrongStageException.class);
        assertThat(AllegationCategory.parse("bullying or harassment of colleagues"))
                .hasValue(AllegationCategory.BULLYING_OR_HARASSMENT);
        assertThat(AllegationCategory.parse("integrity_and honesty")).hasValue(AllegationCategory.INTEGRITY_AND_HONESTY);
        assertThat(AllegationCategory.parse("gossip")).isEmpty();
    }

    @Test
    void eachAllegationKeepsTheClausesItConcernsUntilTheDecision() {
        Complaint david = davidComplaint();
        david.accept("investigator", "Confidentiality question", LATER);
        david.allege(Map.of(AllegationCategory.PROFESSIONALISM, List.of("MSC-SM-2020/6",
                "MSC-SM-2020/5"), AllegationCategory.CONFIDENTIALITY_AND_PRIVACY, List.of("MSC-SM-2020/10",
                "MSC-SM-2020/8")));
        assertThat(david.allegations()).containsExactlyInAnyOrder(AllegationCategory.PROFESSIONALISM,
                AllegationCategory.CONFIDENTIALITY_AND_PRIVACY);
        assertThat(david.allegedClauses()).containsExactly(
                Map.entry(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY,
                        List.of("MSC-SM-2020/8", "MSC-SM-2020/10")),
                Map.entry(AllegationCategory.PROFESSIONALISM, List.of("MSC-SM-2020/5",
                        "MSC-SM-2020/6")));
        david.allege(Set.of(AllegationCategory.BOUNDARIES));
        assertThat(david.allegedClauses()).containsExactly(Map.entry(AllegationCategory.BOUNDARIES,
                List.of()));
        david.decide(new Decision(Outcome.NO_FURTHER_ACTION, "Nothing to answer.", List.of(),
                DAVID_CONDUCT, "examiner", LATER));
        assertThatThrownBy(() -> david.allege(Set.of(AllegationCategory.PROFESSIONALISM)))
                .isInstanceOf(WrongStageException.class).hasMessageContaining("decided");
    }

    @Test
    void clauseIdsSortAsTheirNumbersRead() {
        assertThat(Stream.of("MSC-SM-2020/10", "MSC-SM-2020/2.10", "GMC-SM-2013/3", "MSC-SM-2020/2",
                "MSC-SM-2020/2.1", "MSC-SM-2020/2a").sorted(ClauseOrder.INSTANCE).toList())
                .containsExactly("GMC-SM-2013/3", "MSC-SM-2020/2", "MSC-SM-2020/2.1", "MSC-SM-2020/2.10",
                        "MSC-SM-2020/2a", "MSC-SM-2020/10");
    }

    @Test
    void refusesConductInTheFutureAndComplaintsWithoutALink() {
        assertThatThrownBy(() -> new Complaint(CaseReference.of("MSC", 2026, 2), "a".repeat(64),
                new Complainant("A", "a@example.org", null, Relationship.PATIENT),
                new NamedPractitioner("B", null, null, null), Platform.FACEBOOK, List.of("https://x.example/1"),
                DAVID_CONDUCT.plusYears(1), "text", RECEIVED))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("conductDate");
        assertThatThrownBy(() -> new Complaint(CaseReference.of("MSC", 2026, 2), "a".repeat(64),
                new Complainant("A", "a@example.org", null, Relationship.PATIENT),
                new NamedPractitioner("B", null, null, null), Platform.FACEBOOK, List.of("javascript:alert(1)"),
                DAVID_CONDUCT, "text", RECEIVED))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("postLinks[0]");
    }

    @Test
    void aRegulatorThatAcceptsAnonymousComplaintsCanSwitchIdentityOff() {
        Complainant anonymous = new Complainant(null, null, null, null, false);
        assertThat(anonymous.anonymous()).isTrue();
        assertThatThrownBy(() -> new Complainant(null, "not-an-email", null, null, false))
                .hasMessage("complainant.email is not an email address");
    }

    @Test
    void anonymousComplaintsAreRefused() {
        assertThatThrownBy(() -> new Complainant(" ", "a@example.org", null, null))
                .isInstanceOf(InvalidFieldException.class).hasMessage("complainant.name is required");
        assertThatThrownBy(() -> new Complainant("A", "not-an-email", null, null))
                .isInstanceOf(InvalidFieldException.class).hasMessage("complainant.email is not an email address");
    }

    @Test
    void theInvestigatorWhoReferredCannotDecideEither() {
        Complaint david = davidComplaint();
        david.accept("ivy", null, LATER);
        david.referToExaminers("ian", new SanctionFacts("MINOR", true, false, true), LATER);
        assertThatThrownBy(() -> david.decide(new Decision(Outcome.ADVICE, "reasons",
                List.of(PolicyFixtures.clause8()), DAVID_CONDUCT, "ian", LATER)))
                .isInstanceOf(AccessDeniedException.class);
        david.decide(new Decision(Outcome.ADVICE, "reasons", List.of(PolicyFixtures.clause8()), DAVID_CONDUCT,
                "erin", LATER));
        assertThat(david.status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void conductOlderThanFiveYearsNeedsAPublicInterestReason() {
        Complaint old = davidComplaint();
        Instant sixYearsOn = RECEIVED.plus(Duration.ofDays(6 * 366));
        assertThatThrownBy(() -> old.accept("ivy", null, null, sixYearsOn))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("publicInterestReason");
        assertThat(old.status()).isEqualTo(CaseStatus.RECEIVED);
        old.accept("ivy", null, "Patients are still identifiable online", sixYearsOn);
        assertThat(old.triage().orElseThrow().publicInterestReason()).isEqualTo("Patients are still identifiable online");
    }

    @Test
    void theHdcReferralPausesTheClockUntilItsDecision() {
        Complaint david = davidComplaint();
        david.forwardToHdc("ivy", "A patient was harmed: s64 applies", LATER);
        assertThat(david.status()).isEqualTo(CaseStatus.AT_HDC);
        assertThat(david.triage().orElseThrow().note()).as("the forwarding note is kept")
                .isEqualTo("A patient was harmed: s64 applies");
        assertThat(david.status().publicLabel()).isEqualTo("Being assessed");
        david.recordHdcDecision(LATER.plus(Duration.ofDays(40)));
        assertThat(david.hdcPause().pausedDays()).isEqualTo(40);
        assertThat(david.status()).isEqualTo(CaseStatus.RECEIVED);
        david.accept("ivy", "The HDC took no action; we investigate", LATER.plus(Duration.ofDays(41)));
        assertThat(david.triage().orElseThrow().note()).as("and still there after the second triage")
                .isEqualTo("A patient was harmed: s64 applies\n\nThe HDC took no action; we investigate");
    }

    @Test
    void conditionsAndSuspensionGoToAHearingWhichLimitsSuspensionToTwelveMonths() {
        Complaint david = davidComplaint();
        david.accept("ivy", null, LATER);
        david.decide(new Decision(Outcome.SUSPENSION, "serious", List.of(PolicyFixtures.clause8()), DAVID_CONDUCT,
                "erin", LATER));
        assertThat(david.status()).isEqualTo(CaseStatus.AT_HEARING);
        LocalDate day = LocalDate.ofInstant(LATER, ZoneOffset.UTC);
        Decision examiners = new Decision(Outcome.SUSPENSION, "panel", List.of(PolicyFixtures.clause8()),
                DAVID_CONDUCT, "clerk", LATER);
        assertThatThrownBy(() -> david.recordHearingDecision(examiners, day.plusMonths(6)))
                .as("a hearing records the panel's decision, not another of the examiners'")
                .isInstanceOf(IllegalArgumentException.class);
        Decision panel = Decision.ofHearingPanel(Outcome.SUSPENSION, "panel", List.of(PolicyFixtures.clause8()),
                DAVID_CONDUCT, "clerk", LATER);
        assertThat(panel.decider()).isEqualTo(Decider.HEARING_PANEL);
        assertThatThrownBy(() -> david.recordHearingDecision(panel, day.plusMonths(13)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("12 months");
        david.recordHearingDecision(panel, day.plusMonths(12));
        assertThat(david.examinersDecision().decidedBy()).isEqualTo("erin");
        assertThat(david.decision().decidedBy()).isEqualTo("clerk");
        assertThat(david.terms().orderEndsOn()).isEqualTo(day.plusMonths(12));
        assertThat(david.status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void anAcceptedWarningIsPublishedForTwoYears() {
        Complaint david = davidComplaint();
        david.accept("ivy", null, LATER);
        david.decide(new Decision(Outcome.WARNING, "w", List.of(PolicyFixtures.clause8()), DAVID_CONDUCT, "erin",
                LATER));
        david.acceptWarning(LATER, ZoneOffset.UTC);
        assertThat(david.terms().warningExpiresOn()).isEqualTo(LocalDate.of(2028, 4, 1));
    }
}
