package org.casework.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.casework.kernel.Sha256;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where a checked file lies in the store, as evidence and documents keep it: its kind, size and fingerprint, and the
 * keys of the original and (where one could be made) its working copy and thumbnail. The kind's column is named by
 * the entity that embeds it.
 */
@Embeddable
public class StoredFileColumns {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EvidenceType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private Sha256 sha256;

    @Column(name = "storage_key", nullable = false, unique = true, length = 100)
    private String storageKey;

    @Column(name = "working_key", unique = true, length = 100)
    private String workingKey;

    @Column(name = "thumbnail_key", unique = true, length = 100)
    private String thumbnailKey;

    protected StoredFileColumns() {
    }

    StoredFileColumns(StoredFile file) {
        this.type = file.type();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.workingKey = file.workingKey();
        this.thumbnailKey = file.thumbnailKey();
    }

    EvidenceType type() { return type; }
    long sizeBytes() { return sizeBytes; }
    Sha256 sha256() { return sha256; }
    String storageKey() { return storageKey; }
    String workingKey() { return workingKey; }
    String thumbnailKey() { return thumbnailKey; }
}
