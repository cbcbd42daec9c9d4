package org.casework.kernel;

import java.util.Arrays;
import java.util.Optional;

/** What a complaint alleges, in the categories registrars report on and investigators link to policy clauses. */
public enum AllegationCategory {
    CONFIDENTIALITY_AND_PRIVACY("Confidentiality and privacy"),
    PROFESSIONALISM("Professionalism"),
    INTEGRITY_AND_HONESTY("Integrity and honesty"),
    BOUNDARIES("Boundaries"),
    MISINFORMATION("Misinformation"),
    BULLYING_OR_HARASSMENT("Bullying or harassment of colleagues"),
    EMPLOYER_POLICY("Employer policy");

    private final String label;

    AllegationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By its code or its label, in any case: legacy files use either. */
    public static Optional<AllegationCategory> parse(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(c -> c.name().equalsIgnoreCase(wanted.replace(' ', '_')) || c.label.equalsIgnoreCase(wanted))
                .findFirst();
    }
}
