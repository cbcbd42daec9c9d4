package org.casework.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.casework.kernel.Sha256;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the audit log: who did what to which record, when, from where, allowed or refused. Entries are only
 * ever appended; each carries the SHA-256 of its own fields and of the entry before it, so editing or deleting any
 * entry breaks every hash after it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String VIEW_CASE = "VIEW_CASE";
    public static final String OPEN_ORIGINAL = "OPEN_ORIGINAL";
    public static final String DOWNLOAD_LETTER = "DOWNLOAD_LETTER";
    public static final String DENIED = "DENIED";
    public static final String CHANGE_ACCOUNT = "CHANGE_ACCOUNT";
    public static final String RESET_PASSWORD = "RESET_PASSWORD";
    public static final String CHANGE_PASSWORD = "CHANGE_PASSWORD";
    public static final String CHANGE_TEAM = "CHANGE_TEAM";
    public static final String MOVE_CASE = "MOVE_CASE";
    public static final String ASSIGN_TASK = "ASSIGN_TASK";
    public static final String ADVANCE_CLOCK = "ADVANCE_CLOCK";

    /** The hash the first entry chains to. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 200)
    private String target;

    @Column(nullable = false)
    private boolean allowed;

    @Column(name = "source_address", length = 64)
    private String source;

    @Column(length = 500)
    private String detail;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /** The next entry after {@code previousId} / {@code previousHash}. */
    public AuditEntry(long previousId, String previousHash, Instant at, String actor, String action, String target,
                      boolean allowed, String source, String detail) {
        this.id = previousId + 1;
        this.previousHash = previousHash;
        // the column keeps microseconds and the database may round what is finer: an entry read back must hash as
        // written, so it is written no finer than it is kept (rounding 0.9999997 ms up crossed into the next millisecond
        // the hash covers, and a sound chain was reported changed)
        this.recordedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.actor = clip(actor == null ? "anonymous" : actor, 100);
        this.action = clip(action, 40);
        this.target = clip(target, 200);
        this.allowed = allowed;
        this.source = source == null ? null : clip(source, 64);
        this.detail = detail == null ? null : clip(detail, 500);
        this.hash = computeHash();
    }

    /** The hash these fields and the previous hash must have; differs from {@link #hash()} once anything changed. */
    public String computeHash() {
        String canonical = String.join("\u001f", Long.toString(id), Long.toString(recordedAt.toEpochMilli()), actor,
                action, target, Boolean.toString(allowed), source == null ? "" : source,
                detail == null ? "" : detail, previousHash);
        return Sha256.of(canonical.getBytes(StandardCharsets.UTF_8)).hex();
    }

    private static String clip(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    public long id() { return id; }
    public Instant recordedAt() { return recordedAt; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String target() { return target; }
    public boolean allowed() { return allowed; }
    public String source() { return source; }
    public String detail() { return detail; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
}
