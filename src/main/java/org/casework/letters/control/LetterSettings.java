package org.casework.letters.control;

import org.casework.platform.control.CaseworkConfig;

/**
 * What the regulator configures about its letters: who it is, where, who signs, where to write to, and how an
 * appeal is made (the route differs between regulators and laws, so the letters quote the regulator's own text).
 */
public record LetterSettings(String regulatorName, String regulatorAddress, String signatory, String email,
                             String appeal, String portal) {

    /** Where the practitioner's portal is, for letters that invite them to answer online. */
    public static final String DEFAULT_PORTAL = "http://localhost:8080/practitioner/";

    public LetterSettings(String regulatorName, String regulatorAddress, String signatory, String email,
                          String appeal) {
        this(regulatorName, regulatorAddress, signatory, email, appeal, DEFAULT_PORTAL);
    }

    public static LetterSettings of(String regulatorName, String regulatorAddress, String signatory) {
        return new LetterSettings(regulatorName, regulatorAddress, signatory, CaseworkConfig.DEFAULT_EMAIL,
                CaseworkConfig.DEFAULT_APPEAL);
    }

    public static LetterSettings of(CaseworkConfig config) {
        return new LetterSettings(config.regulatorName(), config.regulatorAddress(), config.signatory(),
                config.regulatorEmail(), config.appealRoute(), config.baseUrl() + "/practitioner/");
    }
}
