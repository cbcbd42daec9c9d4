package org.casework.platform.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Event times in this node's memory: for a node running alone. */
final class LocalWindows implements Windows {

    private static final long[] NONE = {};
    /** Above this many keys, keys whose events are all over an hour old are swept out. */
    private static final int SWEEP_ABOVE = 100_000;

    private final Map<String, long[]> events = new ConcurrentHashMap<>();

    @Override
    public long[] read(String key) {
        return events.getOrDefault(key, NONE);
    }

    @Override
    public void update(String key, UnaryOperator<long[]> change) {
        if (events.size() > SWEEP_ABOVE) {
            long before = System.currentTimeMillis() - RateLimiter.WINDOW.toMillis();
            events.values().removeIf(times -> times.length == 0 || times[times.length - 1] <= before);
        }
        events.compute(key, (k, times) -> change.apply(times == null ? NONE : times));
    }

    @Override
    public void forget(String key) {
        events.remove(key);
    }
}
