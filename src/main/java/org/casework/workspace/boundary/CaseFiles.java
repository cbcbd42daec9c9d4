package org.casework.workspace.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.casework.cases.boundary.CaseOverview;
import org.casework.cases.boundary.CaseTasks;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.CaseView.Documents;
import org.casework.cases.boundary.CaseView.DraftView;
import org.casework.cases.boundary.CaseView.EvidenceView;
import org.casework.cases.boundary.CaseView.LetterSummary;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.evidence.boundary.EvidenceFiles;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.LetterIssuing;

/**
 * One case file as staff read it: the case's own parts (summary, findings, progress) with its documents, which
 * evidence and letters hold. Composed here, above all three, so that none of them needs to know the others.
 */
@ApplicationScoped
@Transactional
public class CaseFiles {

    @Inject
    CaseStore cases;
    @Inject
    CaseOverview overview;
    @Inject
    CaseTasks tasks;
    @Inject
    EvidenceFiles evidence;
    @Inject
    LetterIssuing letters;

    public CaseView caseFile(CaseReference reference) {
        Complaint c = cases.require(reference);
        return CaseView.of(overview.summary(c), overview.findings(c), overview.progress(c, tasks), documents(c));
    }

    private Documents documents(Complaint c) {
        return new Documents(
                evidence.evidenceOf(c).stream().map(e -> new EvidenceView(e.id(), e.fileName(),
                        e.type().mediaType(), e.sizeBytes(), e.sha256().hex(), e.uploadedAt(), e.uploadedBy(),
                        e.workingKey() != null, e.geoTagged(), e.latitude(), e.longitude(), e.device(),
                        e.capturedAt())).toList(),
                letters.lettersOf(c).stream().map(l -> new LetterSummary(l.id(), l.kind().name(), l.kind().label(),
                        l.recipientName(), l.issuedAt(), l.fileName(), l.addressedTo(), l.emailedAt(), l.version(),
                        l.correctionReason())).toList(),
                letters.draftsOf(c).stream().map(d -> new DraftView(d.id(), d.kind().name(), d.kind().label(), d.recipientName(),
                        d.draftedAt(), d.state().name(), d.reviewedBy(), d.reviewNote())).toList());
    }
}
