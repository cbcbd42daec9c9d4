package org.casework.intake.entity;

import java.io.Serializable;

/** One evidence file as uploaded: the name the complainant's device gave it (text only) and its bytes. */
public record EvidenceUpload(String fileName, byte[] content) implements Serializable {
}
