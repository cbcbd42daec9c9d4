package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.casework.kernel.CaseReference;
import org.casework.kernel.NameKey;
import org.casework.kernel.Require;

/**
 * The work queues, read from the engine across cases: a page of a queue and its count, what one person holds, the
 * tasks some groups may take. One case's tasks are {@link CaseWorkflow}'s.
 */
@ApplicationScoped
public class WorkQueues {

    @Inject
    ProcessEngineBootstrap bootstrap;
    @Inject
    TaskGroups taskGroups;

    /** Queues count their tasks up to this many; beyond, a queue holds "more than 1,000". */
    public static final int COUNTED_TASKS = 1000;

    /** A page of a work queue, in a stable order (ties broken by task id). */
    public List<Task> queuePage(QueueFilter filter, String user, Collection<String> groups, String team,
                                Collection<String> onlyCases, int first, int max) {
        QueueQuery query = queueQuery(filter, user, groups, team, onlyCases);
        return query == null ? List.of()
                : query.page(engine().getTaskService(), filter.sort(), filter.ascending(), first, max);
    }

    /** The number of tasks in a queue, up to {@link #COUNTED_TASKS}; one more than that means "more". */
    public long queueCount(QueueFilter filter, String user, Collection<String> groups, String team,
                           Collection<String> onlyCases) {
        QueueQuery query = queueQuery(filter, user, groups, team, onlyCases);
        return query == null ? 0 : query.count(engine().getTaskService(), COUNTED_TASKS + 1);
    }

    /**
     * {@code team}: only the tasks of that team's cases in the team queue, or null for the tasks of every team;
     * {@code onlyCases}: the references of the cases whose practitioner matches the filter, or null to read the
     * practitioner from the process (when too many cases match to list them).
     */
    private QueueQuery queueQuery(QueueFilter filter, String user, Collection<String> groups, String team,
                                  Collection<String> onlyCases) {
        QueueQuery query;
        if (filter.queue() == QueueFilter.Queue.MINE) {
            query = QueueQuery.assignedTo(user);
        } else {
            List<String> steps = taskGroups.stepsFor(groups);
            if (steps.isEmpty()) {
                return null;
            }
            query = QueueQuery.atSteps(steps);
            if (team != null) {
                query.variableEquals(WorkflowVariables.TEAM, team);
            }
        }
        if (filter.unassignedOnly()) {
            query.unassigned();
        }
        if (filter.reference() != null) {
            String asked = filter.reference().strip().toUpperCase();
            if (CaseReference.isWellFormed(asked)) {
                // a whole reference is found by the business key's index; a part of one (contains) reads every
                // process, 2 s a page at 100,000 open cases
                query.caseIn(List.of(asked));
            } else {
                query.caseLike(Require.containing(asked));
            }
        }
        if (onlyCases != null) {
            query.caseIn(onlyCases);
        } else if (filter.practitioner() != null) {
            query.variableLike(WorkflowVariables.PRACTITIONER_KEY, Require.containing(
                    NameKey.of(filter.practitioner())));
        }
        if (filter.platform() != null) {
            query.variableEquals(WorkflowVariables.PLATFORM, filter.platform());
        }
        if (filter.overdueOnly()) {
            query.dueBefore(new Date());
        }
        return query;
    }

    /** What one person holds: their tasks, how many of them are overdue and how many fall due within the week. */
    public record Held(long tasks, long overdue, long dueThisWeek) {
    }

    public Held heldBy(String user, Instant now) {
        var tasks = engine().getTaskService();
        Date today = Date.from(now);
        return new Held(tasks.createTaskQuery().taskAssignee(user).count(),
                tasks.createTaskQuery().taskAssignee(user).dueBefore(today).count(),
                tasks.createTaskQuery().taskAssignee(user).dueAfter(today)
                        .dueBefore(Date.from(now.plus(Duration.ofDays(7)))).count());
    }

    /** The oldest 1,000 open tasks any of the given groups may take (of {@code team}'s cases unless null). */
    public List<Task> openTasksForGroups(Collection<String> groups, String team) {
        List<String> steps = taskGroups.stepsFor(groups);
        if (steps.isEmpty()) {
            return List.of();
        }
        QueueQuery query = QueueQuery.atSteps(steps);
        if (team != null) {
            query.variableEquals(WorkflowVariables.TEAM, team);
        }
        return query.page(engine().getTaskService(), QueueFilter.Sort.CREATED, true, 0, COUNTED_TASKS);
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
