package org.casework.letters.entity;

import org.casework.cases.entity.Complaint;
import org.casework.kernel.Outcome;
import org.casework.kernel.WrongStageException;

/** Which letter a case produced, and for whom. */
public enum LetterKind {
    DECISION_TO_PRACTITIONER("Decision letter to the practitioner"),
    OUTCOME_TO_COMPLAINANT("Outcome letter to the complainant"),
    REFERRAL_TO_EMPLOYER("Referral letter to the employer"),
    INVESTIGATION_NOTICE("Notice of investigation to the practitioner"),
    /** Any other outcome, where the administrators chose to tell the employer. */
    OUTCOME_TO_EMPLOYER("Outcome letter to the employer"),
    HDC_TRANSFER("Transfer of the complaint to the Health and Disability Commissioner"),
    HDC_NOTICE_TO_COMPLAINANT("Letter to the complainant: forwarded to the Health and Disability Commissioner"),
    HDC_NOTICE_TO_PRACTITIONER("Letter to the practitioner: forwarded to the Health and Disability Commissioner"),
    HEARING_NOTICE("Notice of referral to a hearing to the practitioner"),
    HEARING_DATE_NOTICE("Notice of the hearing's date and place to the practitioner"),
    INTERIM_ORDER_NOTICE("Interim order: letter to the practitioner"),
    REFERRAL_TO_BODY("Referral of the complaint to the body it concerns");

    private final String label;

    LetterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Addressed to the practitioner: what their portal lists. */
    public boolean toPractitioner() {
        return this == DECISION_TO_PRACTITIONER || this == INVESTIGATION_NOTICE || this == HDC_NOTICE_TO_PRACTITIONER
                || this == HEARING_NOTICE || this == HEARING_DATE_NOTICE || this == INTERIM_ORDER_NOTICE;
    }

    public static LetterKind toEmployer(Outcome outcome) {
        return outcome == Outcome.EMPLOYER_REFERRAL ? REFERRAL_TO_EMPLOYER : OUTCOME_TO_EMPLOYER;
    }

    /** The wording this letter of the case is written in. */
    public TemplateKey template(Complaint complaint) {
        TemplateKey fixed = switch (this) {
            case INVESTIGATION_NOTICE -> TemplateKey.notice();
            case HDC_TRANSFER -> TemplateKey.hdc(Recipient.OTHER_BODY);
            case HDC_NOTICE_TO_COMPLAINANT -> TemplateKey.hdc(Recipient.COMPLAINANT);
            case HDC_NOTICE_TO_PRACTITIONER -> TemplateKey.hdc(Recipient.PRACTITIONER);
            case HEARING_NOTICE -> TemplateKey.hearingNotice();
            case HEARING_DATE_NOTICE -> TemplateKey.hearingDate();
            case INTERIM_ORDER_NOTICE -> TemplateKey.interimOrder();
            case REFERRAL_TO_BODY -> TemplateKey.referralToBody();
            default -> null;
        };
        if (fixed != null) {
            return fixed;
        }
        if (complaint.decision() == null) {
            throw new WrongStageException("Case " + complaint.reference()
                    + " has no decision to write a " + label.toLowerCase() + " about");
        }
        var outcome = complaint.decision().outcome();
        return switch (this) {
            case DECISION_TO_PRACTITIONER -> TemplateKey.of(outcome, Recipient.PRACTITIONER);
            case OUTCOME_TO_COMPLAINANT -> complaint.decision().referredTo() != null ? TemplateKey.referredElsewhere()
                    : TemplateKey.of(outcome, Recipient.COMPLAINANT);
            default -> TemplateKey.of(outcome, Recipient.EMPLOYER);
        };
    }

    /** Where this letter is emailed: the register's addresses, or the complainant's; null when it is posted. */
    public String emailOf(Complaint complaint) {
        var registrant = complaint.registrant();
        return switch (this) {
            case DECISION_TO_PRACTITIONER, INVESTIGATION_NOTICE, HDC_NOTICE_TO_PRACTITIONER, HEARING_NOTICE,
                 HEARING_DATE_NOTICE, INTERIM_ORDER_NOTICE ->
                    registrant == null ? null : registrant.email();
            case REFERRAL_TO_EMPLOYER, OUTCOME_TO_EMPLOYER -> registrant == null ? null : registrant.employerEmail();
            case OUTCOME_TO_COMPLAINANT, HDC_NOTICE_TO_COMPLAINANT -> complaint.complainant().email();
            // the Commissioner's transfer goes by the route agreed with the HDC (casework.hdc.email, else posted)
            case HDC_TRANSFER -> null;
            // to the body's address where triage gave one, else posted
            case REFERRAL_TO_BODY -> complaint.decision() == null ? null : complaint.decision().referredToEmail();
        };
    }
}
