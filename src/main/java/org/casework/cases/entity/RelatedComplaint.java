package org.casework.cases.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two complaints that look like the same matter, linked for an investigator to merge or keep apart. */
@Entity
@Table(name = "related_complaint")
public class RelatedComplaint {

    /** Why two complaints were linked. */
    public enum Reason { SAME_POST, SAME_PRACTITIONER_AND_PLATFORM }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "related_complaint_seq")
    @SequenceGenerator(name = "related_complaint_seq", sequenceName = "related_complaint_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "related_id")
    private Complaint related;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Reason reason;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected RelatedComplaint() {
    }

    public RelatedComplaint(Complaint complaint, Complaint related, Reason reason, Instant linkedAt) {
        if (complaint == related) {
            throw new IllegalArgumentException("A complaint is not related to itself");
        }
        this.complaint = complaint;
        this.related = related;
        this.reason = reason;
        this.linkedAt = linkedAt;
    }

    public Complaint complaint() { return complaint; }
    public Complaint related() { return related; }
    public Reason reason() { return reason; }
    public Instant linkedAt() { return linkedAt; }

    /** The other complaint, seen from one of the two. */
    public Complaint other(Complaint self) {
        return complaint.id().equals(self.id()) ? related : complaint;
    }
}
