package org.casework.kernel;

/** The caller is signed in but may not do this to this object (HTTP 403). */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
