package org.casework.platform.control;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-06T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aWindowAllowsItsLimitAnHourAndThenFreesTheOldestEvent() {
        Moving clock = new Moving();
        RateLimiter limiter = new RateLimiter(clock, new LocalWindows());
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("k", 3)).isZero();
            clock.now = clock.now.plus(Duration.ofMinutes(10));
        }
        assertThat(limiter.exhausted("k", 3)).as("the first event frees in 30 minutes").isEqualTo(30 * 60);
        assertThat(limiter.acquire("k", 3)).isEqualTo(30 * 60);
        clock.now = clock.now.plus(Duration.ofMinutes(30));
        assertThat(limiter.exhausted("k", 3)).isZero();
        assertThat(limiter.acquire("k", 3)).isZero();
        assertThat(limiter.acquire("other", 3)).as("keys are apart").isZero();
        limiter.forget("k");
        assertThat(limiter.exhausted("k", 1)).isZero();
    }

    /** Two members of one grid, as two Payara Micro nodes are: one allowance between them, not one each. */
    @Test
    void nodesOfOneClusterShareOneAllowance() {
        int[] ports = {freePort(), freePort()};
        List<HazelcastInstance> members = List.of(member(ports[0], ports), member(ports[1], ports));
        try {
            Moving clock = new Moving();
            RateLimiter one = new RateLimiter(clock, new SharedWindows(members.get(0).getMap("limits")));
            RateLimiter two = new RateLimiter(clock, new SharedWindows(members.get(1).getMap("limits")));
            assertThat(members.get(0).getCluster().getMembers()).hasSize(2);
            for (int i = 0; i < 5; i++) {
                assertThat(one.acquire("signin-account:gus", 10)).isZero();
                assertThat(two.acquire("signin-account:gus", 10)).isZero();
            }
            assertThat(one.exhausted("signin-account:gus", 10)).as("ten failures, five on each node").isPositive();
            assertThat(two.acquire("signin-account:gus", 10)).isPositive();
            one.forget("signin-account:gus");
            assertThat(two.exhausted("signin-account:gus", 10)).as("unlocked on one, unlocked everywhere").isZero();
        } finally {
            members.forEach(HazelcastInstance::shutdown);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HazelcastInstance member(int port, int[] all) {
        Config config = new Config().setClusterName("casework-rate-test-" + ProcessHandle.current().pid());
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        var join = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false).getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        for (int each : all) {
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + each);
        }
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        return Hazelcast.newHazelcastInstance(config);
    }
}
