package org.casework.workflow.control;

import java.util.Set;

/**
 * Names shared by the BPMN files, the delegates, the boundaries and the process tests: process keys, step ids and
 * the small variables (ids, enum names, dates) the gateways and timers read. Evidence and documents never go in here.
 */
public final class WorkflowVariables {

    public static final String PROCESS_KEY = "complaintHandling";
    public static final String LETTER_PROCESS_KEY = "letterApproval";
    public static final String DELIVERY_PROCESS_KEY = "letterDelivery";
    /** An appeal against a hearing's sanction (sanction-appeal.bpmn), started when one is lodged. */
    public static final String APPEAL_PROCESS_KEY = "sanctionAppeal";

    /** The case's reference, also the process instance's business key. */
    public static final String CASE_REFERENCE = "caseReference";
    /** The named practitioner's matching key and the platform: the work queues filter on them. */
    public static final String PRACTITIONER_KEY = "practitionerKey";
    public static final String PLATFORM = "platform";
    /** The code of the investigation team that owns the case: the team queue of its investigators. */
    public static final String TEAM = "team";

    /** The triage decision: one of {@link TriageChoice}. */
    public static final String TRIAGE_OUTCOME = "triageOutcome";
    /** Whether the complainant gave a name, so that a complaint closed at triage can be explained to them. */
    public static final String COMPLAINANT_NAMED = "complainantNamed";
    /** Whether a provisional enquiry asks the employer for information first, and by when. */
    public static final String ENQUIRY_REQUESTED = "enquiryRequested";
    public static final String ENQUIRY_DUE_DATE = "enquiryDueDate";
    /** The outcome in force (an {@code Outcome} name): the case examiners', then the hearing's if there is one. */
    public static final String OUTCOME = "outcome";
    /** ACCEPTED or HEARING_REQUESTED. */
    public static final String WARNING_ANSWER = "warningAnswer";
    /** AGREED or REFUSED. */
    public static final String UNDERTAKINGS_ANSWER = "undertakingsAnswer";
    /** When a published warning comes off the register (a date). */
    public static final String WARNING_EXPIRES_ON = "warningExpiresOn";
    /** When conditions or a suspension end, and when their review falls due (dates). */
    public static final String ORDER_ENDS_ON = "orderEndsOn";
    public static final String REVIEW_DUE_ON = "reviewDueOn";
    /** Which letters a letter approval drafts: NOTICE (of investigation) or DECISION. */
    public static final String LETTER_SET = "letterSet";
    /** The issued letter a letter delivery emails (its id). */
    public static final String LETTER_ID = "letterId";
    /** The approver's verdict on the drafted letters. */
    public static final String LETTERS_APPROVED = "lettersApproved";
    /** True when the regulator's settings approved the drafted letters as drafted: no second person is asked. */
    public static final String APPROVED_BY_SETTINGS = "approvedBySettings";

    public static final String ACCEPTED = "ACCEPTED";
    public static final String HEARING_REQUESTED = "HEARING_REQUESTED";
    public static final String AGREED = "AGREED";
    public static final String REFUSED = "REFUSED";

    public static final String TRIAGE_TASK = "triageComplaint";
    public static final String HDC_TASK = "recordHdcDecision";
    public static final String ENQUIRY_TASK = "awaitEmployerInformation";
    public static final String RESPONSE_TASK = "recordPractitionerResponse";
    /** The timers on the response task: the day-21 reminder and the day-28 end; more time granted moves both. */
    public static final Set<String> RESPONSE_TIMERS = Set.of("responseReminderDue",
            "noResponseIn28Days");
    public static final String INVESTIGATION_TASK = "investigateCase";
    public static final String DECISION_TASK = "caseExaminerDecision";
    public static final String WARNING_TASK = "awaitWarningAnswer";
    public static final String UNDERTAKINGS_TASK = "awaitUndertakingsAgreement";
    public static final String HEARING_TASK = "recordHearingDecision";
    public static final String REVIEW_TASK = "reviewOrder";
    public static final String APPEAL_TASK = "recordAppealResult";
    /** An interim order considered while a case runs (interim-order.bpmn), started when staff refer one. */
    public static final String INTERIM_PROCESS_KEY = "interimOrder";
    public static final String INTERIM_DECISION_TASK = "decideInterimOrder";
    public static final String INTERIM_REVIEW_TASK = "reviewInterimOrder";
    /** Whether the panel made an order (true) or not; at a review, whether it continues. */
    public static final String INTERIM_ORDER_MADE = "interimOrderMade";
    public static final String INTERIM_ORDER_KEPT = "interimOrderKept";
    /** When the order is next reviewed, and when it ends at the latest. */
    public static final String INTERIM_REVIEW_ON = "interimReviewOn";
    public static final String INTERIM_ENDS_ON = "interimEndsOn";
    /** The case closed: its interim order, if any, is lifted. */
    public static final String INTERIM_LIFTED = "interimOrderLifted";

    /** Compliance with undertakings or conditions checked on their review days (compliance-monitoring.bpmn). */
    public static final String COMPLIANCE_PROCESS_KEY = "complianceMonitoring";
    public static final String COMPLIANCE_TASK = "checkCompliance";
    /** When the next check falls due; whether a check found a breach; whether another check follows. */
    public static final String NEXT_CHECK_ON = "nextCheckOn";
    public static final String COMPLIANCE_BREACHED = "complianceBreached";
    public static final String MORE_CHECKS = "moreChecks";

    /** A closed case's decision reviewed (decision-review.bpmn, the GMC's Rule 12). */
    public static final String DECISION_REVIEW_PROCESS_KEY = "decisionReview";
    public static final String DECISION_REVIEW_TASK = "reviewDecision";
    /** The review set the decision aside (true) or upheld it. */
    public static final String DECISION_SET_ASIDE = "decisionSetAside";

    /** A case examiner fixes a hearing's sitting: when, where, the panel. */
    public static final String SCHEDULE_TASK = "scheduleHearing";
    /** The panel adjourned its sitting (true) or decided (false): back to scheduling, or on to the letters. */
    public static final String HEARING_ADJOURNED = "hearingAdjourned";
    /** When the panel's outcome is due: a week after the sitting. */
    public static final String HEARING_DUE_DATE = "hearingDueDate";
    /** The court's result of an appeal: DISMISSED, VARIED or QUASHED. */
    public static final String APPEAL_RESULT = "appealResult";
    /** The message that ends the case's watch over a sanction quashed on appeal. */
    public static final String SANCTION_QUASHED = "sanctionQuashed";
    /** The timers that watch a sanction after the case closes: a warning's expiry, an order's review. */
    public static final Set<String> SANCTION_TIMERS = Set.of("warningExpires", "reviewDue");
    public static final String APPROVAL_TASK = "approveLetters";
    public static final String REVISION_TASK = "reviseLetters";

    /** What triage can decide. */
    public enum TriageChoice {
        ACCEPT, CLOSE, REFER_TO_EMPLOYER, REFER_TO_OTHER_BODY, FORWARD_TO_HDC
    }

    private WorkflowVariables() {
    }
}
