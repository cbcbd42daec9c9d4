package org.casework.policy.entity;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** One version of a policy document, in force from one date until (exclusive) the next version's. */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
    @SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "document_id")
    private PolicyDocument document;

    @Column(nullable = false, length = 40)
    private String label;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(length = 500)
    private String source;

    protected PolicyVersion() {
    }

    public PolicyVersion(PolicyDocument document, String label, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this(document, label, effectiveFrom, effectiveTo, null);
    }

    public PolicyVersion(PolicyDocument document, String label, LocalDate effectiveFrom, LocalDate effectiveTo,
                         String source) {
        this.document = document;
        this.label = label;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.source = source;
    }

    /**
     * A newer version comes into force on {@code date}: this one stops being in force that day. Its text never
     * changes, so what was cited under it stays exactly as cited.
     */
    public void supersedeOn(LocalDate date) {
        if (!date.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException(describe() + " came into force on " + effectiveFrom
                    + "; it cannot be superseded on " + date);
        }
        if (effectiveTo == null || date.isBefore(effectiveTo)) {
            this.effectiveTo = date;
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    public String describe() {
        return document.title() + ", version " + label;
    }

    public String describePeriod() {
        return describePeriod(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** The period with its dates as the reader writes them (a letter: 1 August 2020). */
    public String describePeriod(DateTimeFormatter dates) {
        return "from " + dates.format(effectiveFrom) + (effectiveTo == null ? "" : " until " + dates.format(effectiveTo));
    }

    public Long id() { return id; }
    public PolicyDocument document() { return document; }
    public String label() { return label; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public LocalDate effectiveTo() { return effectiveTo; }
    public String source() { return source; }
}
