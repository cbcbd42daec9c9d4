package org.casework.cases.entity;

import org.casework.kernel.CaseReference;

/**
 * A closed case's decision was reviewed (the GMC's Rule 12): upheld or set aside. The statistics keep the first
 * decision and count the review's result apart.
 */
public record DecisionReviewed(CaseReference reference, boolean setAside) {
}
