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
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.Require;
import org.casework.kernel.Sha256;
import org.casework.kernel.WrongStageException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A letter the system drafted, waiting for a second person's approval. Approved drafts are issued as they are;
 * rejected ones are kept (with the reason) beside the redraft that replaces them.
 */
@Entity
@Table(name = "letter_draft")
// a case's letters include those to the complainants of complaints merged into it (each on its own complaint)
@NamedQuery(name = LetterDraft.PENDING, query = "select d from LetterDraft d where (d.complaint = :complaint "
        + "or d.complaint.routing.mergedInto = :reference) "
        + "and d.state = org.casework.letters.entity.LetterDraft.State.PENDING order by d.id")
@NamedQuery(name = LetterDraft.OF_CASE, query = "select d from LetterDraft d where d.complaint = :complaint "
        + "or d.complaint.routing.mergedInto = :reference order by d.id")
public class LetterDraft {

    public static final String PENDING = "LetterDraft.pending";
    public static final String OF_CASE = "LetterDraft.ofCase";

    public enum State { PENDING, APPROVED, REJECTED, ISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_draft_seq")
    @SequenceGenerator(name = "letter_draft_seq", sequenceName = "letter_draft_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LetterKind kind;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.PENDING;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = Require.LONG_COLUMN)
    private String reviewNote;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private Sha256 sha256;

    @Lob
    @Column(name = "content", nullable = false, length = Require.LONG_COLUMN)
    private byte[] content;

    /** For a correction: the issued letter it will replace, why, and who asked for it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_id")
    private Letter corrects;

    @Column(name = "correction_reason", length = Require.LONG_COLUMN)
    private String correctionReason;

    @Column(name = "requested_by", length = 100)
    private String requestedBy;

    protected LetterDraft() {
    }

    /** The next version of an issued letter, drafted because of an error the requester describes. */
    public static LetterDraft correcting(Letter letter, byte[] pdf, String reason, String requestedBy, Instant at) {
        LetterDraft draft = new LetterDraft(letter.complaint(), letter.kind(), letter.recipientName(), pdf, at);
        draft.corrects = letter;
        draft.correctionReason = Require.multiline(reason, "reason", 2_000);
        draft.requestedBy = Require.text(requestedBy, "requestedBy", 100);
        return draft;
    }

    public LetterDraft(Complaint complaint, LetterKind kind, String recipientName, byte[] pdf, Instant draftedAt) {
        this.complaint = Require.present(complaint, "complaint");
        this.kind = Require.present(kind, "kind");
        this.recipientName = Require.text(recipientName, "recipientName", 200);
        this.content = pdf.clone();
        this.sha256 = Sha256.of(pdf);
        this.draftedAt = Require.present(draftedAt, "draftedAt");
    }

    /**
     * Four eyes: whoever made the decision the letter carries cannot approve it. An approver who rejects must say
     * why, so the revision knows what to change.
     */
    public void review(boolean approved, String reviewer, String note, String decidedBy, Instant at) {
        if (state != State.PENDING) {
            throw new WrongStageException("Letter draft " + id + " has already been " + state.name().toLowerCase());
        }
        if (reviewer.equals(decidedBy)) {
            throw new AccessDeniedException(reviewer + " made the decision in case " + complaint.reference()
                    + "; a second person must approve its letters");
        }
        this.reviewNote = approved ? Require.optionalMultiline(note, "note", 20_000)
                : Require.multiline(note, "note", 20_000);
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.state = approved ? State.APPROVED : State.REJECTED;
    }

    /**
     * Approved without a second person, because the regulator's settings issue letters of this kind as drafted
     * ({@code casework.letters.without-approval}); the draft says so, and nobody is named as its approver.
     */
    public void approveBySettings(Instant at) {
        if (state != State.PENDING) {
            throw new WrongStageException("Letter draft " + id + " has already been " + state.name().toLowerCase());
        }
        this.reviewedAt = at;
        this.reviewNote = BY_SETTINGS;
        this.state = State.APPROVED;
    }

    /** The note on a draft the regulator's settings approved. */
    public static final String BY_SETTINGS = "Issued as drafted: the regulator's settings do not ask a second person "
            + "to approve these letters";

    /** Reviewed, yet by nobody: a person's review always names them. */
    public boolean approvedBySettings() {
        return reviewedAt != null && reviewedBy == null;
    }

    public Letter issue(Instant at) {
        if (state != State.APPROVED) {
            throw new WrongStageException("Letter draft " + id + " is " + state.name().toLowerCase()
                    + " and cannot be issued");
        }
        this.state = State.ISSUED;
        return Letter.issue(this, at);
    }

    /** Whose work a second person checks: the requester of a correction, else the maker of the decision. */
    public String author(String decidedBy) {
        return corrects != null ? requestedBy : decidedBy;
    }

    public Letter corrects() { return corrects; }
    public String correctionReason() { return correctionReason; }
    public Long id() { return id; }
    public Complaint complaint() { return complaint; }
    public LetterKind kind() { return kind; }
    public String recipientName() { return recipientName; }
    public Instant draftedAt() { return draftedAt; }
    public State state() { return state; }
    public String reviewedBy() { return reviewedBy; }
    public String reviewNote() { return reviewNote; }
    public Sha256 sha256() { return sha256; }
    public byte[] content() { return content.clone(); }
}
