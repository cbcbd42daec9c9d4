package org.casework.kernel;

import java.util.List;

/** An imported file with at least one bad line: nothing of it was imported; every problem is named at once. */
public class ImportRefusedException extends RuntimeException {

    private final transient List<RowError> errors;

    public ImportRefusedException(List<RowError> errors) {
        super(errors.size() + " problem(s) in the file; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
