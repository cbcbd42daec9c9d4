package org.casework.evidence.entity;

import org.casework.kernel.Sha256;

/**
 * A file the evidence store has written: the original (kind, size, fingerprint, key), the keys of its working copy
 * and thumbnail (absent where none could be made), and what its metadata says about its capture.
 */
public record StoredFile(EvidenceType type, long sizeBytes, Sha256 sha256, String storageKey, String workingKey,
                         String thumbnailKey, CaptureFacts facts) {
}
