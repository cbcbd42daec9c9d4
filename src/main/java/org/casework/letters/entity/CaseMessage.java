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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.Require;

/**
 * An email staff sent from a case to the complainant, the practitioner or the employer: to whom, at which address,
 * what it said, which of the case's letters it carried, who sent it and when the mail server took it.
 */
@Entity
@Table(name = "case_message")
@NamedQuery(name = CaseMessage.OF_CASE,
        query = "select m from CaseMessage m where m.complaint = :complaint order by m.sentAt, m.id")
public class CaseMessage {

    public static final String OF_CASE = "CaseMessage.ofCase";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_message_seq")
    @SequenceGenerator(name = "case_message_seq", sequenceName = "case_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recipient recipient;

    @Column(name = "addressed_to", nullable = false, length = 320)
    private String addressedTo;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = Require.LONG_COLUMN)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id")
    private Letter letter;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected CaseMessage() {
    }

    public CaseMessage(Complaint complaint, Recipient recipient, String addressedTo, String subject, String body,
                       Letter letter, String sentBy, Instant sentAt) {
        this.complaint = Require.present(complaint, "complaint");
        FieldErrors errors = new FieldErrors();
        this.recipient = errors.check(() -> Require.present(recipient, "recipient"));
        // one line: a subject reaches a mail header, where a line break would start another header
        this.subject = errors.check(() -> Require.text(subject, "subject", 200));
        this.body = errors.check(() -> Require.multiline(body, "body", 20_000));
        errors.throwIfAny();
        this.addressedTo = Require.text(addressedTo, "recipient", 320);
        this.letter = letter;
        this.sentBy = Require.text(sentBy, "sentBy", 100);
        this.sentAt = Require.present(sentAt, "sentAt");
    }

    public void emailed(Instant at) {
        this.emailedAt = at;
    }

    public Long id() { return id; }
    public Complaint complaint() { return complaint; }
    public Recipient recipient() { return recipient; }
    public String addressedTo() { return addressedTo; }
    public String subject() { return subject; }
    public String body() { return body; }
    public Letter letter() { return letter; }
    public String sentBy() { return sentBy; }
    public Instant sentAt() { return sentAt; }
    public Instant emailedAt() { return emailedAt; }
}
