package org.casework.statistics.control;

import java.time.LocalDate;
import java.util.List;

/** Cases closed in a period, counted by outcome. Every outcome appears, with zero where none. */
public record OutcomeTable(LocalDate from, LocalDate to, long total, List<Row> outcomes) {

    public record Row(String outcome, String label, long count, double percent) {
    }
}
