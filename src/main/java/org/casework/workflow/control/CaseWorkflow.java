package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.WrongStageException;

/**
 * The application's door to the process engine for one case: start its processes, find and complete its tasks, read
 * its history and incidents ({@link WorkQueues} reads the queues across cases). A case's tasks are found by its
 * reference (the business key of its process and of the letter approvals it calls). Keeping every engine call in
 * these two keeps a later move to Operaton small.
 */
@ApplicationScoped
public class CaseWorkflow {

    @Inject
    ProcessEngineBootstrap bootstrap;
    @Inject
    TaskGroups taskGroups;

    /**
     * Starts the complaint-handling process for a case and returns the process instance id; the practitioner's key
     * and the platform travel with it (and into its letter approvals) for the work queues' filters.
     */
    public String startFor(String caseReference, String practitionerKey, String platform, String team) {
        return engine().getRuntimeService()
                .startProcessInstanceByKey(WorkflowVariables.PROCESS_KEY, caseReference,
                        Map.of(WorkflowVariables.CASE_REFERENCE, caseReference,
                                WorkflowVariables.PRACTITIONER_KEY, practitionerKey,
                                WorkflowVariables.PLATFORM, platform,
                                WorkflowVariables.TEAM, team))
                .getId();
    }

    /** The BPMN 2.0 XML of the process definition the instance runs (or ran). */
    public String processModel(String processInstanceId) {
        var history = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (history == null) {
            throw new WrongStageException("No process " + processInstanceId);
        }
        try (InputStream in = engine().getRepositoryService().getProcessModel(
                history.getProcessDefinitionId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The steps the instance is at now (none once it ended). */
    public List<String> currentSteps(String processInstanceId) {
        if (hasEnded(processInstanceId)) {
            return List.of();
        }
        return engine().getRuntimeService().getActiveActivityIds(processInstanceId);
    }

    /** The task goes back to the team queue. */
    public void release(Task task) {
        engine().getTaskService().setAssignee(task.getId(), null);
    }

    /**
     * Starts a letter approval of its own for the case (a correction), outside the case's process; with the case's
     * practitioner, platform and team, so its tasks are found in the queues like the others.
     */
    public void approveLetters(String caseReference, String letterSet, String practitionerKey, String platform,
                               String team) {
        engine().getRuntimeService().startProcessInstanceByKey(WorkflowVariables.LETTER_PROCESS_KEY, caseReference,
                Map.of(WorkflowVariables.CASE_REFERENCE, caseReference, WorkflowVariables.LETTER_SET, letterSet,
                        WorkflowVariables.PRACTITIONER_KEY, practitionerKey, WorkflowVariables.PLATFORM, platform,
                        WorkflowVariables.TEAM, team));
    }

    /**
     * An appeal against the case's sanction was lodged: its own process (sanction-appeal.bpmn) waits for the court's
     * result, its task in the queues like the case's others.
     */
    public void startAppeal(String caseReference, String practitionerKey, String platform, String team) {
        engine().getRuntimeService().startProcessInstanceByKey(WorkflowVariables.APPEAL_PROCESS_KEY, caseReference,
                Map.of(WorkflowVariables.CASE_REFERENCE, caseReference, WorkflowVariables.PRACTITIONER_KEY,
                        practitionerKey, WorkflowVariables.PLATFORM, platform, WorkflowVariables.TEAM, team));
    }

    /**
     * The case's sanction was quashed on appeal: the case's process stops watching for its expiry or review. A
     * case whose process waits for nothing any more is left as it is.
     */
    public void sanctionQuashed(String caseReference) {
        engine().getRuntimeService().createMessageCorrelation(WorkflowVariables.SANCTION_QUASHED)
                .processInstanceBusinessKey(caseReference).correlateAllWithResult();
    }

    /** An interim order is referred: its own process (interim-order.bpmn) waits for the panel's decision. */
    public void startInterimOrder(String caseReference, String practitionerKey, String platform, String team) {
        engine().getRuntimeService().startProcessInstanceByKey(WorkflowVariables.INTERIM_PROCESS_KEY, caseReference,
                Map.of(WorkflowVariables.CASE_REFERENCE, caseReference, WorkflowVariables.PRACTITIONER_KEY,
                        practitionerKey, WorkflowVariables.PLATFORM, platform, WorkflowVariables.TEAM, team));
    }

    /** A review of the closed case's decision is asked for (decision-review.bpmn): a case examiner reviews it. */
    public void startDecisionReview(String caseReference, String practitionerKey, String platform, String team,
                                    String requestedBy) {
        engine().getRuntimeService().startProcessInstanceByKey(WorkflowVariables.DECISION_REVIEW_PROCESS_KEY,
                caseReference, Map.of(WorkflowVariables.CASE_REFERENCE, caseReference,
                        WorkflowVariables.PRACTITIONER_KEY, practitionerKey, WorkflowVariables.PLATFORM, platform,
                        WorkflowVariables.TEAM, team, "requestedBy", requestedBy));
    }

    /** Whether a review of the case's decision is waiting for its outcome. */
    public boolean decisionReviewRunning(String caseReference) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(WorkflowVariables.DECISION_REVIEW_PROCESS_KEY)
                .processInstanceBusinessKey(caseReference).count() > 0;
    }

    /** The case's undertakings or conditions are monitored: a check on each review day (compliance-monitoring.bpmn). */
    public void startCompliance(String caseReference, String practitionerKey, String platform, String team,
                                Date firstCheck) {
        engine().getRuntimeService().startProcessInstanceByKey(WorkflowVariables.COMPLIANCE_PROCESS_KEY,
                caseReference, Map.of(WorkflowVariables.CASE_REFERENCE, caseReference,
                        WorkflowVariables.PRACTITIONER_KEY, practitionerKey, WorkflowVariables.PLATFORM, platform,
                        WorkflowVariables.TEAM, team, WorkflowVariables.NEXT_CHECK_ON, firstCheck));
    }

    /** Whether an interim order of the case is being considered or runs: its process has not ended. */
    public boolean interimOrderRunning(String caseReference) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(WorkflowVariables.INTERIM_PROCESS_KEY).processInstanceBusinessKey(caseReference)
                .count() > 0;
    }

    /** The case closed: its interim order's process stops watching (nothing happens when none waits). */
    public void interimOrderLifted(String caseReference) {
        engine().getRuntimeService().createMessageCorrelation(WorkflowVariables.INTERIM_LIFTED)
                .processInstanceBusinessKey(caseReference).correlateAllWithResult();
    }

    /** Sets a variable of the case's own process (an order's end, varied on appeal), when it still runs. */
    public void setCaseVariable(String caseReference, String name, Object value) {
        var runtime = engine().getRuntimeService();
        runtime.createProcessInstanceQuery().processDefinitionKey(WorkflowVariables.PROCESS_KEY)
                .processInstanceBusinessKey(caseReference).list()
                .forEach(p -> runtime.setVariable(p.getId(), name, value));
    }

    /** The case moved to another team: each of its running processes now shows its tasks in that team's queue. */
    public void moveToTeam(String caseReference, String team) {
        var runtime = engine().getRuntimeService();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
                .forEach(p -> runtime.setVariable(p.getId(), WorkflowVariables.TEAM, team));
    }

    /** Whether any step of the case, open or done, has been put to this group. */
    public boolean everPutTo(String caseReference, String group) {
        return engine().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(caseReference).taskHadCandidateGroup(group).count() > 0;
    }

    /** Ends every running process of the case (a duplicate merged into another case): its tasks leave the queues. */
    public void endAll(String caseReference, String reason) {
        var runtime = engine().getRuntimeService();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference).rootProcessInstances().list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), reason));
    }

    /** A variable of the task's process (a letter approval's {@code letterSet}). */
    public Object variableOf(Task task, String name) {
        return engine().getTaskService().getVariable(task.getId(), name);
    }

    /** Hands the task to someone; the caller has checked that they may do it. */
    public void assign(Task task, String user) {
        engine().getTaskService().setAssignee(task.getId(), user);
    }

    /** Starts the email of an issued letter, apart from the case's process (see letter-delivery.bpmn). */
    public void deliver(String caseReference, long letterId) {
        engine().getRuntimeService().startProcessInstanceByKey(WorkflowVariables.DELIVERY_PROCESS_KEY, caseReference,
                Map.of(WorkflowVariables.CASE_REFERENCE, caseReference, WorkflowVariables.LETTER_ID, letterId));
    }

    /** The case's open task of that step, in its own process or in a letter approval it called. */
    public Optional<Task> openTask(String caseReference, String taskKey) {
        return engine().getTaskService().createTaskQuery()
                .processInstanceBusinessKey(caseReference)
                .taskDefinitionKey(taskKey)
                .list().stream().findFirst();
    }

    /**
     * The case's open task of that step, for a person whose roles are among the task's candidate groups: else 409
     * (the case is elsewhere) or 403 (not theirs to do), before anything changes.
     */
    public Task requireTask(String caseReference, String taskKey, Collection<String> roles) {
        Task task = openTask(caseReference, taskKey).orElseThrow(() -> new WrongStageException("Case "
                + caseReference + " is not waiting for the step '" + taskKey + "'"));
        if (!mayWorkOn(task, roles)) {
            if (task(task.getId()).isEmpty()) { // done by someone else since it was found: a race lost, not a role
                throw new WrongStageException("Case " + caseReference + " has moved on: the step '" + task.getName()
                        + "' was completed by someone else meanwhile; nothing was changed");
            }
            throw new AccessDeniedException("The step '" + task.getName() + "' of case " + caseReference
                    + " is not for your role");
        }
        return task;
    }

    public List<Task> openTasks(String caseReference) {
        return engine().getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
                .orderByTaskCreateTime().asc().list();
    }

    public Optional<Task> task(String taskId) {
        if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(engine().getTaskService().createTaskQuery().taskId(taskId).singleResult());
    }

    /** The case a task belongs to. */
    public String caseOf(Task task) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    }

    /** Process instance id to case reference, for the processes the tasks belong to. */
    public Map<String, String> casesOf(List<Task> tasks) {
        String[] ids = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(List.of(ids))).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey()));
    }

    /**
     * A query, not the task's identity links: those look the task's execution up, and when a parallel branch (the
     * acknowledgement) ends at the same moment the engine moves the task to another execution and the look-up fails
     * with a NullPointerException inside the engine (seen in the two-node drill as a 500 on triage).
     */
    public boolean mayWorkOn(Task task, Collection<String> groups) {
        return !groups.isEmpty() && engine().getTaskService().createTaskQuery().taskId(task.getId())
                .taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks().count() > 0;
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

    /**
     * Steps that failed after their retries, for staff to see and retry: in the case's process, the letter approval
     * it called, or the delivery of one of its letters.
     */
    public List<Incident> incidents(String caseReference, String processInstanceId) {
        List<String> ids = new ArrayList<>(List.of(processInstanceId));
        engine().getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()
                .forEach(p -> ids.add(p.getId()));
        engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(WorkflowVariables.DELIVERY_PROCESS_KEY).processInstanceBusinessKey(caseReference)
                .list().forEach(p -> ids.add(p.getId()));
        return ids.stream().flatMap(id -> engine().getRuntimeService().createIncidentQuery().processInstanceId(id)
                .list().stream()).toList();
    }

    /** Gives a failed step its retries back; the job executor runs it again. */
    public void retry(Incident incident) {
        engine().getManagementService().setJobRetries(incident.getConfiguration(), 3);
    }

    public boolean hasEnded(String processInstanceId) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).count() == 0;
    }

    /** Removes an ended process's history (steps, variables, tasks): part of disposing of a case. */
    public void forgetHistory(String processInstanceId) {
        engine().getHistoryService().deleteHistoricProcessInstancesIfExists(List.of(processInstanceId));
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
