package org.casework.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;

/**
 * The wording of one letter (or the acknowledgement email) as the regulator wants it said. The shipped wording is the
 * default; an administrator's rewording is stored and used instead. Letters already issued keep the words they were
 * issued with: they are stored as PDFs.
 */
@Entity
@Table(name = "letter_template")
public class LetterTemplate {

    static final int MAX_BODY = 20_000;

    @Id
    @Column(name = "template_key", length = 60)
    private String key;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = Require.LONG_COLUMN)
    private String body;

    /** Whether the letter is sent at all: an employer hears of some outcomes only. */
    @Column(nullable = false)
    private boolean issued;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private List<TemplateText.Piece> pieces;

    protected LetterTemplate() {
    }

    /** A template as shipped or as first reworded; its wording is checked like any rewording. */
    public LetterTemplate(TemplateKey key, String subject, String body, boolean issued) {
        this.key = key.value();
        setWording(subject, body, issued);
    }

    /** An administrator's new wording: checked in full before anything changes. */
    public void reword(String subject, String body, boolean issued, String by, Instant at) {
        setWording(subject, body, issued);
        this.updatedBy = Require.text(by, "updatedBy", 100);
        this.updatedAt = at;
    }

    private void setWording(String subject, String body, boolean issued) {
        TemplateKey key = key();
        String checkedSubject = Require.text(subject, "subject", 200);
        String checkedBody = Require.multiline(body, "body", MAX_BODY);
        TemplateText.checkSubject(key, checkedSubject);
        List<TemplateText.Piece> parsed = TemplateText.parse(key, checkedSubject, checkedBody);
        if (!issued && mustBeIssued(key)) {
            throw new InvalidFieldException("issued", "cannot be switched off: the "
                    + key.label() + " is always sent");
        }
        this.subject = checkedSubject;
        this.body = checkedBody;
        this.issued = issued;
        this.pieces = parsed;
    }

    /** Only letters to an employer can be left unsent: the practitioner and the complainant are always told. */
    static boolean mustBeIssued(TemplateKey key) {
        return key.recipient() != Recipient.EMPLOYER;
    }

    public TemplateKey key() {
        return TemplateKey.parse(key).orElseThrow(() -> new IllegalStateException("Unknown template " + key));
    }

    public List<TemplateText.Piece> pieces() {
        if (pieces == null) {
            pieces = TemplateText.parse(key(), subject, body);
        }
        return pieces;
    }

    public String subject() { return subject; }
    public String body() { return body; }
    public boolean issued() { return issued; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public boolean edited() { return updatedAt != null; }
}
