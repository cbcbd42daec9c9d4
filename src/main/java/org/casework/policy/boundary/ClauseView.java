package org.casework.policy.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A citable clause as staff and scripts see it. */
public record ClauseView(String clauseId, String number, String heading, String body, String policy,
                         String version, LocalDate effectiveFrom, LocalDate effectiveTo) implements Serializable {

    /**
     * The clause as a choice in a list: its number and the opening of its own text, since clauses of one section
     * share a heading (clauses 7 to 10 of the MSC policy all read "Respect privacy and confidentiality").
     */
    public String choice() {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return "Clause " + number + ": " + (text.length() > 110 ? text.substring(0, 110).replaceAll("\\s\\S*$", "")
                + " …" : text);
    }

    public String label() {
        return "Clause " + number + " - " + heading + " (" + policy + ", version " + version + ")";
    }
}
