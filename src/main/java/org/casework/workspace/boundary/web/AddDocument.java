package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.casework.evidence.boundary.CaseDocuments;
import org.casework.evidence.control.EvidenceStore;
import org.casework.evidence.entity.CaseDocument;
import org.casework.evidence.entity.DocumentKind;
import org.casework.security.entity.StaffIdentity;

/**
 * On the case page: the documents staff added (the practitioner's response, the employer's information, reports),
 * and the form that adds one, checked as evidence is.
 */
@Named
@ViewScoped
public class AddDocument implements Serializable {

    @Inject
    WorkOnCase page;
    @Inject
    CaseDocuments documents;
    @Inject
    StaffIdentity staff;
    @Inject
    EvidenceStore evidenceStore;

    private String kind;
    private String suppliedBy;
    private transient Part file;
    private transient List<CaseDocument> listed;

    public void add() {
        CaseDocuments.Upload upload = read(file);
        file = null;
        page.act(() -> documents.add(page.caseReference(), kind, suppliedBy, upload, staff),
                "The document is added to the case and listed under Documents.",
                Map.of("kind", "document:kind", "suppliedBy", "document:suppliedBy", "file", "document:file"));
    }

    private CaseDocuments.Upload read(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new CaseDocuments.Upload(part.getSubmittedFileName(), evidenceStore.readUpload(in, "file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** Investigators and case examiners add documents to a case they can open. */
    public boolean isOpen() {
        return page.getCaseFile() != null && (staff.hasRole("INVESTIGATOR") || staff.hasRole("CASE_EXAMINER"));
    }

    public List<CaseDocument> getDocuments() {
        if (listed == null) {
            listed = page.getCaseFile() == null ? List.of() : documents.documentsOf(page.caseReference());
        }
        return listed;
    }

    public List<DocumentKind> getKinds() { return List.of(DocumentKind.values()); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSuppliedBy() { return suppliedBy; }
    public void setSuppliedBy(String suppliedBy) { this.suppliedBy = suppliedBy; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
