package org.casework.statistics.control;

import java.io.Serializable;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Days from receipt to closure for the cases of one outcome: median and 90th percentile by the nearest-rank method
 * (the smallest number of days that at least half, or nine in ten, of the cases took), null when there are none.
 */
public record TimeToClose(String outcome, String label, long cases, Integer medianDays, Integer p90Days) implements Serializable {

    /** From a histogram: days to close → number of cases. */
    public static TimeToClose of(String outcome, String label, NavigableMap<Integer, Long> histogram) {
        long cases = histogram.values().stream().mapToLong(Long::longValue).sum();
        return new TimeToClose(outcome, label, cases, rank(histogram, cases, 0.5), rank(histogram, cases, 0.9));
    }

    private static Integer rank(NavigableMap<Integer, Long> histogram, long cases, double share) {
        if (cases == 0) {
            return null;
        }
        long wanted = (long) Math.ceil(share * cases);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= wanted) {
                return bucket.getKey();
            }
        }
        return histogram.lastKey();
    }
}
