package org.casework.letters.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casework.kernel.Outcome;

/**
 * Which template: an outcome's letter to one recipient, the investigation notice, or the acknowledgement. Each names
 * the data the system merges into it ({@code {reference}}, {@code {reasons}}...), so the wording can change but
 * never the facts; a practitioner's decision letter must keep its reasons and clauses.
 */
public record TemplateKey(String occasion, Recipient recipient) {

    public static final String NOTICE = "INVESTIGATION_NOTICE";
    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";

    /** Data for every letter. */
    private static final List<String> COMMON = List.of("reference", "date", "regulator", "practitioner", "platform",
            "conductDate");

    public TemplateKey {
        if (occasion == null || recipient == null || !isOccasion(occasion, recipient)) {
            throw new IllegalArgumentException("No letter template " + occasion + "." + recipient);
        }
    }

    public static TemplateKey of(Outcome outcome, Recipient recipient) {
        return new TemplateKey(outcome.name(), recipient);
    }

    public static TemplateKey notice() {
        return new TemplateKey(NOTICE, Recipient.PRACTITIONER);
    }

    public static TemplateKey acknowledgement() {
        return new TemplateKey(ACKNOWLEDGEMENT, Recipient.COMPLAINANT);
    }

    /** {@code WARNING.PRACTITIONER}, as in URLs and the defaults file; empty for anything else. */
    public static Optional<TemplateKey> parse(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return Optional.empty();
        }
        String occasion = text.substring(0, text.indexOf('.'));
        try {
            Recipient recipient = Recipient.valueOf(text.substring(text.indexOf('.') + 1));
            return isOccasion(occasion, recipient) ? Optional.of(new TemplateKey(occasion, recipient)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every template, in the order an administrator reads them. */
    public static List<TemplateKey> all() {
        List<TemplateKey> keys = new ArrayList<>(List.of(acknowledgement(), notice()));
        for (Outcome outcome : Outcome.values()) {
            for (Recipient recipient : Recipient.values()) {
                keys.add(of(outcome, recipient));
            }
        }
        return List.copyOf(keys);
    }

    public Optional<Outcome> outcome() {
        return isOutcome(occasion) ? Optional.of(Outcome.valueOf(occasion)) : Optional.empty();
    }

    public String value() {
        return occasion + "." + recipient.name();
    }

    public String label() {
        return switch (occasion) {
            case NOTICE -> "Notice of investigation to the practitioner";
            case ACKNOWLEDGEMENT -> "Acknowledgement to the complainant (email)";
            default -> Outcome.valueOf(occasion).label() + ": letter to the " + recipient.label();
        };
    }

    /** Data that fills a place within a line. */
    public Set<String> inlineData() {
        Set<String> names = new LinkedHashSet<>(COMMON);
        switch (occasion) {
            case NOTICE -> names.add("responseDays");
            case ACKNOWLEDGEMENT -> {
                names.add("complainant");
                names.add("receivedDate");
            }
            default -> {
                names.add("outcome");
                switch (recipient) {
                    case PRACTITIONER -> names.add("linkCount");
                    case COMPLAINANT -> names.add("complainant");
                    case EMPLOYER -> names.add("employer");
                }
            }
        }
        return names;
    }

    /**
     * Data that fills whole paragraphs, on a line of its own: the complaint's description, and for the practitioner
     * the allegations, the evidence considered (described, never reproduced), the reasons and the cited clauses; the
     * complainant never gets the examiners' reasons or the clauses.
     */
    public Set<String> blockData() {
        if (occasion.equals(ACKNOWLEDGEMENT)) {
            return Set.of();
        }
        if (occasion.equals(NOTICE)) {
            return new LinkedHashSet<>(List.of("description", "allegations"));
        }
        if (recipient == Recipient.PRACTITIONER) {
            return new LinkedHashSet<>(List.of("description", "allegations", "evidence", "reasons", "clauses"));
        }
        return Set.of("description");
    }

    /** What the letter must keep whatever its wording. */
    public Set<String> requiredData() {
        if (occasion.equals(NOTICE)) {
            return new LinkedHashSet<>(List.of("description", "responseDays"));
        }
        if (isOutcome(occasion) && recipient == Recipient.PRACTITIONER) {
            return new LinkedHashSet<>(List.of("allegations", "evidence", "outcome", "reasons", "clauses"));
        }
        // a letter's heading states the reference whatever its wording; an email has only its subject and text
        return occasion.equals(ACKNOWLEDGEMENT) ? Set.of("reference") : Set.of();
    }

    private static boolean isOccasion(String occasion, Recipient recipient) {
        return switch (occasion) {
            case NOTICE -> recipient == Recipient.PRACTITIONER;
            case ACKNOWLEDGEMENT -> recipient == Recipient.COMPLAINANT;
            default -> isOutcome(occasion);
        };
    }

    private static boolean isOutcome(String occasion) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(occasion)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return value();
    }
}
