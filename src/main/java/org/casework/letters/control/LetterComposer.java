package org.casework.letters.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decider;
import org.casework.cases.entity.ResponseClock;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.TemplateKey;
import org.casework.letters.entity.TemplateText;
import org.casework.policy.entity.PolicyClause;

/**
 * Merges a case's facts into a template's wording. The facts a letter may carry are the template's own (see
 * {@link TemplateKey}): the complainant's letter has no reasons or clauses to merge, whatever its wording says. The
 * evidence is described, never reproduced; the complainant's own words reach the practitioner or the employer only
 * where the complainant agreed to share them. Every date reads the same way: 6 December 2026.
 */
public class LetterComposer {

    /** Where the Health and Disability Commissioner receives complaints forwarded under s64. */
    static final List<String> HDC_ADDRESS = List.of("The Health and Disability Commissioner", "PO Box 1791",
            "Auckland 1140");

    /** The one way a letter writes a date. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final LetterSettings settings;
    private final ZoneId zone;

    public LetterComposer(String regulatorName, String regulatorAddress, String signatory, ZoneId zone) {
        this(LetterSettings.of(regulatorName, regulatorAddress, signatory), zone);
    }

    public LetterComposer(LetterSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    public LetterContent compose(LetterTemplate template, Complaint complaint, LocalDate date) {
        return compose(template, complaint, CaseFacts.NONE, date);
    }

    /** With the evidence considered, each item described in a line (never its content, file name or EXIF facts). */
    public LetterContent compose(LetterTemplate template, Complaint complaint, List<String> evidence, LocalDate date) {
        return compose(template, complaint, new CaseFacts(evidence, List.of(), null), date);
    }

    public LetterContent compose(LetterTemplate template, Complaint complaint, CaseFacts facts, LocalDate date) {
        Map<String, String> values = values(template.key(), complaint, facts, date);
        String decider = complaint.decision() == null ? null : complaint.decision().decider().tag();
        List<Block> body = new ArrayList<>();
        for (TemplateText.Piece piece : template.pieces()) {
            if (!piece.isFor(decider)) {
                continue;
            }
            if (piece instanceof TemplateText.Heading heading) {
                body.add(new Heading(TemplateText.fill(heading.text(), values)));
            } else if (piece instanceof TemplateText.Paragraph paragraph) {
                body.add(new Paragraph(TemplateText.fill(paragraph.text(), values)));
            } else if (piece instanceof TemplateText.Facts named) {
                body.addAll(LetterFacts.blocks(named.name(), template.key(), complaint, facts));
            }
        }
        return new LetterContent(settings.regulatorName(), settings.regulatorAddress(), date,
                facts.complainantOf(complaint).reference().value(), recipient(template.key(), complaint, facts),
                TemplateText.fill(template.subject(), values), body, signature(facts));
    }

    /** The same merge as plain text, for an email: headings on lines of their own, a blank line between pieces. */
    public String text(LetterTemplate template, Complaint complaint, LocalDate date) {
        return text(template, complaint, CaseFacts.NONE, date);
    }

