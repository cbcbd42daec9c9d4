package org.casework.letters.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.ResponseClock;
import org.casework.letters.control.LetterContent.Block;
import org.casework.letters.control.LetterContent.Heading;
import org.casework.letters.control.LetterContent.Paragraph;
import org.casework.letters.control.LetterContent.Quote;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.TemplateKey;
import org.casework.letters.entity.TemplateText;
import org.casework.policy.entity.PolicyClause;

/**
 * Merges a case's facts into a template's wording. The facts a letter may carry are the template's own (see
 * {@link TemplateKey}): the complainant's letter has no reasons or clauses to merge, whatever its wording says. The
 * evidence is described, never reproduced.
 */
public class LetterComposer {

    private final String regulatorName;
    private final String regulatorAddress;
    private final String signatory;
    private final ZoneId zone;

    public LetterComposer(String regulatorName, String regulatorAddress, String signatory, ZoneId zone) {
        this.regulatorName = regulatorName;
        this.regulatorAddress = regulatorAddress;
        this.signatory = signatory;
        this.zone = zone;
    }

    public LetterContent compose(LetterTemplate template, Complaint complaint, LocalDate date) {
        return compose(template, complaint, List.of(), date);
    }

    /** With the evidence considered, each item described in a line (never its content, file name or EXIF facts). */
    public LetterContent compose(LetterTemplate template, Complaint complaint, List<String> evidence, LocalDate date) {
        Map<String, String> values = values(template.key(), complaint, date);
        List<Block> body = new ArrayList<>();
        for (TemplateText.Piece piece : template.pieces()) {
            if (piece instanceof TemplateText.Heading heading) {
                body.add(new Heading(TemplateText.fill(heading.text(), values)));
            } else if (piece instanceof TemplateText.Paragraph paragraph) {
                body.add(new Paragraph(TemplateText.fill(paragraph.text(), values)));
            } else if (piece instanceof TemplateText.Facts facts) {
                body.addAll(facts(facts.name(), complaint, evidence));
            }
        }
        return new LetterContent(regulatorName, regulatorAddress, date, complaint.reference().value(),
                recipient(template.key(), complaint), TemplateText.fill(template.subject(), values), body, signatory);
    }

    /** The same merge as plain text, for an email: headings on lines of their own, a blank line between pieces. */
    public String text(LetterTemplate template, Complaint complaint, LocalDate date) {
        LetterContent content = compose(template, complaint, date);
        StringBuilder text = new StringBuilder();
        for (Block block : content.body()) {
            String line = block instanceof Heading h ? h.text() : block instanceof Paragraph p ? p.text()
                    : "    " + ((Quote) block).text();
            text.append(line).append("\n\n");
        }
        return text.toString().stripTrailing() + "\n";
    }

    public String subject(LetterTemplate template, Complaint complaint, LocalDate date) {
        return TemplateText.fill(template.subject(), values(template.key(), complaint, date));
    }

    private Map<String, String> values(TemplateKey key, Complaint complaint, LocalDate date) {
        Map<String, String> all = new HashMap<>();
        all.put("reference", complaint.reference().value());
        all.put("date", date.toString());
        all.put("regulator", regulatorName);
        all.put("practitioner", complaint.practitioner().name());
        all.put("platform", complaint.platform().label());
        all.put("conductDate", complaint.conductDate().toString());
        all.put("complainant", complaint.complainant().fullName() == null ? "complainant"
                : complaint.complainant().fullName());
        all.put("employer", employer(complaint));
        all.put("responseDays", String.valueOf(ResponseClock.RESPONSE_DAYS));
        all.put("receivedDate", LocalDate.ofInstant(complaint.receivedAt(), zone).toString());
        all.put("linkCount", String.valueOf(complaint.postLinks().size()));
        if (complaint.decision() != null) {
            all.put("outcome", complaint.decision().outcome().label());
        }
        // only what this letter offers: a value the template cannot name is never there to be merged
        Map<String, String> values = new HashMap<>();
        key.inlineData().stream().filter(all::containsKey).forEach(name -> values.put(name, all.get(name)));
        return values;
    }

    private static List<Block> facts(String name, Complaint complaint, List<String> evidence) {
        return switch (name) {
            case "description" -> List.of(new Paragraph(complaint.description()));
            case "allegations" -> complaint.allegations().isEmpty() ? List.of()
                    : List.of(new Paragraph("The allegations concern: " + complaint.allegations().stream().sorted()
                            .map(a -> a.label().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining("; ")) + "."));
            case "evidence" -> evidence(complaint, evidence);
            case "reasons" -> List.of(new Paragraph(complaint.decision().reasons()));
            case "clauses" -> clauses(complaint.decision().citedClauses());
            default -> throw new IllegalArgumentException("No facts called " + name);
        };
    }

    private static List<Block> evidence(Complaint complaint, List<String> items) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("We considered " + complaint.postLinks().size() + " link(s) to the post(s) concerned"
                + (items.isEmpty() ? " and the complaint as written." : " and the following material. Images of "
                + "patients are not reproduced in this letter.")));
        items.forEach(item -> blocks.add(new Paragraph("- " + item)));
        return blocks;
    }

    private static List<Block> clauses(List<PolicyClause> cited) {
        List<Block> blocks = new ArrayList<>();
        if (!cited.isEmpty()) {
            blocks.add(new Heading("Policy clauses breached"));
            for (PolicyClause clause : cited) {
                blocks.add(new Paragraph("Clause " + clause.number() + " - " + clause.heading() + " ("
                        + clause.version().describe() + ", in force " + clause.version().describePeriod() + ")"));
                blocks.add(new Quote(clause.body()));
            }
        }
        return blocks;
    }

    private static List<String> recipient(TemplateKey key, Complaint complaint) {
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
            case COMPLAINANT -> List.of(complaint.complainant().fullName() == null ? "The complainant"
                    : complaint.complainant().fullName());
            case EMPLOYER -> List.of(employer(complaint));
        };
    }

    /** Whom an employer's letter goes to, if the case names an employer at all. */
    public static boolean hasEmployer(Complaint complaint) {
        return (complaint.registrant() != null && complaint.registrant().employer() != null)
                || complaint.practitioner().workplace() != null;
    }

    private static String employer(Complaint complaint) {
        if (complaint.registrant() != null && complaint.registrant().employer() != null) {
            return complaint.registrant().employer();
        }
        return complaint.practitioner().workplace() == null ? "The employer" : complaint.practitioner().workplace();
    }
}
