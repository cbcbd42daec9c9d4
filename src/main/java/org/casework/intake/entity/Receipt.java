package org.casework.intake.entity;

import java.io.Serializable;

/** What a complainant gets back: the case reference, the tracking code (shown only this once) and the status. */
public record Receipt(String reference, String trackingCode, String status) implements Serializable {
}
