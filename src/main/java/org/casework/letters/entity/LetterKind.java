package org.casework.letters.entity;

/** Which letter a case produced, and for whom. */
public enum LetterKind {
    DECISION_TO_PRACTITIONER("Decision letter to the practitioner"),
    OUTCOME_TO_COMPLAINANT("Outcome letter to the complainant"),
    REFERRAL_TO_EMPLOYER("Referral letter to the employer"),
    INVESTIGATION_NOTICE("Notice of investigation to the practitioner");

    private final String label;

    LetterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Where this letter is emailed: the register's addresses, or the complainant's; null when it is posted. */
    public String emailOf(org.casework.cases.entity.Complaint complaint) {
        var registrant = complaint.registrant();
        return switch (this) {
            case DECISION_TO_PRACTITIONER, INVESTIGATION_NOTICE -> registrant == null ? null : registrant.email();
            case REFERRAL_TO_EMPLOYER -> registrant == null ? null : registrant.employerEmail();
            case OUTCOME_TO_COMPLAINANT -> complaint.complainant().email();
        };
    }
}
