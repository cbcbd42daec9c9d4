package org.casework.statistics.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.statistics.control.OutcomeTable;

/** The registrar's outcome table for a chosen period of closure dates. */
@Named
@ViewScoped
public class OutcomeDashboard implements Serializable {

    @Inject
    transient OutcomeStatistics statistics;

    private LocalDate from;
    private LocalDate to;
    private OutcomeTable table;

    public void show() {
        try {
            table = statistics.byOutcome(from, to);
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, java.util.Map.of("to", "period:to"));
        }
    }

    public OutcomeTable getTable() {
        if (table == null) {
            show();
        }
        return table;
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
