package org.casework.intake.entity;

/** The steps of the portal's complaint form, in order; the last one is the review before sending. */
public enum FormStep {
    ABOUT_YOU, PRACTITIONER, WHAT_HAPPENED, EVIDENCE, REVIEW;

    public int number() {
        return ordinal() + 1;
    }

    public FormStep next() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    public FormStep previous() {
        return values()[Math.max(ordinal() - 1, 0)];
    }
}
