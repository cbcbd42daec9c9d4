package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casework.cases.control.CaseStore;
import org.casework.kernel.Require;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.QueueFilter;
import org.casework.workflow.control.WorkQueues;

/**
 * The staff work queues: "My tasks" and the team queue (the tasks the person's roles may take, of their team's cases
 * for an investigator), filtered, sorted and
 * read a page at a time from the engine, so the queue costs the same with a hundred or a hundred thousand open cases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskQueues {

    public static final int MAX_PAGE = 100;
    static final int MOST_NAMED = 500;

    /**
     * One page of a queue and how many tasks the whole queue holds, counted up to 1,000: a total of 1,001 means more
     * than 1,000 ({@code totalIsExact} false).
     */
    public record QueuePage(long total, boolean totalIsExact, int first, List<CaseView.TaskView> tasks) {
    }

    @Inject
    WorkQueues queues;
    @Inject
    CaseTasks caseTasks;
    @Inject
    CaseStore cases;

    /** A page and the queue's total, the practitioner filter resolved to cases once for both. */
    public QueuePage page(QueueFilter filter, StaffIdentity staff, int first, int max) {
        Require.page(first, max, MAX_PAGE);
        List<String> cases = casesNaming(filter);
        long total = count(filter, staff, cases);
        return new QueuePage(total, total <= WorkQueues.COUNTED_TASKS, first, tasks(filter, staff, cases, first, max));
    }

    /** A page of the queue without its count (a table that pages asks for the count apart). */
    public List<CaseView.TaskView> tasks(QueueFilter filter, StaffIdentity staff, int first, int max) {
        Require.page(first, max, MAX_PAGE);
        return tasks(filter, staff, casesNaming(filter), first, max);
    }

    public long count(QueueFilter filter, StaffIdentity staff) {
        return count(filter, staff, casesNaming(filter));
    }

    private List<CaseView.TaskView> tasks(QueueFilter filter, StaffIdentity staff, List<String> cases, int first,
                                          int max) {
        if (cases != null && cases.isEmpty()) {
            return List.of();
        }
        return caseTasks.taskViews(queues.queuePage(filter, staff.username(), staff.roles(),
                staff.investigationTeam(), cases, first, max));
    }

    private long count(QueueFilter filter, StaffIdentity staff, List<String> cases) {
        if (cases != null && cases.isEmpty()) {
            return 0;
        }
        return queues.queueCount(filter, staff.username(), staff.roles(), staff.investigationTeam(), cases);
    }

    /** The count badge of each queue (1,001: more than 1,000). */
    public Map<QueueFilter.Queue, Long> counts(StaffIdentity staff) {
        Map<QueueFilter.Queue, Long> counts = new EnumMap<>(QueueFilter.Queue.class);
        for (QueueFilter.Queue queue : QueueFilter.Queue.values()) {
            counts.put(queue, queues.queueCount(QueueFilter.of(queue), staff.username(), staff.roles(),
                    staff.investigationTeam(), null));
        }
        return counts;
    }

    /**
     * The open cases naming the filter's practitioner, so the engine can look their tasks up by reference; null when
     * there is no such filter or more cases match than are worth listing (the engine then reads the name from its
     * process variables).
     */
    private List<String> casesNaming(QueueFilter filter) {
        return filter.practitioner() == null ? null : cases.openCasesNaming(filter.practitioner(), MOST_NAMED);
    }
}
