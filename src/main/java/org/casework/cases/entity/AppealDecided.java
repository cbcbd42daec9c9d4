package org.casework.cases.entity;

import org.casework.kernel.CaseReference;

/** A court decided an appeal against the case's hearing decision (the statistics count the result apart). */
public record AppealDecided(CaseReference reference, Appeal.Result result) {
}
