package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.entity.CaseReference;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.QueueFilter;

/**
 * The staff work queues: "My tasks" and the team queue (the tasks the person's roles may take), filtered, sorted and
 * read a page at a time from the engine, so the queue costs the same with a hundred or a hundred thousand open cases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkQueues {

    static final int MAX_PAGE = 100;

    /** One page of a queue and how many tasks the whole queue holds. */
    public record QueuePage(long total, int first, List<CaseView.TaskView> tasks) {
    }

    @Inject
    CaseWorkflow workflow;
    @Inject
    EntityManager em;

    public QueuePage page(QueueFilter filter, StaffIdentity staff, int first, int max) {
        if (first < 0) {
            throw new InvalidFieldException("first", "must be 0 or more");
        }
        if (max < 1 || max > MAX_PAGE) {
            throw new InvalidFieldException("max", "must be between 1 and " + MAX_PAGE);
        }
        List<Task> tasks = workflow.queuePage(filter, staff.username(), staff.roles(), first, max);
        return new QueuePage(workflow.queueCount(filter, staff.username(), staff.roles()), first, views(tasks));
    }

    public long count(QueueFilter filter, StaffIdentity staff) {
        return workflow.queueCount(filter, staff.username(), staff.roles());
    }

    /** The count badge of each queue. */
    public Map<QueueFilter.Queue, Long> counts(StaffIdentity staff) {
        Map<QueueFilter.Queue, Long> counts = new EnumMap<>(QueueFilter.Queue.class);
        for (QueueFilter.Queue queue : QueueFilter.Queue.values()) {
            counts.put(queue, workflow.queueCount(QueueFilter.of(queue), staff.username(), staff.roles()));
        }
        return counts;
    }

    private List<CaseView.TaskView> views(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseOfProcess = workflow.casesOf(tasks);
        Map<String, Complaint> byReference = em.createQuery(
                        "select c from Complaint c where c.reference in :references", Complaint.class)
                .setParameter("references", caseOfProcess.values().stream().distinct()
                        .filter(CaseReference::isWellFormed).map(CaseReference::new).toList())
                .getResultStream().collect(Collectors.toMap(c -> c.reference().value(), Function.identity()));
        return tasks.stream()
                .filter(t -> byReference.containsKey(caseOfProcess.get(t.getProcessInstanceId())))
                .map(t -> CaseFiles.taskView(t, byReference.get(caseOfProcess.get(t.getProcessInstanceId()))))
                .toList();
    }
}
