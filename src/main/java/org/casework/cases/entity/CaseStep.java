package org.casework.cases.entity;

import jakarta.persistence.Column;
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
import org.casework.kernel.Require;

/**
 * What a person, or the system, recorded at one step of a case: the practitioner's response, the employer's
 * information, the HDC's decision, an answer to a warning, a reminder sent. Written once, never changed.
 */
@Entity
@Table(name = "case_step")
@NamedQuery(name = CaseStep.OF_CASE, query = "select s from CaseStep s where s.complaint = :complaint "
        + "order by s.recordedAt, s.id")
public class CaseStep {

    public static final String OF_CASE = "CaseStep.ofCase";
    public static final String SYSTEM = "system";
    /** The step name of a free-standing internal note (see {@code CaseNotes}). */
    public static final String NOTE = "note";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_seq")
    @SequenceGenerator(name = "case_step_seq", sequenceName = "case_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(nullable = false, length = 60)
    private String step;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(length = Require.LONG_COLUMN)
    private String note;

    protected CaseStep() {
    }

    public CaseStep(Complaint complaint, String step, String recordedBy, Instant recordedAt, String note) {
        this.complaint = Require.present(complaint, "complaint");
        this.step = Require.text(step, "step", 60);
        this.recordedBy = Require.text(recordedBy, "recordedBy", 100);
        this.recordedAt = Require.present(recordedAt, "recordedAt");
        this.note = Require.optionalMultiline(note, "note", 20_000);
    }

    public String step() { return step; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public String note() { return note; }
    public boolean isNote() { return NOTE.equals(step); }
}
