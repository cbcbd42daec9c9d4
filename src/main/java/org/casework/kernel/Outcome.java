package org.casework.kernel;

import java.util.List;

/** The outcomes a case can end with, as in the GMC's and the MSC's practice. */
public enum Outcome {
    NO_FURTHER_ACTION("No further action"),
    ADVICE("Advice"),
    WARNING("Warning"),
    EMPLOYER_REFERRAL("Referred to employer"),
    UNDERTAKINGS("Undertakings"),
    CONDITIONS("Conditions"),
    SUSPENSION("Suspension"),
    /** Removal from the register (the GMC's erasure; cancellation under the HPCA Act): only a hearing imposes it. */
    ERASURE("Erasure"),
    /**
     * A formal rebuke by a hearing (the HPCA Act's censure), published on the register for the time the regulator's
     * settings say; a regulator without it leaves it out of {@code casework.outcomes.hearing}.
     */
    CENSURE("Censure");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** An outcome as a caller named it; anything else is refused by field. */
    public static Outcome parse(String name) {
        try {
            return valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw refusal();
        }
    }

    /** The refusal of a missing or unknown outcome, naming the outcomes there are. */
    public static InvalidFieldException refusal() {
        return new InvalidFieldException("outcome", "must be one of " + List.of(values()));
    }

    public String label() {
        return label;
    }

    /** Every outcome but no further action finds a breach, and a breach must name the clauses breached. */
    public boolean requiresCitation() {
        return this != NO_FURTHER_ACTION;
    }

    /**
     * Conditions and suspension restrict practice, erasure ends it and a censure is a tribunal's: case examiners can
     * only refer them to a hearing panel.
     */
    public boolean onlyByHearing() {
        return this == CONDITIONS || this == SUSPENSION || this == ERASURE || this == CENSURE;
    }

    /** An order that runs until a day a hearing sets (conditions, a suspension), reviewed before it ends. */
    public boolean isTimedOrder() {
        return this == CONDITIONS || this == SUSPENSION;
    }
}
