package org.casework.platform.control;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Two actions changed the same rows at the same moment (the engine's task or execution, a case's version), on one
 * node or two: the later transaction was rolled back whole. It is answered as a conflict to repeat, not as a fault.
 */
public final class ConcurrentChange {

    public static final String MESSAGE = "The case was changed by another action at the same moment (on this or"
            + " another server); nothing was changed by this request. Read the case again and repeat it.";

    public static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private ConcurrentChange() {
    }
}
