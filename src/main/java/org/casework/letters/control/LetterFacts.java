package org.casework.letters.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decider;
import org.casework.cases.entity.PaymentOrders;
import org.casework.cases.entity.Term;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.evidence.entity.EvidenceType;
import org.casework.letters.control.LetterComposer.CaseFacts;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.control.LetterContent.Quote;
import org.casework.letters.entity.Recipient;
import org.casework.letters.entity.TemplateKey;
import org.casework.policy.entity.PolicyClause;

/**
 * The paragraphs a template's block facts stand for. Who reads the letter decides what it may say: the complainant's
 * own words go to the practitioner or the employer only with the complainant's consent (otherwise the regulator's
 * summary, or a neutral description); the complainant reads the reasons only of a decision made at triage.
 */
public final class LetterFacts {

    private LetterFacts() {
    }

    public static List<Block> blocks(String name, TemplateKey key, Complaint complaint, CaseFacts facts) {
        return switch (name) {
            case "description" -> key.occasion().equals(TemplateKey.REFERRED)
                    ? sharedWithTheBody(complaint) : description(key.recipient(),
                    key.recipient() == Recipient.COMPLAINANT ? facts.complainantOf(complaint) : complaint);
            case "allegations" -> allegations(complaint);
            case "evidence" -> key.occasion().equals(TemplateKey.REFERRED) && !complaint.account().consentToShare()
                    ? List.of(new Paragraph("None is shared with this letter: the complainant did not agree."))
                    : evidence(complaint, facts.evidence());
            case "reasons" -> reasons(key.recipient(), complaint);
            case "clauses" -> clauses(key, complaint, facts);
            case "terms" -> terms(complaint);
            case "payment" -> payment(complaint);
            case "interimReasons" -> facts.interim() == null ? List.of()
                    : List.of(new Paragraph(facts.interim().reasons()));
            case "hearingChange" -> facts.sitting() == null || facts.sitting().replaces() == null ? List.of()
                    : List.of(new Paragraph("This replaces the hearing set for " + facts.sitting().replaces()
                    + ", which the panel adjourned."));
            default -> throw new IllegalArgumentException("No facts called " + name);
        };
    }

