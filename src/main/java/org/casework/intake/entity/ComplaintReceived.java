package org.casework.intake.entity;

import java.time.Instant;

/** A complaint was received and committed. Carries no tracking code: that is shown once, on the receipt only. */
public record ComplaintReceived(String reference, String complainantName, String complainantEmail,
                                Instant receivedAt) {
}
