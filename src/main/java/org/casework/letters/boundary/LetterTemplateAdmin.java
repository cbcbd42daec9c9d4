package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.cases.entity.Complainant;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.NamedPractitioner;
import org.casework.cases.entity.Relationship;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.control.LetterRenderer;
import org.casework.letters.control.LetterTemplates;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.Recipient;
import org.casework.letters.entity.TemplateKey;
import org.casework.platform.control.CaseworkConfig;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.policy.entity.PolicyClause;

/**
 * Administrators reword letters: read every template, store a checked rewording, go back to the shipped wording, and
 * see a template as a PDF on an invented case (never a real one: administrators do not read case files).
 */
@ApplicationScoped
@Transactional
public class LetterTemplateAdmin {

    /** What an administrator sees of a template. */
    public record TemplateView(String key, String label, String subject, String body, boolean issued,
                               boolean canBeSwitchedOff, boolean edited, String updatedBy, Instant updatedAt,
                               List<String> data, List<String> required) implements Serializable {

        public String dataList() {
            return data.stream().map(d -> "{" + d + "}").collect(Collectors.joining(", "));
        }

        public String requiredList() {
            return required.stream().map(d -> "{" + d + "}").collect(Collectors.joining(", "));
        }

        static TemplateView of(LetterTemplate t) {
            TemplateKey key = t.key();
            List<String> data = new ArrayList<>(key.inlineData());
            data.addAll(key.blockData());
            return new TemplateView(key.value(), key.label(), t.subject(), t.body(), t.issued(),
                    key.recipient() == Recipient.EMPLOYER, t.edited(), t.updatedBy(),
                    t.updatedAt(), List.copyOf(data), List.copyOf(key.requiredData()));
        }
    }

    @Inject
    LetterTemplates templates;
    @Inject
    PolicyLibrary policies;
    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;

    @Inject
    LetterComposer composer;


    public List<TemplateView> all() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    public TemplateView one(String key) {
        return TemplateView.of(templates.of(key(key)));
    }

    public TemplateView reword(String key, String subject, String body, boolean issued, String by) {
        return TemplateView.of(templates.reword(key(key), subject, body, issued, by));
    }

    public TemplateView reset(String key) {
        return TemplateView.of(templates.reset(key(key)));
    }

    /** The template in use, merged with an invented case decided with the template's outcome. */
    public byte[] samplePdf(String key) {
        TemplateKey templateKey = key(key);
        LetterTemplate template = templates.of(templateKey);
        // a hearing notice follows a decision the practitioner did not accept: the sample's is a warning
        Outcome outcome = templateKey.occasion().equals(TemplateKey.HEARING) ? Outcome.WARNING
                : templateKey.outcome().orElse(null);
        Complaint sample = sampleCase(outcome);
        if (templateKey.occasion().equals(TemplateKey.REFERRED)) {
            sample.referToAnotherBody("sample-investigator", "the Privacy Commissioner",
                    "It concerns the handling of personal information (sample reason).", Instant.now());
        }
        return renderer().render(composer.compose(template, sample,
                List.of("Image (PNG) of 480 KB supplied by the complainant on "
                        + LetterComposer.DAY.format(time.today()) + " (sample)"), time.today()));
    }

    private Complaint sampleCase(Outcome outcome) {
        List<PolicyClause> clauses = policies.clauses(List.of("MSC-SM-2020/8", "MSC-SM-2020/12"));
        LocalDate conduct = clauses.get(0).version().effectiveFrom().plusDays(1);
        Instant received = Instant.now();
        Complaint sample = new Complaint(CaseReference.of(config.referencePrefix(), time.today()
                        .getYear(), 999_999), "0".repeat(64),
                new Complainant("Sample Complainant", "complainant@example.org", null, Relationship.COLLEAGUE),
                new NamedPractitioner("Sample Practitioner", null, "Sample Community Laboratory",
                        "Medical laboratory scientist"), Platform.FACEBOOK,
                List.of("https://www.facebook.com/example/posts/1"), conduct,
                "The sample practitioner posted photos of patients on a public account (an invented case).", received);
        if (outcome != null) {
            sample.accept("sample-investigator", "Sample triage", received);
            sample.allege(Set.of(AllegationCategory.CONFIDENTIALITY_AND_PRIVACY));
            List<PolicyClause> cited = outcome.requiresCitation() ? clauses : List.of();
            String reasons = "These are the reasons the case examiners give (sample text).";
            sample.decide(new Decision(outcome, reasons, cited, conduct, "sample-examiner", received));
            if (outcome.onlyByHearing()) {
                sample.recordHearingDecision(Decision.ofHearingPanel(outcome, reasons, cited, conduct, "sample-panel", received),
                        time.today().plusMonths(6));
            }
        }
        return sample;
    }

    private static TemplateKey key(String key) {
        return TemplateKey.parse(key).orElseThrow(() -> new CaseNotFoundException("No letter template " + key));
    }

    /** The logo is read for each document, so that a replaced logo file needs no restart (and a broken one fails
     * that document, which as a workflow step is retried and then shown as an incident). */
    private LetterRenderer renderer() {
        return new LetterRenderer(config.logo());
    }
}
