package org.casework.intake.entity;

import java.time.LocalDate;

/** What a complainant may see of their case: its status and since when. Never notes, names or outcomes' reasons. */
public record PublicStatus(String reference, String status, LocalDate since) {
}
