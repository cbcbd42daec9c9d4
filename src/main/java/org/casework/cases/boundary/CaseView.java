package org.casework.cases.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.cases.entity.PaymentOrders;
import org.casework.workflow.control.SanctionsGuidance;

/** Everything staff see of one case, as the API returns it and the case page shows it. */
public record CaseView(String reference, String status, String publicStatus, Instant receivedAt, String platform,
                       String platformLabel,
                       LocalDate conductDate, LocalDate conductDateTo, String description, Flags flags,
                       Party complainant, PractitionerView practitioner, List<String> postLinks,
                       List<EvidenceView> evidence, List<Related> related, List<Message> messages,
                       TriageView triage, DecisionView decision, Instant closedAt, boolean processEnded,
                       List<String> completedSteps, List<TaskView> openTasks, List<LetterSummary> letters,
                       Clocks clocks, List<StepView> steps, List<StepView> notes, List<DraftView> drafts, List<IncidentView> incidents,
                       Facts facts, SanctionsGuidance.Suggestion suggestion, String mergedInto) implements Serializable {

    /**
     * The case file is composed of four parts, each read by the feature that owns it: what the case is and who is
     * concerned; what triage, the investigation and the decision found; where the workflow stands; the documents.
     */
    public static CaseView of(Summary s, Findings f, Progress p, Documents d) {
        return new CaseView(s.reference(), s.status(), s.publicStatus(), s.receivedAt(), s.platform(), s.platformLabel(),
                s.conductDate(), s.conductDateTo(), s.description(), s.flags(), s.complainant(), s.practitioner(),
                s.postLinks(), d.evidence(), f.related(), f.messages(), f.triage(), f.decision(), s.closedAt(),
                p.processEnded(), p.completedSteps(), p.openTasks(), d.letters(), f.clocks(), p.steps(), p.notes(),
                d.drafts(), p.incidents(), f.facts(), f.suggestion(), s.mergedInto());
    }

    /** What the case is about and who it concerns. */
    public record Summary(String reference, String status, String publicStatus, Instant receivedAt, String platform,
                          String platformLabel,
                          LocalDate conductDate, LocalDate conductDateTo, String description, Flags flags,
                          Party complainant, PractitionerView practitioner, List<String> postLinks, Instant closedAt,
                          String mergedInto) {
    }

    /** What triage, the investigation and the decision recorded, with the cases and messages that bear on it. */
    public record Findings(TriageView triage, DecisionView decision, Clocks clocks, Facts facts,
                           SanctionsGuidance.Suggestion suggestion, List<Related> related, List<Message> messages) {
    }

    /** Where the case's process stands: its steps done and open, what was recorded, notes and incidents. */
    public record Progress(boolean processEnded, List<String> completedSteps, List<TaskView> openTasks,
                           List<StepView> steps, List<StepView> notes, List<IncidentView> incidents) {
    }

    /** The case's documents: evidence received, letters issued and letters waiting for approval. */
    public record Documents(List<EvidenceView> evidence, List<LetterSummary> letters, List<DraftView> drafts) {
    }

    /** Another case about the same registrant, newest first: its reference, where it stands and how it ended. */
    public record PreviousCase(String reference, String status, String outcome, String outcomeLabel)
            implements Serializable {
    }

    /** The facts recorded at referral, as the sanctions guidance read them. */
    public record Facts(String harm, boolean repeated, boolean intentional, boolean insightShown,
                        long previousFindings) implements Serializable {
    }

    /** The case's dates that run: the practitioner's response, a paused clock, a warning's and an order's end. */
    public record Clocks(Instant practitionerNotifiedAt, LocalDate responseDueOn, Instant responseReceivedAt,
                         Instant clockPausedAt, int pausedDays, String investigatedBy, LocalDate warningExpiresOn,
                         LocalDate orderEndsOn, String publicInterestReason) implements Serializable {
    }

    /** What a step recorded (a response, the employer's information, an answer, a reminder), or an internal note. */
    public record StepView(String step, String by, Instant at, String note) implements Serializable {
    }

    /** A drafted letter: {@code kind} its key (as the API's requests name it), {@code kindLabel} in words. */
    public record DraftView(long id, String kind, String kindLabel, String recipient, Instant draftedAt, String state,
                            String reviewedBy, String reviewNote) implements Serializable {
    }

    /** A step that failed after its retries: staff see it and can retry it. */
    public record IncidentView(String id, String step, String message, Instant at) implements Serializable {
    }

    /** What staff should notice first. */
    public record Flags(boolean geoTaggedEvidence, String patientIdentifiable, Boolean complainantIsPersonShown,
                        boolean consentToShare, boolean consentToContact, boolean relatedComplaints) implements Serializable {
    }

    public record Related(String reference, String reason, String status) implements Serializable {
    }

    public record Message(String body, Instant receivedAt) implements Serializable {
    }

    public record Party(String name, String email, String phone, String relationship) implements Serializable {
    }

    public record PractitionerView(String name, String registrationNumber, String workplace, String profession,
                                   RegisterEntry registerMatch) implements Serializable {
    }

    public record RegisterEntry(String registrationNumber, String fullName, String profession, String employer,
                                List<PreviousCase> previousCases) implements Serializable {
    }

    public record EvidenceView(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                               Instant uploadedAt, String uploadedBy, boolean workingCopy, boolean geoTagged,
                               Double latitude, Double longitude, String device, Instant capturedAt) implements Serializable {
    }

    /**
     * {@code allegedClauses}: each alleged category with the clauses it concerns, as investigators linked them;
     * {@code suggestedClauses}: all of them once, in the policy's order: where the decision form starts;
     * {@code summary}: the allegations in the regulator's words, what the practitioner's letters state.
     */
    public record TriageView(String by, Instant at, String note, List<String> allegations,
                             List<String> suggestedClauses, List<AllegationView> allegedClauses, String summary,
                             String summarisedBy) implements Serializable {
    }

    public record AllegationView(String category, String label, List<String> clauses) implements Serializable {
    }

    /** {@code decider}: TRIAGE, CASE_EXAMINERS or HEARING_PANEL; {@code referredTo}: the body, for a referral. */
    public record DecisionView(String outcome, String outcomeLabel, String reasons, String decidedBy,
                               Instant decidedAt, List<String> clauses, String decider, String referredTo,
                               BigDecimal fine, BigDecimal costs)
            implements Serializable {

        /** "a fine of $2,500.00 and $4,000.00 towards the costs", or null when the hearing ordered no payment. */
        public String paymentWords() {
            return PaymentOrders.words(fine, costs, "the costs");
        }
    }

    /**
     * An open task of a case. {@code notFor}: who may not do it although their roles would let them (four eyes: the
     * maker of the decision whose letters wait for approval), or null.
     */
    public record TaskView(String id, String taskKey, String name, String caseReference, Instant created,
                           String practitioner, String platform, String platformLabel, String assignee, Instant due, boolean overdue,
                           String notFor) implements Serializable {
    }

    /** An issued letter; {@code emailedTo} is null for a letter that is posted, {@code emailedAt} while it waits. */
    public record LetterSummary(long id, String kind, String kindLabel, String recipient, Instant issuedAt, String fileName,
                                String emailedTo, Instant emailedAt, int version, String correctionReason) implements Serializable {
    }
}
