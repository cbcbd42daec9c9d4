package org.casework.demo.boundary;

import java.util.Set;
import org.casework.kernel.AccessDeniedException;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.StaffIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoClockTest {

    private static final StaffIdentity ADMIN = new StaffIdentity("admin", "Adam Admin", Set.of("ADMIN"));

    @Test
    void outsideDemoModeNobodyMayAdvanceTheClockAndTheEngineIsNeverAsked() {
        // no workflow: had the clock asked the engine, this would fail otherwise than with a refusal
        DemoClock clock = clock(false);
        assertThatThrownBy(() -> clock.fire("42", ADMIN)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("only in demo mode");
        assertThatThrownBy(() -> clock.timers(null, ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inDemoModeOnlyAnAdministratorMay() {
        StaffIdentity investigator = new StaffIdentity("investigator", "Ivy", Set.of("INVESTIGATOR"));
        assertThatThrownBy(() -> clock(true).fire("42", investigator)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("administrator");
    }

    private static DemoClock clock(boolean demo) {
        DemoClock clock = new DemoClock();
        clock.config = new CaseworkConfig() {
            @Override
            public boolean demo() {
                return demo;
            }
        };
        return clock;
    }
}
