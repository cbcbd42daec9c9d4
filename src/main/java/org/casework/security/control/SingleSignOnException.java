package org.casework.security.control;

/** Single sign-on did not prove who the caller is; the message says which check failed (for the log and audit). */
public class SingleSignOnException extends RuntimeException {

    public SingleSignOnException(String message) {
        super(message);
    }
}
