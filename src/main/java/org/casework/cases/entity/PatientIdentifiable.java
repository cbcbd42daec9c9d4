package org.casework.cases.entity;

/** The complainant's view of whether a patient can be identified from the post. */
public enum PatientIdentifiable {
    YES, NO, NOT_SURE
}