    public String text(LetterTemplate template, Complaint complaint, CaseFacts facts, LocalDate date) {
        LetterContent content = compose(template, complaint, facts, date);
        StringBuilder text = new StringBuilder();
        for (Block block : content.body()) {
            String line = block instanceof Heading h ? h.text() : block instanceof Paragraph p ? p.text()
                    : "    " + ((LetterContent.Quote) block).text();
            text.append(line).append("\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }

    public String subject(LetterTemplate template, Complaint complaint, LocalDate date) {
        return subject(template, complaint, CaseFacts.NONE, date);
    }

    public String subject(LetterTemplate template, Complaint complaint, CaseFacts facts, LocalDate date) {
        return TemplateText.fill(template.subject(), values(template.key(), complaint, facts, date));
    }

    /**
     * Signed by the case's named contact where it has one, for the signatory's office (the renderer adds the
     * regulator's name under it); otherwise by the office.
     */
    private String signature(CaseFacts facts) {
        return facts.contactName() == null ? settings.signatory()
                : facts.contactName() + "\nfor the " + settings.signatory();
    }

    private Map<String, String> values(TemplateKey key, Complaint complaint, CaseFacts facts, LocalDate date) {
        Map<String, String> all = new HashMap<>();
        all.put("reference", facts.complainantOf(complaint).reference().value());
        all.put("date", DAY.format(date));
        all.put("regulator", settings.regulatorName());
        all.put("practitioner", complaint.practitioner().name());
        all.put("platform", complaint.platform().label());
        all.put("conductDate", DAY.format(complaint.conductDate()));
        all.put("contact", (facts.contactName() == null ? "our fitness to practise team" : facts.contactName())
                + " at " + settings.email() + ", quoting reference " + facts.complainantOf(complaint).reference().value());
        var complainant = facts.complainantOf(complaint).complainant();
        all.put("complainant", complainant.fullName() == null ? "complainant" : complainant.fullName());
        all.put("employer", employerOf(complaint));
        all.put("responseDays", String.valueOf(ResponseClock.RESPONSE_DAYS));
        LocalDate due = complaint.responseClock().dueOn() != null ? complaint.responseClock().dueOn()
                : date.plusDays(ResponseClock.RESPONSE_DAYS);
        all.put("responseDueDate", DAY.format(due));
        all.put("receivedDate", DAY.format(LocalDate.ofInstant(complaint.receivedAt(), zone)));
        int links = complaint.postLinks().size();
        all.put("linkCount", links == 1 ? "1 link" : links + " links");
        all.put("appeal", settings.appeal());
        all.put("portal", settings.portal());
        if (complaint.decision() != null) {
            var decision = complaint.decision();
            all.put("outcome", decision.outcome().label());
            all.put("decider", decision.decider().words());
            all.put("decisionDate", DAY.format(LocalDate.ofInstant(decision.decidedAt(), zone)));
            all.put("orderPeriod", orderPeriod(complaint));
            if (decision.referredTo() != null) {
                all.put("referredTo", decision.referredTo());
            }
            all.put("hearingReason", decision.outcome().onlyByHearing()
                    ? "The case examiners considered that the outcome may need to be "
                    + decision.outcome().label().toLowerCase(Locale.ROOT) + ", which only a hearing panel can decide."
                    : "You did not accept the " + decision.outcome().label().toLowerCase(Locale.ROOT)
                    + " the case examiners proposed within the time allowed, so a hearing panel decides instead.");
        }
        if (facts.sitting() != null) {
            all.put("hearingDate", facts.sitting().when());
            all.put("hearingVenue", facts.sitting().where());
            all.put("hearingPanel", facts.sitting().panel());
            all.put("noticeDays", String.valueOf(facts.sitting().noticeDays()));
        }
        if (facts.interim() != null) {
            all.put("interimOrder", facts.interim().order());
            all.put("interimUntil", DAY.format(facts.interim().until()));
            all.put("interimReviewMonths", String.valueOf(facts.interim().reviewMonths()));
        }
        // only what this letter offers: a value the template cannot name is never there to be merged
        Map<String, String> values = new HashMap<>();
        key.inlineData().stream().filter(all::containsKey).forEach(name -> values.put(name, all.get(name)));
        return values;
    }

    /**
     * A hearing's sitting as its notice states it: when ("Thursday 4 February 2027 at 10:00 am"), where, who sits,
     * and the sitting it replaces when the panel adjourned one (else null).
     */
    public record SittingFacts(String when, String where, String panel, String replaces, int noticeDays) {
    }

    /** An interim order as its letter states it: "interim suspension", its last day, the review interval, why. */
    public record InterimFacts(String order, LocalDate until, int reviewMonths, String reasons) {
    }

    /** "from 6 December 2026 until 5 June 2027" for an order a hearing imposed; otherwise nothing to say. */
    private String orderPeriod(Complaint complaint) {
        LocalDate ends = complaint.terms().orderEndsOn();
        if (ends == null || complaint.decision().decider() != Decider.HEARING_PANEL) {
            return "for the period the decision sets";
        }
        return "from " + DAY.format(LocalDate.ofInstant(complaint.decision().decidedAt(), zone)) + " until "
                + DAY.format(ends);
    }

    private static List<String> recipient(TemplateKey key, Complaint complaint, CaseFacts facts) {
        return switch (key.recipient()) {
            case PRACTITIONER -> {
                List<String> lines = new ArrayList<>();
                lines.add(complaint.practitioner().name());
                if (complaint.registrant() != null) {
                    lines.add("Registration number " + complaint.registrant().registrationNumber());
                }
                if (complaint.practitioner().workplace() != null) {
                    lines.add(complaint.practitioner().workplace());
                }
                yield List.copyOf(lines);
            }
            case COMPLAINANT -> {
                var complainant = facts.complainantOf(complaint).complainant();
                yield List.of(complainant.fullName() == null ? "The complainant" : complainant.fullName());
            }
            case EMPLOYER -> List.of(employerOf(complaint));
            case OTHER_BODY -> key.occasion().equals(TemplateKey.HDC) || complaint.decision() == null
                    || complaint.decision().referredTo() == null ? HDC_ADDRESS
                    : List.of(complaint.decision().referredTo());
        };
    }

    /** Whom an employer's letter goes to, if the case names an employer at all. */
    public static boolean hasEmployer(Complaint complaint) {
        return (complaint.registrant() != null && complaint.registrant().employer() != null)
                || complaint.practitioner().workplace() != null;
    }

    public static String employerOf(Complaint complaint) {
        if (complaint.registrant() != null && complaint.registrant().employer() != null) {
            return complaint.registrant().employer();
        }
        return complaint.practitioner().workplace() == null ? "The employer" : complaint.practitioner().workplace();
    }

    /** The facts a letter of this case describes besides the case itself: evidence, alleged clauses, the contact. */
    /**
     * {@code addressee}: for the complainant of a complaint merged into the case, their own complaint: the letter
     * carries their name, reference and words, and the case's decision.
     */
    public record CaseFacts(List<String> evidence, List<PolicyClause> allegedClauses, String contactName,
                            Complaint addressee, SittingFacts sitting, InterimFacts interim) {
        public static final CaseFacts NONE = new CaseFacts(List.of(), List.of(), null);

        public CaseFacts {
            evidence = List.copyOf(evidence);
            allegedClauses = List.copyOf(allegedClauses);
        }

        public CaseFacts(List<String> evidence, List<PolicyClause> allegedClauses, String contactName) {
            this(evidence, allegedClauses, contactName, null, null, null);
        }

        /** The same facts for a letter to the complainant of {@code joined}, merged into the case. */
        public CaseFacts to(Complaint joined) {
            return new CaseFacts(evidence, allegedClauses, contactName, joined, sitting, interim);
        }

        /** The same facts with the hearing's sitting, for its notice. */
        public CaseFacts at(SittingFacts fixed) {
            return new CaseFacts(evidence, allegedClauses, contactName, addressee, fixed, interim);
        }

        /** The same facts with the interim order just made, for its letter. */
        public CaseFacts with(InterimFacts made) {
            return new CaseFacts(evidence, allegedClauses, contactName, addressee, sitting, made);
        }

        /** Whose complainant a complainant's letter goes to: the addressee's, or the case's own. */
        Complaint complainantOf(Complaint complaint) {
            return addressee == null ? complaint : addressee;
        }
    }

}
