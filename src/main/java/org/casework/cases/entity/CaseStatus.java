package org.casework.cases.entity;

/** Where a case stands; each internal status maps to the status a complainant is shown. */
public enum CaseStatus {
    RECEIVED("Received"),
    /** Forwarded to the Health and Disability Commissioner (HPCA Act s64): the case's clock is paused. */
    AT_HDC("Being assessed"),
    UNDER_INVESTIGATION("Under investigation"),
    DECIDED("Decision made"),
    /** Referred to a hearing panel: only a hearing can impose conditions or a suspension. */
    AT_HEARING("Under investigation"),
    CLOSED("Closed");

    private final String publicLabel;

    CaseStatus(String publicLabel) {
        this.publicLabel = publicLabel;
    }

    public String publicLabel() {
        return publicLabel;
    }
}
