package org.casework.statistics.entity;

/** Where a closed case's record comes from: decided in Casework, or imported from the regulator's earlier system. */
public enum CaseSource {
    WORKFLOW, IMPORTED
}