    /** Each condition or undertaking, numbered, with the day compliance with it is checked. */
    private static List<Block> terms(Complaint complaint) {
        if (complaint.decision() == null || complaint.decision().terms().isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (Term term : complaint.decision().terms()) {
            blocks.add(new Paragraph((++n) + ". " + term.text() + " (checked on "
                    + LetterComposer.DAY.format(term.reviewOn()) + ")"));
        }
        return blocks;
    }

    /** What a hearing ordered the practitioner to pay beside its outcome; nothing when it ordered nothing. */
    private static List<Block> payment(Complaint complaint) {
        PaymentOrders ordered = complaint.decision() == null ? PaymentOrders.NONE
                : complaint.decision().paymentOrders();
        if (ordered.isEmpty()) {
            return List.of();
        }
        return List.of(new Paragraph("The panel also ordered you to pay " + PaymentOrders.words(ordered.fine(),
                ordered.costs(), "the costs of the investigation and the hearing") + ". To arrange payment, please "
                + "contact us at the address given at the end of this letter."));
    }

    private static List<Block> description(Recipient recipient, Complaint complaint) {
        if (recipient == Recipient.OTHER_BODY) { // a statutory transfer: the complaint as it was made
            return List.of(new Paragraph("The complainant wrote:"), new Quote(complaint.description()));
        }
        if (recipient == Recipient.COMPLAINANT) {
            return List.of(new Paragraph(complaint.description()));
        }
        if (complaint.allegationSummary() != null) {
            return List.of(new Paragraph(complaint.allegationSummary()));
        }
        if (complaint.account().consentToShare()) {
            return List.of(new Paragraph("The complainant agreed that we share their description of the concern. "
                    + "In their words:"), new Quote(complaint.description()));
        }
        int links = complaint.postLinks().size();
        return List.of(new Paragraph("The complaint concerns what was posted on " + complaint.platform().label()
                + " on or about " + LetterComposer.DAY.format(complaint.conductDate())
                + (links == 0 ? "." : links == 1 ? ", at the link the complainant gave us."
                : ", at the " + links + " links the complainant gave us.")));
    }

    /** A complaint referred elsewhere goes there in the complainant's words only if they agreed to share it. */
    private static List<Block> sharedWithTheBody(Complaint complaint) {
        if (complaint.account().consentToShare()) {
            return List.of(new Paragraph("The complainant wrote:"), new Quote(complaint.description()));
        }
        return List.of(new Paragraph("The complainant did not agree that we share their complaint, so we do not "
                + "send it with this letter; we have told them that the matter is for you, and they may contact "
                + "you directly."));
    }

    /**
     * An evidence item as a letter describes it: kind, size, who supplied it and when, and its SHA-256 (which proves
     * it without showing it). Never its content, file name or EXIF facts.
     */
    public static String describe(EvidenceItem item, ZoneId zone) {
        String kind = item.type() == EvidenceType.PDF ? "PDF document" : "Image (" + item.type() + ")";
        return kind + " of " + Math.max(1, (item.sizeBytes() + 1023) / 1024) + " KB supplied by the "
                + item.uploadedBy() + " on " + LetterComposer.DAY.format(LocalDate.ofInstant(item.uploadedAt(), zone))
                + ", SHA-256 " + item.sha256().hex().substring(0, 16) + "…";
    }

    private static List<Block> allegations(Complaint complaint) {
        return complaint.allegations().isEmpty() ? List.of()
                : List.of(new Paragraph("The allegations concern: " + complaint.allegations().stream().sorted()
                        .map(a -> a.label().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining("; ")) + "."));
    }

    private static List<Block> evidence(Complaint complaint, List<String> items) {
        int links = complaint.postLinks().size();
        String considered = links == 0 ? "We considered the complaint as written"
                : links == 1 ? "We considered the link to the post concerned"
                : "We considered the " + links + " links to the posts concerned";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(considered + (items.isEmpty() ? "." : " and the following material. Images of "
                + "patients are not reproduced in this letter.")));
        items.forEach(item -> blocks.add(new Paragraph("- " + item)));
        return blocks;
    }

    private static List<Block> reasons(Recipient recipient, Complaint complaint) {
        var decision = complaint.decision();
        if (decision == null || (recipient != Recipient.PRACTITIONER && decision.decider() != Decider.TRIAGE)) {
            return List.of();
        }
        String reasons = decision.reasons();
        String referral = decision.referredTo() == null ? null : "Referred to " + decision.referredTo();
        if (referral != null && reasons.startsWith(referral)) {
            // the letter names the body itself; what triage added after it is the reason
            reasons = reasons.substring(referral.length()).replaceFirst("^[.\\s]+", "");
        }
        return reasons.isBlank() ? List.of() : List.of(new Paragraph(reasons));
    }

    /** A notice cites the clauses concerned (alleged, or those the examiners cited); a decision those breached. */
    private static List<Block> clauses(TemplateKey key, Complaint complaint, CaseFacts facts) {
        var decision = complaint.decision();
        if (key.occasion().equals(TemplateKey.NOTICE) || key.occasion().equals(TemplateKey.HEARING)) {
            return clauses("Policy clauses concerned", decision == null || decision.citedClauses().isEmpty()
                    ? facts.allegedClauses() : decision.citedClauses());
        }
        return decision == null ? List.of() : clauses("Policy clauses breached", decision.citedClauses());
    }


    private static List<Block> clauses(String heading, List<PolicyClause> clauses) {
        List<Block> blocks = new ArrayList<>();
        if (!clauses.isEmpty()) {
            blocks.add(new Heading(heading));
            for (PolicyClause clause : clauses) {
                blocks.add(new Paragraph("Clause " + clause.number() + " - " + clause.heading() + " ("
                        + clause.version().describe() + ", in force "
                        + clause.version().describePeriod(LetterComposer.DAY) + ")"));
                blocks.add(new Quote(clause.body()));
            }
        }
        return blocks;
    }
}
