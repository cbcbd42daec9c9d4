package org.casework.workspace.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.TaskQueues;
import org.casework.cases.boundary.WaitingCases;
import org.casework.cases.boundary.Workloads;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.QueueFilter;

/**
 * The page an investigator or case examiner lands on: what they hold and what falls due, what waits untaken, the
 * cases waiting on someone outside, and for a team lead each member's load. Each part is read once a request.
 */
@Named("today")
@RequestScoped
public class ShowToday {

    static final int NEXT_TASKS = 8;
    static final int WAITING = 10;

    @Inject
    Workloads workloads;
    @Inject
    TaskQueues queues;
    @Inject
    WaitingCases waitingCases;
    @Inject
    StaffIdentity staff;

    private final Instant now = Clock.systemUTC().instant();
    private Workloads.Load load;
    private List<Workloads.Load> team;
    private List<CaseView.TaskView> next;
    private List<WaitingCases.Waiting> waiting;

    public Workloads.Load getLoad() {
        return load != null ? load : (load = workloads.of(staff, now));
    }

    /** Their own tasks, the earliest due first. */
    public List<CaseView.TaskView> getNextTasks() {
        if (next == null) {
            QueueFilter mine = new QueueFilter(QueueFilter.Queue.MINE, null, null, null, false, false,
                    QueueFilter.Sort.DUE, true);
            next = queues.tasks(mine, staff, 0, NEXT_TASKS);
        }
        return next;
    }

    public List<Workloads.Load> getTeam() {
        return team != null ? team : (team = workloads.teamOf(staff, now));
    }

    public List<WaitingCases.Waiting> getWaiting() {
        return waiting != null ? waiting : (waiting = waitingCases.of(staff, WAITING));
    }

    public String getName() {
        return staff.displayName();
    }
}
