package org.casework.statistics.entity;

/**
 * Who made the decision a closed case is counted with: its first decision, the one it closed on. A court's later
 * result of an appeal is counted apart ({@link AppealOutcome}), so no case is counted twice.
 */
public enum DecidedBy {
    TRIAGE("Investigator at triage"),
    CASE_EXAMINERS("Case examiners"),
    HEARING_PANEL("Hearing panel"),
    /** Imported from the earlier system, or closed before Casework recorded who decided. */
    NOT_RECORDED("Not recorded");

    private final String label;

    DecidedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
