package org.casework.cases.entity;

import java.time.Instant;
import org.casework.kernel.CaseReference;

/**
 * The notice of investigation (its first version, not a correction) went out to the practitioner: their time to
 * respond runs from this moment. Fired by the letters feature in the issuing transaction; the case starts its clock.
 */
public record NoticeIssued(CaseReference reference, Instant at) {
}
