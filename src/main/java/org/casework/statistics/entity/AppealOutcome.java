package org.casework.statistics.entity;

/** What came of an appeal against the decision a closed case is counted with; most cases have none. */
public enum AppealOutcome {
    NONE("No appeal decided"),
    DISMISSED("Appeal dismissed"),
    VARIED("Decision varied on appeal"),
    QUASHED("Decision quashed on appeal");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
