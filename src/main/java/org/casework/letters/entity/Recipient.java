package org.casework.letters.entity;

/** Whom a letter is written to. */
public enum Recipient {
    PRACTITIONER("practitioner"),
    COMPLAINANT("complainant"),
    EMPLOYER("employer");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
