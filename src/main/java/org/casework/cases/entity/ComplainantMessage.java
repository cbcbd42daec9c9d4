package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;

/** Something the complainant added to an open complaint after submitting it. Stored and shown as plain text. */
@Entity
@Table(name = "complainant_message")
public class ComplainantMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complainant_message_seq")
    @SequenceGenerator(name = "complainant_message_seq", sequenceName = "complainant_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(nullable = false, length = Require.LONG_COLUMN)
    private String body;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ComplainantMessage() {
    }

    public ComplainantMessage(Complaint complaint, String body, Instant receivedAt) {
        if (!complaint.isOpen()) {
            throw new WrongStageException("Complaint " + complaint.reference() + " is closed");
        }
        this.complaint = complaint;
        this.body = Require.multiline(body, "message", 10_000);
        this.receivedAt = receivedAt;
    }

    public String body() { return body; }
    public Instant receivedAt() { return receivedAt; }
}
