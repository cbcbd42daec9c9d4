package org.casework.statistics.control;

import java.util.List;

/** A legacy file with at least one bad row: nothing of it was imported. */
public class ImportRefusedException extends RuntimeException {

    private final transient List<LegacyCsv.RowError> errors;

    public ImportRefusedException(List<LegacyCsv.RowError> errors) {
        super(errors.size() + " problem(s) in the file; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<LegacyCsv.RowError> errors() {
        return errors;
    }
}
