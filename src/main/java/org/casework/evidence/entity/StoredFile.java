package org.casework.evidence.entity;

/** A file the evidence store has written: its kind, size, fingerprint and where to find it again. */
public record StoredFile(EvidenceType type, long sizeBytes, Sha256 sha256, String storageKey) {
}
