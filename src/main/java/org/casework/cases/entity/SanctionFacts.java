package org.casework.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.casework.kernel.InvalidFieldException;

/**
 * What the investigator found, in the terms the sanctions guidance reads: harm (NONE, MINOR, SERIOUS), whether the
 * conduct was repeated or intentional, and whether the practitioner shows insight and has remedied it.
 */
@Embeddable
public class SanctionFacts {

    public static final List<String> HARMS = List.of("NONE", "MINOR", "SERIOUS");

    @Column(name = "harm", length = 10)
    private String harm;

    @Column(name = "repeated_conduct")
    private Boolean repeated;

    @Column(name = "intentional")
    private Boolean intentional;

    @Column(name = "insight_shown")
    private Boolean insightShown;

    protected SanctionFacts() {
    }

    public SanctionFacts(String harm, boolean repeated, boolean intentional, boolean insightShown) {
        String h = harm == null ? "" : harm.strip();
        if (!HARMS.contains(h)) {
            throw new InvalidFieldException("harm", "must be one of " + HARMS);
        }
        this.harm = h;
        this.repeated = repeated;
        this.intentional = intentional;
        this.insightShown = insightShown;
    }

    public boolean isRecorded() { return harm != null; }
    public String harm() { return harm; }
    public boolean repeated() { return Boolean.TRUE.equals(repeated); }
    public boolean intentional() { return Boolean.TRUE.equals(intentional); }
    public boolean insightShown() { return Boolean.TRUE.equals(insightShown); }
}
