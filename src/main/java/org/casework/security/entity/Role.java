package org.casework.security.entity;

/** Staff roles; the names are the role names used in web.xml and in the process's candidate groups. */
public enum Role {
    INVESTIGATOR, CASE_EXAMINER, REGISTRAR, ADMIN;

    public static final String INVESTIGATOR_NAME = "INVESTIGATOR";
    public static final String CASE_EXAMINER_NAME = "CASE_EXAMINER";
    public static final String REGISTRAR_NAME = "REGISTRAR";
    public static final String ADMIN_NAME = "ADMIN";
}
