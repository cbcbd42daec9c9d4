package org.casework.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.evidence.control.EvidenceStore;
import org.casework.evidence.entity.CaseDocument;
import org.casework.evidence.entity.DocumentKind;
import org.casework.evidence.entity.StoredFile;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.security.entity.StaffIdentity;

/**
 * Staff put documents on a case (the practitioner's written response, the employer's information, an expert report,
 * hearing material) and hand them out again, always through the case they belong to. Every field is checked before
 * the file is, and the file as evidence is (by content, size, active content), in the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class CaseDocuments {

    /** A file as it arrived: the name its sender gave it and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    @Inject
    CaseStore cases;
    @Inject
    EvidenceStore store;
    @Inject
    CaseSteps steps;
    @Inject
    EntityManager em;

    public CaseDocument add(CaseReference reference, String kind, String suppliedBy, Upload file,
                            StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners add documents to a case");
        }
        return store(reference, kind, suppliedBy, file, staff.username());
    }

    /**
     * The practitioner's (or their representative's) own documents, sent with their response in the portal; whoever
     * calls has checked they may act on this case.
     */
    public CaseDocument addSent(CaseReference reference, String suppliedBy, Upload file, String sentBy) {
        return store(reference, DocumentKind.PRACTITIONER_RESPONSE.name(), suppliedBy, file, sentBy);
    }

    private CaseDocument store(CaseReference reference, String kind, String suppliedBy, Upload file, String by) {
        Complaint complaint = cases.require(reference);
        FieldErrors errors = new FieldErrors();
        DocumentKind parsed = errors.check(() -> DocumentKind.parse(kind));
        String supplier = errors.check(() -> Require.text(suppliedBy, "suppliedBy", 200));
        if (file == null || file.content() == null || file.content().length == 0) {
            errors.add(new InvalidFieldException("file", "is required: choose the document to add"));
        }
        errors.throwIfAny();
        StoredFile stored = store.storeDocument(file.content(), "file");
        Instant now = Instant.now();
        CaseDocument document = new CaseDocument(complaint, parsed, supplier, stored, file.fileName(), by, now);
        em.persist(document);
        steps.record(complaint, "addDocument", by, now, parsed.label() + " from " + supplier + ": "
                + document.fileName());
        return document;
    }

    public List<CaseDocument> documentsOf(CaseReference reference) {
        return documentsOf(cases.require(reference));
    }

    public List<CaseDocument> documentsOf(Complaint complaint) {
        return em.createNamedQuery(CaseDocument.OF_CASE, CaseDocument.class).setParameter("complaint", complaint)
                .getResultList();
    }

    /** The document, only if it belongs to the case named: an id alone never opens one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseDocument document(CaseReference reference, long id) {
        Complaint complaint = cases.require(reference);
        return em.createQuery("select d from CaseDocument d where d.id = :id and d.complaint = :complaint",
                        CaseDocument.class).setParameter("id", id).setParameter("complaint", complaint)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No document " + id + " in case " + reference));
    }

    /** The original, byte for byte as added. */
    public InputStream open(CaseDocument document) throws IOException {
        return store.open(document.storageKey());
    }

    /** Refuses the working copy of a document that has none (an office document): 404. */
    public void openCopyRefused(CaseDocument document) {
        throw new CaseNotFoundException("Document " + document.id() + " (" + document.type().extension()
                + ") has no working copy: office documents are not converted; download the original");
    }

    /** The working copy of an image or PDF; office documents have none. */
    public InputStream openCopy(CaseDocument document) throws IOException {
        if (document.workingKey() == null) {
            throw new CaseNotFoundException("Document " + document.id() + " has no working copy");
        }
        return store.open(document.workingKey());
    }
}
