package org.casework.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseTimers;

/**
 * "Advance the clock", in demo mode only: a visitor cannot wait 21 or 28 days to see a reminder go out or a
 * practitioner's time run out, so an administrator fires a case's next timer now. Never available otherwise: in a
 * real installation the law's deadlines are not a button.
 */
@ApplicationScoped
@Transactional
public class DemoClock {

    static final int MOST_TIMERS = 50;

    @Inject
    CaseworkConfig config;
    @Inject
    CaseTimers timers;
    @Inject
    AuditLog audit;

    public boolean available() {
        return config.demo();
    }

    /** The timers still to fire, earliest first, of one case or (no reference) of all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTimers.Timer> timers(CaseReference reference, StaffIdentity who) {
        allowed(who);
        return timers.timers(reference == null ? null : reference.value(), MOST_TIMERS);
    }

    /** Fires the timer now; the engine carries out what it starts within seconds. Returns what fired. */
    public CaseTimers.Timer fire(String jobId, StaffIdentity who) {
        allowed(who);
        CaseTimers.Timer timer = timers.timer(jobId).orElseThrow(() -> new CaseNotFoundException("That timer has fired already or its case moved on"));
        timers.fireNow(jobId);
        audit.record(who.username(), AuditEntry.ADVANCE_CLOCK, "case " + timer.caseReference(), true,
                "'" + timer.step() + "' fired, due " + timer.due());
        return timer;
    }

    private void allowed(StaffIdentity who) {
        if (!config.demo()) {
            throw new AccessDeniedException("The clock can be advanced only in demo mode");
        }
        if (!who.hasRole(Role.ADMIN_NAME)) {
            throw new AccessDeniedException("Only an administrator advances the demo's clock");
        }
    }
}
