package org.casework.statistics.entity;

/** What came of a review (Rule 12) of the decision a closed case is counted with; most cases have none. */
public enum ReviewOutcome {
    NONE("No review"),
    UPHELD("Decision upheld on review"),
    SET_ASIDE("Decision set aside on review");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
