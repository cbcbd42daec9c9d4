package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casework.cases.entity.Require;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.QueueFilter;

/**
 * The staff work queues: "My tasks" and the team queue (the tasks the person's roles may take, of their team's cases
 * for an investigator), filtered, sorted and
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
    CaseFiles caseFiles;
    @Inject
    jakarta.persistence.EntityManager em;

    public QueuePage page(QueueFilter filter, StaffIdentity staff, int first, int max) {
        List<CaseView.TaskView> tasks = tasks(filter, staff, first, max);
        return new QueuePage(count(filter, staff), first, tasks);
    }

    /** A page of the queue without its count (a table that pages asks for the count apart). */
    public List<CaseView.TaskView> tasks(QueueFilter filter, StaffIdentity staff, int first, int max) {
        Require.page(first, max, MAX_PAGE);
        List<String> cases = casesNaming(filter);
        if (cases != null && cases.isEmpty()) {
            return List.of();
        }
        return caseFiles.taskViews(workflow.queuePage(filter, staff.username(), staff.roles(), teamOf(staff), cases,
                first, max));
    }

    public long count(QueueFilter filter, StaffIdentity staff) {
        List<String> cases = casesNaming(filter);
        if (cases != null && cases.isEmpty()) {
            return 0;
        }
        return workflow.queueCount(filter, staff.username(), staff.roles(), teamOf(staff), cases);
    }

    /** The count badge of each queue. */
    public Map<QueueFilter.Queue, Long> counts(StaffIdentity staff) {
        Map<QueueFilter.Queue, Long> counts = new EnumMap<>(QueueFilter.Queue.class);
        for (QueueFilter.Queue queue : QueueFilter.Queue.values()) {
            counts.put(queue, workflow.queueCount(QueueFilter.of(queue), staff.username(), staff.roles(),
                    teamOf(staff), null));
        }
        return counts;
    }

    /**
     * The open cases whose practitioner's name contains the filter's, read from the cases' own table (one narrow
     * scan) so the engine can look their tasks up by reference; null when there is no such filter or more cases
     * match than are worth listing (the engine then reads the name from its process variables).
     */
    List<String> casesNaming(QueueFilter filter) {
        if (filter.practitioner() == null) {
            return null;
        }
        List<String> references = em.createQuery("select c.reference from Complaint c where c.status <> "
                        + "org.casework.cases.entity.CaseStatus.CLOSED and c.practitioner.nameKey like :name",
                        org.casework.cases.entity.CaseReference.class)
                .setParameter("name", Require.containing(
                        org.casework.cases.entity.NamedPractitioner.keyOf(filter.practitioner())))
                .setMaxResults(MOST_NAMED + 1).getResultStream().map(r -> r.value()).toList();
        return references.size() > MOST_NAMED ? null : references;
    }

    static final int MOST_NAMED = 500;

    /** Investigators work their team's cases; case examiners, without a team, take work from every team. */
    static String teamOf(StaffIdentity staff) {
        return staff.hasRole(org.casework.security.entity.Role.INVESTIGATOR_NAME) ? staff.team() : null;
    }
}
