package org.casework.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding one-hour windows of events per key. In memory on each node: with two nodes an address gets each node's
 * allowance, which still bounds guessing (see docs/operations.md).
 */
@ApplicationScoped
public class RateLimiter {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Records an event if the key is under its limit; returns 0, or the seconds to wait when it is not. */
    public long acquire(String key, int limit) {
        long now = clock.millis();
        if (events.size() > 100_000) {
            events.values().removeIf(w -> {
                synchronized (w) {
                    expire(w, now);
                    return w.isEmpty();
                }
            });
        }
        Deque<Long> window = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            expire(window, now);
            if (window.size() >= limit) {
                return secondsUntilFree(window, now);
            }
            window.addLast(now);
            return 0;
        }
    }

    /** 0 while the key is under its limit, else the seconds until it is again; records nothing. */
    public long exhausted(String key, int limit) {
        Deque<Long> window = events.get(key);
        if (window == null) {
            return 0;
        }
        long now = clock.millis();
        synchronized (window) {
            expire(window, now);
            return window.size() >= limit ? secondsUntilFree(window, now) : 0;
        }
    }

    /** Clears a key's events: its limit starts afresh. */
    public void forget(String key) {
        events.remove(key);
    }

    private static void expire(Deque<Long> window, long now) {
        while (!window.isEmpty() && window.peekFirst() <= now - WINDOW.toMillis()) {
            window.pollFirst();
        }
    }

    private static long secondsUntilFree(Deque<Long> window, long now) {
        return Math.max(1, (window.peekFirst() + WINDOW.toMillis() - now + 999) / 1000);
    }
}
