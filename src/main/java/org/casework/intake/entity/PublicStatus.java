package org.casework.intake.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a complainant may see of their case: its status, since when, and whether they can still add to it. Never
 * notes, names or the reasons of a decision.
 */
public record PublicStatus(String reference, String status, LocalDate since, boolean open) implements Serializable {
}
