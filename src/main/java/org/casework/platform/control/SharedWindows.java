package org.casework.platform.control;

import com.hazelcast.map.IMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Event times in the cluster's data grid, so every node counts the same events. A key is locked across the cluster
 * while it changes (a lock held by a node that dies is released by the grid), and an entry lives an hour after its
 * last change, the length of a window: nothing needs sweeping. Values are plain {@code long[]}, which the grid
 * serialises without the application's classes.
 */
final class SharedWindows implements Windows {

    private static final long[] NONE = {};

    private final IMap<String, long[]> events;

    SharedWindows(IMap<String, long[]> events) {
        this.events = events;
    }

    @Override
    public long[] read(String key) {
        long[] times = events.get(key);
        return times == null ? NONE : times;
    }

    @Override
    public void update(String key, UnaryOperator<long[]> change) {
        events.lock(key);
        try {
            long[] times = events.get(key);
            events.set(key, change.apply(times == null ? NONE : times), RateLimiter.WINDOW.toSeconds(),
                    TimeUnit.SECONDS);
        } finally {
            events.unlock(key);
        }
    }

    @Override
    public void forget(String key) {
        events.delete(key);
    }
}
