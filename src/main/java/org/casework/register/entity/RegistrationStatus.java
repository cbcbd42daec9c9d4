package org.casework.register.entity;

/** Where a registrant stands on the register, as the regulator records it (sanctions are kept apart, as records). */
public enum RegistrationStatus {
    CURRENT("Current"),
    NON_PRACTISING("Registered, not practising"),
    LAPSED("Lapsed"),
    REMOVED("Removed from the register");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
