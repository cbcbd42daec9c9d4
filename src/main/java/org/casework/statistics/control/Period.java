package org.casework.statistics.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.casework.kernel.InvalidFieldException;

/** A reporting period, both ends included, counted by the date cases closed or the date they were received. */
public record Period(LocalDate from, LocalDate to, Basis basis) implements Serializable {

    public enum Basis {
        CLOSED("closed_on", "closedOn"), RECEIVED("received_on", "receivedOn");

        private final String column;
        private final String attribute;

        Basis(String column, String attribute) {
            this.column = column;
            this.attribute = attribute;
        }

        public String column() { return column; }
        public String attribute() { return attribute; }
    }

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public Period {
        from = from == null ? EARLIEST : from;
        to = to == null ? LocalDate.of(9999, 12, 31) : to;
        basis = basis == null ? Basis.CLOSED : basis;
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before 'from' (" + from + ")");
        }
    }

    public boolean isOpenEnded() {
        return from.equals(EARLIEST);
    }
}
