package org.casework.cases.entity;

/** How the complainant knows the practitioner or the person affected. */
public enum Relationship {
    PATIENT, PATIENT_FAMILY, COLLEAGUE, EMPLOYER, MEMBER_OF_PUBLIC, OTHER
}
