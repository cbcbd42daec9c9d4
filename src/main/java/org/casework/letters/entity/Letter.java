package org.casework.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.Require;
import org.casework.kernel.Sha256;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An issued letter: the PDF exactly as issued (and approved, where a person approved it), kept with the case. */
@Entity
@Table(name = "letter")
// a case's letters include those to the complainants of complaints merged into it (each on its own complaint)
@NamedQuery(name = Letter.OF_CASE, query = "select l from Letter l where l.complaint = :complaint "
        + "or l.complaint.routing.mergedInto = :reference order by l.issuedAt, l.id")
public class Letter {

    public static final String OF_CASE = "Letter.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
    @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LetterKind kind;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private Sha256 sha256;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    /** 1 for a letter as first issued; a correction is the next version and names the letter it replaces. */
    @Column(nullable = false)
    private int version = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    private Letter replaces;

    @Column(name = "correction_reason", length = Require.LONG_COLUMN)
    private String correctionReason;

    @Column(name = "addressed_to", length = 320)
    private String addressedTo;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Lob
    @Column(name = "content", nullable = false, length = Require.LONG_COLUMN)
    private byte[] content;

    protected Letter() {
    }

    public Letter(Complaint complaint, LetterKind kind, String recipientName, byte[] pdf, Instant issuedAt) {
        this.complaint = complaint;
        this.kind = kind;
        this.recipientName = recipientName;
        this.content = pdf.clone();
        this.sha256 = Sha256.of(pdf);
        this.issuedAt = issuedAt;
        this.fileName = complaint.reference() + "-" + kind.name().toLowerCase().replace('_', '-') + ".pdf";
        this.addressedTo = kind.emailOf(complaint);
    }

    /** An approved draft, issued as it was approved: the same bytes, and who approved them. */
    public static Letter issue(LetterDraft draft, Instant at) {
        Letter letter = new Letter(draft.complaint(), draft.kind(), draft.recipientName(), draft.content(), at);
        letter.approvedBy = draft.reviewedBy();
        if (draft.corrects() != null) {
            letter.replaces = draft.corrects();
            letter.version = draft.corrects().version + 1;
            letter.correctionReason = draft.correctionReason();
            letter.fileName = letter.fileName.replace(".pdf", "-v" + letter.version + ".pdf");
        }
        return letter;
    }

    /**
     * A transfer to the Health and Disability Commissioner goes by the route agreed with the HDC: emailed to the
     * address the regulator configured, when there is one, instead of posted.
     */
    public void emailToTheCommissioner(String address) {
        if (kind != LetterKind.HDC_TRANSFER || emailedAt != null) {
            throw new IllegalStateException("Only an unsent transfer to the Commissioner takes the HDC's address");
        }
        this.addressedTo = Require.email(address, "casework.hdc.email");
    }

    /** Whether the letter still waits for its email: it has an address and the mail server has not accepted it. */
    public boolean awaitsEmail() {
        return addressedTo != null && emailedAt == null;
    }

    /** The mail server accepted the letter; a letter is emailed once, however often the step runs. */
    public void emailed(Instant at) {
        if (!awaitsEmail()) {
            throw new IllegalStateException("Letter " + id + " does not wait for an email");
        }
        this.emailedAt = Require.present(at, "emailedAt");
    }

    public int version() { return version; }
    public Letter replaces() { return replaces; }
    public String correctionReason() { return correctionReason; }
    public String addressedTo() { return addressedTo; }
    public Instant emailedAt() { return emailedAt; }
    public String approvedBy() { return approvedBy; }
    public Long id() { return id; }
    public Complaint complaint() { return complaint; }
    public LetterKind kind() { return kind; }
    public String recipientName() { return recipientName; }
    public Instant issuedAt() { return issuedAt; }
    public String fileName() { return fileName; }
    public Sha256 sha256() { return sha256; }
    public byte[] content() { return content.clone(); }
}
