package org.casework.cases.entity;

import org.casework.kernel.CaseReference;

/**
 * A compliance check found the practitioner in breach of the undertakings or conditions of a case: a new case is
 * opened about the breach (by intake, as any complaint is), and the case says which.
 */
public record ComplianceBreached(CaseReference reference, String breached, String note) {
}
