package org.casework.statistics.control;

import java.io.Serializable;

/** One cell of a statistics table: a category, its count and its share of the cases counted (one decimal). */
public record Tally(String key, String label, long count, double percent) implements Serializable {

    public static Tally of(String key, String label, long count, long total) {
        return new Tally(key, label, count, total == 0 ? 0 : Math.round(count * 1000.0 / total) / 10.0);
    }
}
