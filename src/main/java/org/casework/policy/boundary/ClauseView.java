package org.casework.policy.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A citable clause as staff and scripts see it. */
public record ClauseView(String clauseId, String number, String heading, String body, String policy,
                         String version, LocalDate effectiveFrom, LocalDate effectiveTo) implements Serializable {

    public String label() {
        return "Clause " + number + " - " + heading + " (" + policy + ", version " + version + ")";
    }
}
