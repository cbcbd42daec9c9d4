package org.casework.portal.entity;

/** Whom a portal account acts as on a case: the practitioner the complaint is about, or someone they named. */
public enum PortalRole {
    PRACTITIONER("The practitioner"),
    REPRESENTATIVE("Representative");

    private final String label;

    PortalRole(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
