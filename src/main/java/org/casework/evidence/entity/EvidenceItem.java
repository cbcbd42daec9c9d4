package org.casework.evidence.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/** One evidence file of a case. The bytes live in the evidence store; the row keeps what proves them. */
@Entity
@Table(name = "evidence_item")
@NamedQuery(name = EvidenceItem.OF_CASE,
        query = "select e from EvidenceItem e where e.complaint = :complaint order by e.uploadedAt, e.id")
public class EvidenceItem {

    public static final String OF_CASE = "EvidenceItem.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_item_seq")
    @SequenceGenerator(name = "evidence_item_seq", sequenceName = "evidence_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Embedded
    @AttributeOverride(name = "type", column = @Column(name = "evidence_type", nullable = false, length = 10))
    private StoredFileColumns file;

    @Column(name = "gps_latitude")
    private Double latitude;

    @Column(name = "gps_longitude")
    private Double longitude;

    @Column(length = 100)
    private String device;

    @Column(name = "captured_at")
    private Instant capturedAt;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected EvidenceItem() {
    }

    public EvidenceItem(Complaint complaint, StoredFile file, String fileName, String uploadedBy, Instant uploadedAt) {
        this.complaint = Require.present(complaint, "complaint");
        this.file = new StoredFileColumns(file);
        this.latitude = file.facts().latitude();
        this.longitude = file.facts().longitude();
        this.device = file.facts().device();
        this.capturedAt = file.facts().capturedAt();
        if (file.facts().geoTagged()) {
            complaint.flagGeoTaggedEvidence();
        }
        this.fileName = safeName(fileName, file.type());
        this.uploadedBy = Require.text(uploadedBy, "uploadedBy", 100);
        this.uploadedAt = uploadedAt;
    }

    /** The name shown to staff: the uploader's name without any path, control, direction or broken characters. */
    static String safeName(String original, EvidenceType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069\"<>]", "").strip();
        if (name.isEmpty()) {
            name = "evidence." + type.extension();
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    public Long id() { return id; }
    /** The complaint it came with was merged into another case: the item, unchanged, now belongs to that case. */
    public void moveTo(Complaint target) {
        this.complaint = Require.present(target, "complaint");
    }

    public Complaint complaint() { return complaint; }
    public String fileName() { return fileName; }
    public EvidenceType type() { return file.type(); }
    public long sizeBytes() { return file.sizeBytes(); }
    public Sha256 sha256() { return file.sha256(); }
    public String storageKey() { return file.storageKey(); }
    public Instant uploadedAt() { return uploadedAt; }
    public String uploadedBy() { return uploadedBy; }
    public String workingKey() { return file.workingKey(); }
    public String thumbnailKey() { return file.thumbnailKey(); }
    public Double latitude() { return latitude; }
    public Double longitude() { return longitude; }
    public String device() { return device; }
    public Instant capturedAt() { return capturedAt; }
    public boolean geoTagged() { return latitude != null && longitude != null; }
}
