package org.casework.cases.entity;

/** Where a case stands; each internal status maps to the status a complainant is shown. */
public enum CaseStatus {
    RECEIVED("Received"),
    UNDER_INVESTIGATION("Under investigation"),
    DECIDED("Decision made"),
    CLOSED("Closed");

    private final String publicLabel;

    CaseStatus(String publicLabel) {
        this.publicLabel = publicLabel;
    }

    public String publicLabel() {
        return publicLabel;
    }
}
