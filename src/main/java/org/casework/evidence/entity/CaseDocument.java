package org.casework.evidence.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.Require;
import org.casework.kernel.Sha256;

/**
 * A document staff put on a case: what it is, who supplied it, who added it and when, and the file as checked and
 * stored (by content, size, active content; SHA-256). Images and PDFs have a working copy; office documents do not.
 */
@Entity
@Table(name = "case_document")
@NamedQuery(name = CaseDocument.OF_CASE,
        query = "select d from CaseDocument d where d.complaint = :complaint order by d.addedAt, d.id")
public class CaseDocument {

    public static final String OF_CASE = "CaseDocument.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(name = "supplied_by", nullable = false, length = 200)
    private String suppliedBy;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Embedded
    @AttributeOverride(name = "type", column = @Column(name = "file_type", nullable = false, length = 10))
    private StoredFileColumns file;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    protected CaseDocument() {
    }

    public CaseDocument(Complaint complaint, DocumentKind kind, String suppliedBy, StoredFile file, String fileName,
                        String addedBy, Instant addedAt) {
        this.complaint = Require.present(complaint, "complaint");
        this.kind = Require.present(kind, "kind");
        this.suppliedBy = Require.text(suppliedBy, "suppliedBy", 200);
        this.file = new StoredFileColumns(file);
        this.fileName = EvidenceItem.safeName(fileName, file.type());
        this.addedBy = Require.text(addedBy, "addedBy", 100);
        this.addedAt = Require.present(addedAt, "addedAt");
    }

    public Long id() { return id; }
    public Complaint complaint() { return complaint; }
    public DocumentKind kind() { return kind; }
    public String suppliedBy() { return suppliedBy; }
    public String fileName() { return fileName; }
    public EvidenceType type() { return file.type(); }
    public long sizeBytes() { return file.sizeBytes(); }
    public Sha256 sha256() { return file.sha256(); }
    public String storageKey() { return file.storageKey(); }
    public String workingKey() { return file.workingKey(); }
    public String thumbnailKey() { return file.thumbnailKey(); }
    public Instant addedAt() { return addedAt; }
    public String addedBy() { return addedBy; }
}
