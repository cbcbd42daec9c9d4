package org.casework.cases.entity;

/**
 * Who made a decision. Letters follow it: a referral made at triage is not the case examiners', and what a
 * practitioner may still do (ask for a hearing, appeal) depends on who decided.
 */
public enum Decider {
    /** The investigator who assessed the complaint, before any investigation. */
    TRIAGE("the investigator who assessed the complaint"),
    CASE_EXAMINERS("the case examiners"),
    HEARING_PANEL("the hearing panel");

    private final String words;

    Decider(String words) {
        this.words = words;
    }

    /** As it reads inside a sentence: "the case examiners". */
    public String words() {
        return words;
    }

    /** The name a template's conditional paragraph uses: {@code [triage]}, {@code [examiners]}, {@code [hearing]}. */
    public String tag() {
        return switch (this) {
            case TRIAGE -> "triage";
            case CASE_EXAMINERS -> "examiners";
            case HEARING_PANEL -> "hearing";
        };
    }
}
