package org.casework.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks fields one after another and keeps every refusal, so that all of a form's or a request's errors are reported
 * together: {@code check} each field, then {@link #throwIfAny()}. A field is reported once, with its first reason.
 */
public final class FieldErrors {

    private final List<InvalidFieldException> errors = new ArrayList<>();

    /** The checked value, or null when the check refused it (the refusal is kept). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidFieldException e) {
            e.each().forEach(this::add);
            return null;
        }
    }

    /** A check without a value. */
    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    public void add(InvalidFieldException error) {
        if (errors.stream().noneMatch(e -> e.field().equals(error.field()))) {
            errors.add(error);
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws the one refusal as it is, or several as one {@link InvalidFieldsException}. */
    public void throwIfAny() {
        if (errors.size() == 1) {
            throw errors.get(0);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
