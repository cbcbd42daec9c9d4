package org.casework.platform.control;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sliding one-hour windows of events per key (failed sign-ins, complaints from an address, failed look-ups). Counted
 * once for the whole cluster: in the data grid Payara Micro's nodes share ({@link SharedWindows}), so N nodes do not
 * give N times the allowance; on a node running alone, or with {@code casework.rate.shared=false}, in memory
 * ({@link LocalWindows}).
 */
@ApplicationScoped
public class RateLimiter {

    static final Duration WINDOW = Duration.ofHours(1);
    static final String GRID = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

    private Clock clock;
    private Windows windows;

    public RateLimiter() {
        this(Clock.systemUTC(), new LocalWindows());
    }

    RateLimiter(Clock clock, Windows windows) {
        this.clock = clock;
        this.windows = windows;
    }

    /** The cluster's data grid when there is one to share. */
    @PostConstruct
    void shareAcrossTheCluster() {
        if (!ConfigProvider.getConfig().getOptionalValue("casework.rate.shared", Boolean.class).orElse(true)) {
            return;
        }
        try {
            if (new InitialContext().lookup(GRID) instanceof HazelcastInstance grid
                    && grid.getLifecycleService().isRunning()) {
                windows = new SharedWindows(grid.getMap("casework-rate-limits"));
                LOG.info("Rate limits are counted across the cluster (" + grid.getCluster().getMembers().size()
                        + " member(s) now)");
            }
        } catch (NamingException | RuntimeException | NoClassDefFoundError e) {
            LOG.info("No data grid (" + e + "): rate limits are counted on this node");
        }
    }

    /** Records an event if the key is under its limit; returns 0, or the seconds to wait when it is not. */
    public long acquire(String key, int limit) {
        long now = clock.millis();
        long[] wait = {0};
        windows.update(key, events -> {
            long[] current = expire(events, now);
            if (current.length >= limit) {
                wait[0] = secondsUntilFree(current, now);
                return current;
            }
            long[] more = Arrays.copyOf(current, current.length + 1);
            more[current.length] = now;
            return more;
        });
        return wait[0];
    }

    /** 0 while the key is under its limit, else the seconds until it is again; records nothing. */
    public long exhausted(String key, int limit) {
        long now = clock.millis();
        long[] current = expire(windows.read(key), now);
        return current.length >= limit ? secondsUntilFree(current, now) : 0;
    }

    /** Clears a key's events: its limit starts afresh. */
    public void forget(String key) {
        windows.forget(key);
    }

    boolean shared() {
        return windows instanceof SharedWindows;
    }

    private static long[] expire(long[] events, long now) {
        int first = 0;
        while (first < events.length && events[first] <= now - WINDOW.toMillis()) {
            first++;
        }
        return first == 0 ? events : Arrays.copyOfRange(events, first, events.length);
    }

    private static long secondsUntilFree(long[] events, long now) {
        return Math.max(1, (events[0] + WINDOW.toMillis() - now + 999) / 1000);
    }
}
