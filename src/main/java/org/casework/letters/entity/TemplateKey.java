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
    /** Triage referred the complaint to another body: the complainant is told where it went and why. */
    public static final String REFERRED = "REFERRED_ELSEWHERE";
    /** Day 21 of the practitioner's 28: an email reminding them that their response is due. */
    public static final String REMINDER = "RESPONSE_REMINDER";
    /** HPCA Act s64: the complaint goes to the Health and Disability Commissioner; the people concerned are told. */
    public static final String HDC = "HDC_FORWARDED";
    /** The case goes to a hearing: the practitioner's notice. */
    public static final String HEARING = "HEARING_NOTICE";
    /** The hearing's sitting is fixed: the practitioner is told when, where and who sits. */
    public static final String HEARING_DATE = "HEARING_DATE";
    /** An interim order is made: the practitioner is told what, until when, why, and how it is reviewed. */
    public static final String INTERIM = "INTERIM_ORDER";

    /** Data for every letter. {@code contact}: whom to ask, by name where the case has an investigator. */
    private static final List<String> COMMON = List.of("reference", "date", "regulator", "practitioner", "platform",
            "conductDate", "contact");

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

    public static TemplateKey referredElsewhere() {
        return new TemplateKey(REFERRED, Recipient.COMPLAINANT);
    }

    /** The letter that hands a complaint to the body it was referred to. */
    public static TemplateKey referralToBody() {
        return new TemplateKey(REFERRED, Recipient.OTHER_BODY);
    }

    public static TemplateKey responseReminder() {
        return new TemplateKey(REMINDER, Recipient.PRACTITIONER);
    }

    public static TemplateKey hdc(Recipient recipient) {
        return new TemplateKey(HDC, recipient);
    }

    public static TemplateKey hearingNotice() {
        return new TemplateKey(HEARING, Recipient.PRACTITIONER);
    }

    public static TemplateKey hearingDate() {
        return new TemplateKey(HEARING_DATE, Recipient.PRACTITIONER);
    }

    public static TemplateKey interimOrder() {
        return new TemplateKey(INTERIM, Recipient.PRACTITIONER);
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
        List<TemplateKey> keys = new ArrayList<>(List.of(acknowledgement(), referredElsewhere(), referralToBody(),
                hdc(Recipient.OTHER_BODY), hdc(Recipient.COMPLAINANT), hdc(Recipient.PRACTITIONER), notice(),
                responseReminder(), hearingNotice(), hearingDate(), interimOrder()));
        for (Outcome outcome : Outcome.values()) {
            for (Recipient recipient : Recipient.OF_DECISIONS) {
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
            case REFERRED -> recipient == Recipient.OTHER_BODY ? "Referral to another body: letter to that body"
                    : "Referral to another body: letter to the complainant";
            case REMINDER -> "Reminder to respond, to the practitioner on day 21 (email)";
            case HDC -> "Forwarding to the Health and Disability Commissioner (s64): letter to the "
                    + recipient.label();
            case HEARING -> "Notice of referral to a hearing, to the practitioner";
            case HEARING_DATE -> "Notice of the hearing's date, place and panel, to the practitioner";
            case INTERIM -> "Interim order, to the practitioner";
            default -> Outcome.valueOf(occasion).label() + ": letter to the " + recipient.label();
        };
    }

    /** Data that fills a place within a line. */
    public Set<String> inlineData() {
        Set<String> names = new LinkedHashSet<>(COMMON);
        switch (occasion) {
            case NOTICE, REMINDER -> names.addAll(List.of("responseDays", "responseDueDate", "portal"));
            case ACKNOWLEDGEMENT -> names.addAll(List.of("complainant", "receivedDate"));
            case REFERRED -> names.addAll(List.of("complainant", "referredTo", "receivedDate"));
            case HDC -> names.addAll(List.of("complainant", "receivedDate"));
            case HEARING -> names.addAll(List.of("hearingReason", "linkCount"));
            case HEARING_DATE -> names.addAll(List.of("hearingDate", "hearingVenue", "hearingPanel", "noticeDays"));
            case INTERIM -> names.addAll(List.of("interimOrder", "interimUntil", "interimReviewMonths"));
            default -> {
                names.addAll(List.of("outcome", "decider", "decisionDate"));
                switch (recipient) {
                    case PRACTITIONER -> names.addAll(List.of("linkCount", "appeal", "orderPeriod"));
                    case COMPLAINANT -> names.addAll(List.of("complainant", "orderPeriod"));
                    case EMPLOYER -> names.addAll(List.of("employer", "orderPeriod"));
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
        if (occasion.equals(ACKNOWLEDGEMENT) || occasion.equals(REMINDER)) {
            return Set.of();
        }
        if (occasion.equals(NOTICE)) {
            return new LinkedHashSet<>(List.of("description", "allegations", "clauses"));
        }
        if (occasion.equals(REFERRED)) {
            // the body reads the complaint and the material only where the complainant agreed to share them
            return recipient == Recipient.OTHER_BODY
                    ? new LinkedHashSet<>(List.of("description", "allegations", "evidence")) : Set.of("reasons");
        }
        if (occasion.equals(HDC)) {
            // the Commissioner receives the complaint as made, with the material described; the practitioner is
            // told what it concerns as any notice does; the complainant wrote it
            return switch (recipient) {
                case OTHER_BODY -> new LinkedHashSet<>(List.of("description", "allegations", "evidence"));
                case PRACTITIONER -> new LinkedHashSet<>(List.of("description", "allegations"));
                default -> Set.of();
            };
        }
        if (occasion.equals(HEARING)) {
            return new LinkedHashSet<>(List.of("description", "allegations", "clauses"));
        }
        if (occasion.equals(HEARING_DATE)) {
            return new LinkedHashSet<>(List.of("hearingChange", "allegations", "clauses"));
        }
        if (occasion.equals(INTERIM)) {
            return new LinkedHashSet<>(List.of("interimReasons", "allegations"));
        }
        if (recipient == Recipient.PRACTITIONER) {
            return new LinkedHashSet<>(List.of("description", "allegations", "evidence", "terms", "payment",
                    "reasons", "clauses"));
        }
        // the complainant is told the reasons of a decision made at triage, never the examiners' or a panel's
        // (those may concern the practitioner's health or circumstances); the composer merges them for triage only
        // the employer supervises the practitioner's work, so it reads the conditions it must see met
        return recipient == Recipient.COMPLAINANT ? new LinkedHashSet<>(List.of("description", "reasons"))
                : new LinkedHashSet<>(List.of("description", "terms"));
    }

    /** What the letter must keep whatever its wording. */
    public Set<String> requiredData() {
        if (occasion.equals(NOTICE)) {
            return new LinkedHashSet<>(List.of("description", "responseDays"));
        }
        if (occasion.equals(REFERRED)) {
            return Set.of("referredTo");
        }
        if (occasion.equals(REMINDER)) {
            return Set.of("responseDueDate");
        }
        if (occasion.equals(HEARING_DATE)) {
            return new LinkedHashSet<>(List.of("hearingDate", "hearingVenue", "hearingPanel"));
        }
        if (occasion.equals(INTERIM)) {
            return new LinkedHashSet<>(List.of("interimOrder", "interimUntil", "interimReasons"));
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
            case REFERRED -> recipient == Recipient.COMPLAINANT || recipient == Recipient.OTHER_BODY;
            case REMINDER, HEARING, HEARING_DATE, INTERIM -> recipient == Recipient.PRACTITIONER;
            case HDC -> recipient != Recipient.EMPLOYER;
            default -> isOutcome(occasion) && recipient != Recipient.OTHER_BODY;
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
