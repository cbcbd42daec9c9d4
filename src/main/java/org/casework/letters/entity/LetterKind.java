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
}
