package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The application's only door to the process engine: start a case's process, find and complete its tasks, read
 * its history. Keeping every engine call here keeps a later move to Operaton small.
 */
@ApplicationScoped
public class CaseWorkflow {

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** Starts the complaint-handling process for a case and returns the process instance id. */
    public String startFor(String caseReference) {
        return engine().getRuntimeService()
                .startProcessInstanceByKey(WorkflowVariables.PROCESS_KEY, caseReference,
                        Map.of(WorkflowVariables.CASE_REFERENCE, caseReference))
                .getId();
    }

    public Optional<Task> openTask(String processInstanceId, String taskKey) {
        return Optional.ofNullable(engine().getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .singleResult());
    }

    public List<Task> openTasks(String processInstanceId) {
        return engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId).list();
    }

    /** The open tasks any of the given groups may take, oldest first. */
    public List<Task> openTasksForGroups(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return engine().getTaskService().createTaskQuery()
                .taskCandidateGroupIn(List.copyOf(groups))
                .orderByTaskCreateTime().asc()
                .list();
    }

    public boolean mayWorkOn(Task task, Collection<String> groups) {
        return engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    /** The user takes the task: others see it is being worked on. */
    public void claim(Task task, String user) {
        engine().getTaskService().setAssignee(task.getId(), user);
    }

    public void complete(Task task, String user, Map<String, Object> variables) {
        engine().getTaskService().setAssignee(task.getId(), user);
        engine().getTaskService().complete(task.getId(), variables);
    }

    /** The ids of the steps the case's process has completed, in order. */
    public List<String> completedSteps(String processInstanceId) {
        return engine().getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    public boolean hasEnded(String processInstanceId) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).count() == 0;
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
