package org.casework.intake.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a complainant may see of their case: its status, since when, whether they can still add to it, and, once the
 * letter telling them is issued, the outcome in plain words and the letters addressed to them. Never notes, names or
 * the reasons of a decision beyond what their own letter says.
 *
 * @param outcome the outcome's code ({@code WARNING}, ..., or {@code REFERRED_ELSEWHERE}); null until their letter is out
 */
public record PublicStatus(String reference, String status, LocalDate since, boolean open, String outcome,
                           String outcomeText, List<PublicLetter> letters) implements Serializable {

    public PublicStatus {
        letters = List.copyOf(letters);
    }

    /** A letter addressed to the complainant, to download with the reference and tracking code. */
    public record PublicLetter(long id, String title, LocalDate issuedOn) implements Serializable {
    }
}
