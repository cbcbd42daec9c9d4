package org.casework.letters.entity;

import java.util.List;

/** Whom a letter is written to. */
public enum Recipient {
    PRACTITIONER("practitioner"),
    COMPLAINANT("complainant"),
    EMPLOYER("employer"),
    /** A body the complaint is sent to: the Health and Disability Commissioner under s64. */
    OTHER_BODY("Health and Disability Commissioner");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Those a decision's letters go to, one template each per outcome. */
    public static final List<Recipient> OF_DECISIONS = List.of(PRACTITIONER, COMPLAINANT, EMPLOYER);
}
