package org.casework.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.boundary.ResponseExtensions;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.evidence.boundary.CaseDocuments;
import org.casework.evidence.boundary.EvidenceFiles;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.letters.entity.Letter;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.portal.boundary.PortalCase.Awaiting;
import org.casework.portal.boundary.PortalCase.Clause;
import org.casework.portal.boundary.PortalCase.LetterLine;
import org.casework.portal.boundary.PortalCase.Material;
import org.casework.portal.boundary.PortalCase.Sent;
import org.casework.portal.boundary.PortalCase.TimeAsked;
import org.casework.portal.boundary.PortalCase.Written;
import org.casework.portal.control.PortalDirectory;
import org.casework.portal.entity.CaseAccess;
import org.casework.portal.entity.PortalRole;
import org.casework.portal.entity.PortalUser;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.workflow.control.WorkflowVariables.RESPONSE_TASK;
import static org.casework.workflow.control.WorkflowVariables.UNDERTAKINGS_TASK;
import static org.casework.workflow.control.WorkflowVariables.WARNING_TASK;

/**
 * What a practitioner or representative reads in the portal, always through their own access to the case: another
 * case, a letter to someone else, or material the complainant did not agree to share is "not found", audited. Every
 * view and download is audited under the case.
 */
@ApplicationScoped
@Transactional
public class PractitionerCases {

    /** A case in the portal's list. */
    public record CaseLine(String reference, PortalRole role, String status, LocalDate respondBy, Awaiting awaiting)
            implements Serializable {
    }

    /** A file to hand out: a letter's PDF or a working copy of the complainant's material. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    @Inject
    PortalDirectory directory;
    @Inject
    CaseStore cases;
    @Inject
    CaseWorkflow workflow;
    @Inject
    LetterIssuing letters;
    @Inject
    EvidenceFiles evidence;
    @Inject
    CaseDocuments documents;
    @Inject
    PolicyLibrary policies;
    @Inject
    PortalPeople people;
    @Inject
    ResponseExtensions extensions;
    @Inject
    AuditLog audit;

    public List<CaseLine> casesOf(PortalUser user) {
        return directory.accessOf(user).stream().map(a -> {
            Complaint complaint = cases.require(a.caseReference());
            return new CaseLine(a.caseReference().value(), a.role(), complaint.status().name(),
                    complaint.responseClock().dueOn(), awaiting(complaint));
        }).toList();
    }

    public PortalCase view(PortalUser user, CaseReference reference) {
        CaseAccess access = access(user, reference);
        Complaint complaint = cases.require(reference);
        audit.record(user.actor(), AuditEntry.VIEW_CASE, "case " + reference, true, "portal, "
                + access.role().label().toLowerCase(Locale.ROOT));
        List<String> clauseIds = complaint.allegedClauses().values().stream().flatMap(List::stream).distinct()
                .toList();
        List<Clause> clauses = policies.clauses(clauseIds).stream()
                .map(c -> new Clause(c.number(), c.heading(), c.body())).toList();
        boolean shared = complaint.account().consentToShare();
        List<Material> material = new ArrayList<>();
        for (EvidenceItem item : evidence.evidenceOf(complaint)) {
            material.add(new Material(item.id(), "Item " + (material.size() + 1) + ": "
                    + (item.type().isImage() ? "a picture" : "a document") + " (" + item.type().extension()
                    .toUpperCase(Locale.ROOT) + ")", item.uploadedAt(),
                    shared && item.workingKey() != null));
        }
        List<Sent> sent = documents.documentsOf(complaint).stream()
                .filter(d -> d.addedBy().startsWith(PortalUser.ACTOR_PREFIX))
                .map(d -> new Sent(d.id(), d.fileName(), d.addedAt())).toList();
        return new PortalCase(reference.value(), access.role(), complaint.registrant() != null ? complaint.registrant().fullName()
                : complaint.practitioner().name(),
                complaint.status().name(), awaiting(complaint), complaint.responseClock().dueOn(),
                complaint.responseClock().receivedAt(), complaint.allegationSummary(),
                complaint.allegations().stream().map(AllegationCategory::label).toList(), clauses,
                lettersTo(complaint).stream().map(l -> new LetterLine(l.id(), l.kind().label(), l.issuedAt()))
                        .toList(), material, shared, sent,
                access.role() == PortalRole.PRACTITIONER ? people.representatives(reference) : List.of(),
                extensions.of(complaint).stream().map(t -> new TimeAsked(t.days(), t.reason(), t.askedAt(),
                        t.granted(), t.decisionNote(), t.decidedAt())).toList(),
                directory.messagesOf(reference).stream().map(m -> new Written(m.fromName() + " ("
                        + m.fromRole().label().toLowerCase(Locale.ROOT) + ")", m.body(), m.sentAt())).toList());
    }

    public Download letter(PortalUser user, CaseReference reference, long letterId) {
        access(user, reference);
        Letter letter = lettersTo(cases.require(reference)).stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> refused(user, "letter " + letterId + " of case " + reference));
        audit.record(user.actor(), AuditEntry.DOWNLOAD_LETTER, "letter " + letterId + " of case " + reference, true,
                "portal");
        return new Download(letter.fileName(), "application/pdf", letter.content());
    }

    /** A working copy (no metadata) of the complainant's material, only where they agreed to share it. */
    public Download material(PortalUser user, CaseReference reference, long evidenceId) {
        access(user, reference);
        Complaint complaint = cases.require(reference);
        EvidenceItem item = evidence.evidenceOf(complaint).stream().filter(e -> e.id() == evidenceId)
                .filter(e -> complaint.account().consentToShare() && e.workingKey() != null).findFirst()
                .orElseThrow(() -> refused(user, "evidence " + evidenceId + " of case " + reference));
        audit.record(user.actor(), AuditEntry.VIEW_CASE, "evidence " + evidenceId + " of case " + reference, true,
                "portal, working copy");
        try (InputStream copy = evidence.openCopy(item, false)) {
            return new Download("material-" + evidenceId + "." + item.type().extension(), item.type().mediaType(),
                    copy.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest version of each letter addressed to the practitioner. */
    private List<Letter> lettersTo(Complaint complaint) {
        List<Letter> all = letters.lettersOf(complaint);
        return all.stream().filter(l -> l.kind().toPractitioner())
                .filter(l -> all.stream().noneMatch(later -> later.replaces() == l)).toList();
    }

    private Awaiting awaiting(Complaint complaint) {
        List<String> steps = complaint.processInstanceId() == null ? List.of()
                : workflow.currentSteps(complaint.processInstanceId());
        return steps.contains(RESPONSE_TASK) ? Awaiting.RESPONSE
                : steps.contains(WARNING_TASK) ? Awaiting.WARNING_ANSWER
                : steps.contains(UNDERTAKINGS_TASK) ? Awaiting.UNDERTAKINGS_ANSWER : Awaiting.NOTHING;
    }

    private CaseAccess access(PortalUser user, CaseReference reference) {
        try {
            return directory.requireAccess(user, reference);
        } catch (CaseNotFoundException e) {
            throw refused(user, "case " + reference);
        }
    }

    private CaseNotFoundException refused(PortalUser user, String target) {
        audit.record(user.actor(), AuditEntry.DENIED, target, false, "portal");
        return new CaseNotFoundException("Not found for " + user.email() + ": " + target);
    }
}
