package org.casework.letters.entity;

/**
 * The letters one approval covers, as the workflow names them in its {@code letterSet} variable: the notice of
 * investigation, the letters of the decision in force, or the next version of an issued letter.
 */
public enum LetterSet {
    NOTICE, DECISION, CORRECTION,
    /** Forwarding to the Health and Disability Commissioner: to the HDC, the complainant and the practitioner. */
    HDC,
    /** The practitioner's notice that the case goes to a hearing. */
    HEARING,
    /** The practitioner's notice of when and where the hearing sits, and who sits on its panel. */
    HEARING_DATE,
    /** The practitioner's letter of an interim order made on their registration. */
    INTERIM;

    /** The workflow's value; a set the models do not name is a fault in a model, not in the case. */
    public static LetterSet of(String variable) {
        return valueOf(variable);
    }
}
