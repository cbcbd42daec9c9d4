package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casework.cases.boundary.Hearings;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.Hearing;
import org.casework.evidence.boundary.CaseDocuments;
import org.casework.evidence.boundary.EvidenceFiles;
import org.casework.evidence.entity.CaseDocument;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.control.BundleRenderer;
import org.casework.letters.control.BundleRenderer.Item;
import org.casework.letters.control.BundleRenderer.Picture;
import org.casework.letters.control.BundleRenderer.Section;
import org.casework.letters.control.BundleRenderer.Subheading;
import org.casework.letters.control.BundleRenderer.Text;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.control.LetterContent;
import org.casework.letters.control.LetterFacts;
import org.casework.letters.entity.TemplateKey;
import org.casework.platform.control.CaseworkConfig;
import org.casework.policy.boundary.PolicyLibrary;

/**
 * The hearing bundle: one PDF of what the panel reads, sent to the practitioner too: the allegations in the
 * regulator's words with the clauses concerned, the decision that referred the case, every document on the case
 * and the complainant's material, each as its working copy (a picture without metadata, never an original that could
 * act) where one could be made and, for the complainant's material, only where they agreed to share it; the rest
 * described. Made when asked for, from the case as it stands.
 */
@ApplicationScoped
@Transactional // a read: one persistence context for the case and everything it holds
public class HearingBundles {

    @Inject
    CaseStore cases;
    @Inject
    Hearings hearings;
    @Inject
    CaseDocuments documents;
    @Inject
    EvidenceFiles evidence;
    @Inject
    PolicyLibrary policies;
    @Inject
    CaseworkConfig config;
    @Inject
    RegulatorTime time;

    public byte[] bundle(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        List<String> alleged = complaint.allegedClauses().values().stream().flatMap(List::stream).distinct().toList();
        var facts = new LetterComposer.CaseFacts(List.of(), alleged.isEmpty() ? List.of() : policies.clauses(alleged),
                null);
        List<Section> sections = new ArrayList<>();
        List<Item> allegations = new ArrayList<>();
        for (String part : List.of("description", "allegations", "clauses")) {
            LetterFacts.blocks(part, TemplateKey.hearingNotice(), complaint, facts).forEach(b -> allegations.add(item(b)));
        }
        sections.add(new Section("The allegations", allegations));
        Decision referral = complaint.examinersDecision() != null ? complaint.examinersDecision() : complaint.decision();
        if (referral != null) {
            sections.add(new Section("The decision that referred the case", List.of(new Text("The "
                    + referral.decider().words() + " decided on " + RegulatorTime.day(time.dayOf(referral.decidedAt()))
                    + ": " + referral.outcome().label() + "."), new Text(referral.reasons()))));
        }
        sections.add(new Section("Documents", documentItems(complaint)));
        sections.add(new Section("The complainant's material", evidenceItems(complaint)));
        return BundleRenderer.render(new BundleRenderer.Bundle("Hearing bundle", reference.value(),
                config.regulatorName(), cover(complaint), sections));
    }

    private List<String> cover(Complaint complaint) {
        List<String> cover = new ArrayList<>();
        cover.add("Case " + complaint.reference().value() + ": " + complaint.practitioner().name()
                + (complaint.registrant() == null ? "" : ", registration " + complaint.registrant().registrationNumber()));
        Optional<Hearing> sitting = hearings.current(complaint);
        cover.add(sitting.map(h -> "The hearing sits on " + hearings.when(h) + ", at " + h.venue() + ".")
                .orElse("The hearing's date is not fixed yet."));
        sitting.ifPresent(h -> cover.add("The panel: " + Hearings.panel(h) + "."));
        cover.add("Prepared by the " + config.regulatorName() + " on " + RegulatorTime.day(time.today()) + ".");
        cover.add("Confidential. It holds information about patients and others: for the panel, the practitioner "
                + "and their representative only. Do not copy or share it.");
        return cover;
    }

    private List<Item> documentItems(Complaint complaint) {
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (CaseDocument document : documents.documentsOf(complaint)) {
            String caption = "Document " + (++n) + ": " + document.kind().label() + ", from " + document.suppliedBy()
                    + ", added " + RegulatorTime.day(time.dayOf(document.addedAt()));
            if (document.workingKey() == null) {
                items.add(new Subheading(caption));
                items.add(new Text("Not reproduced here (" + document.type().name() + " file '" + document.fileName()
                        + "'): it is on the case file as supplied, and the panel reads it there."));
            } else {
                items.add(new Picture(caption, read(() -> documents.openCopy(document)), "Working copy of "
                        + caption));
            }
        }
        if (items.isEmpty()) {
            items.add(new Text("No documents were added to the case."));
        }
        return items;
    }

    private List<Item> evidenceItems(Complaint complaint) {
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (EvidenceItem item : evidence.evidenceOf(complaint)) {
            String caption = "Material " + (++n) + ": " + LetterFacts.describe(item, time.zone());
            if (complaint.account().consentToShare() && item.workingKey() != null) {
                items.add(new Picture(caption, read(() -> evidence.openCopy(item, false)), "Working copy of "
                        + caption));
            } else {
                items.add(new Subheading(caption));
                items.add(new Text(complaint.account().consentToShare()
                        ? "Not reproduced here: no working copy could be made; the panel sees the original."
                        : "Described only: the complainant did not agree to share it with the practitioner. The "
                        + "panel sees it at the hearing."));
            }
        }
        if (items.isEmpty()) {
            items.add(new Text("The complainant supplied no files."));
        }
        return items;
    }

    private static Item item(LetterContent.Block block) {
        if (block instanceof LetterContent.Heading heading) {
            return new Subheading(heading.text());
        }
        return new Text(block instanceof LetterContent.Paragraph p ? p.text() : ((LetterContent.Quote) block).text());
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private static byte[] read(Source source) {
        try (InputStream in = source.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("A working copy for the bundle could not be read", e);
        }
    }
}
