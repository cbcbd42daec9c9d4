package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.casework.kernel.Require;

/** Who triaged a case, when, with what note, and (for old conduct) the public-interest reason to go on. */
@Embeddable
public class TriageRecord {

    @Column(name = "triaged_by", length = 100)
    private String triagedBy;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "triage_note", length = Require.LONG_COLUMN)
    private String note;

    @Column(name = "public_interest_reason", length = Require.LONG_COLUMN)
    private String publicInterestReason;

    protected TriageRecord() {
    }

    TriageRecord(String investigator, String note, String publicInterestReason, Instant at) {
        this.triagedBy = Require.text(investigator, "investigator", 100);
        this.note = Require.optionalMultiline(note, "note", 20_000);
        this.publicInterestReason = publicInterestReason;
        this.triagedAt = Require.present(at, "triagedAt");
    }

    public String triagedBy() { return triagedBy; }
    public Instant triagedAt() { return triagedAt; }
    public String note() { return note; }
    public String publicInterestReason() { return publicInterestReason; }
}
