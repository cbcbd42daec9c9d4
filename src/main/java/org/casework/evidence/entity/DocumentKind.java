package org.casework.evidence.entity;

import java.util.List;
import org.casework.kernel.InvalidFieldException;

/** What a document staff add to a case is. */
public enum DocumentKind {
    PRACTITIONER_RESPONSE("The practitioner's written response"),
    EMPLOYER_INFORMATION("Information from the employer"),
    EXPERT_REPORT("Expert report"),
    HEARING_MATERIAL("Hearing material"),
    CORRESPONDENCE("Correspondence"),
    OTHER("Other document");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A kind as a caller named it; anything else is refused by field. */
    public static DocumentKind parse(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("kind", "is required: choose what the document is");
        }
        try {
            return valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "must be one of " + List.of(values()));
        }
    }
}
