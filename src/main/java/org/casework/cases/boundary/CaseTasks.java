package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.boundary.CaseView.TaskView;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseReference;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.WorkQueues;
import org.casework.workflow.control.WorkflowVariables;

/** The workflow's open tasks as staff read them: with the case each belongs to, its practitioner and platform. */
@ApplicationScoped
@Transactional
public class CaseTasks {

    @Inject
    CaseStore cases;

    @Inject
    CaseWorkflow workflow;
    @Inject
    WorkQueues queues;

    @Inject
    EntityManager em;

    /** The open tasks the caller's roles may take, with the case each belongs to. */
    public List<TaskView> tasksFor(StaffIdentity staff) {
        return taskViews(queues.openTasksForGroups(staff.roles(), staff.investigationTeam()));
    }

    /** Tasks with their cases' practitioner and platform: one query for all their cases. */
    public List<TaskView> taskViews(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseOfProcess = workflow.casesOf(tasks);
        Map<String, Complaint> byReference = em.createQuery(
                        "select c from Complaint c where c.reference in :references", Complaint.class)
                .setParameter("references", caseOfProcess.values().stream().distinct()
                        .filter(CaseReference::isWellFormed)
                        .map(CaseReference::new).toList())
                .getResultStream()
                .collect(Collectors.toMap(c -> c.reference().value(), Function.identity()));
        return tasks.stream()
                .filter(t -> byReference.containsKey(caseOfProcess.get(t.getProcessInstanceId())))
                .map(t -> taskView(t, byReference.get(caseOfProcess.get(t.getProcessInstanceId()))))
                .toList();
    }

    /** The case's open tasks, for the task API. */
    public List<TaskView> tasksOf(CaseReference reference) {
        return tasksOf(cases.require(reference));
    }

    List<TaskView> tasksOf(Complaint c) {
        return workflow.openTasks(c.reference().value()).stream().map(t -> taskView(t, c)).toList();
    }

    static TaskView taskView(Task task, Complaint c) {
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), c.reference().value(),
                task.getCreateTime().toInstant(), c.practitioner().name(), c.platform().name(), c.platform().label(),
                task.getAssignee(),
                due, due != null && due.isBefore(Instant.now()), notFor(task, c));
    }

    /** The letters carry someone's decision (the examiners', a triage referral's, or for the notice the acceptance). */
    private static String notFor(Task task, Complaint c) {
        if (!WorkflowVariables.APPROVAL_TASK.equals(task.getTaskDefinitionKey())) {
            return null;
        }
        return c.decision() != null ? c.decision().decidedBy() : c.triagedBy();
    }
}
