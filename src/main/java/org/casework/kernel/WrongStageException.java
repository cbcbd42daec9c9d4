package org.casework.kernel;

/** The case is not at the stage the action belongs to (HTTP 409), e.g. deciding a case not yet triaged. */
public class WrongStageException extends IllegalStateException {
    public WrongStageException(String message) {
        super(message);
    }
}
