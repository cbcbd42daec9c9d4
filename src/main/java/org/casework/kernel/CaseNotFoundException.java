package org.casework.kernel;

/** No case (or no object of the case) answers to what was asked for (HTTP 404). */
public class CaseNotFoundException extends RuntimeException {
    public CaseNotFoundException(String message) {
        super(message);
    }
}
