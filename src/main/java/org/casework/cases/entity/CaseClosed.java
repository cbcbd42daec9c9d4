package org.casework.cases.entity;

/**
 * A case has closed, by whatever path: closed or referred on at triage, closed after its letters, or merged into
 * another case as a duplicate. Fired in the closing transaction, so what observers write commits or rolls back with
 * the closing itself (the statistics count a case once it is closed, never before).
 */
public record CaseClosed(Complaint complaint) {
}
