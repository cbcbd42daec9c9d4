package org.casework.intake.entity;

/** One evidence file as uploaded: the name the complainant's device gave it and its bytes. */
public record EvidenceUpload(String fileName, byte[] content) {
}
