package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The timers waiting in cases' processes: listed (the demo clock), fired now (the demo's "advance the clock") or
 * postponed (more time granted to respond). The engine's door for timers, as {@link CaseWorkflow} is for tasks.
 */
@ApplicationScoped
public class CaseTimers {

    /** A timer waiting in a case's process: the step it starts, and when. */
    public record Timer(String jobId, String caseReference, String step, Instant due) implements Serializable {
    }

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** The timers still to fire, earliest first: of one case, or of every case when {@code caseReference} is null. */
    public List<Timer> timers(String caseReference, int most) {
        var query = engine().getManagementService().createJobQuery().timers().active();
        if (caseReference != null) {
            Set<String> processes = processesOf(caseReference);
            if (processes.isEmpty()) {
                return List.of();
            }
            query.processInstanceIds(processes);
        }
        return asTimers(query.orderByJobDuedate().asc().listPage(0, most));
    }

    public Optional<Timer> timer(String jobId) {
        if (jobId == null || jobId.isBlank() || jobId.length() > 64) {
            return Optional.empty();
        }
        return asTimers(engine().getManagementService().createJobQuery().jobId(jobId).timers().active().list())
                .stream().findFirst();
    }

    /**
     * The timer's time has come: its due date becomes now and the job executor fires it on its next poll, as it
     * would have on the day (the demo's "advance the clock").
     */
    public void fireNow(String jobId) {
        engine().getManagementService().setJobDuedate(jobId, new Date());
    }

    /**
     * More time granted: the case's timers of these steps (the response's day-21 reminder and day-28 end) fire that
     * many days later than they would have.
     */
    public void postpone(String caseReference, Set<String> activityIds, int days) {
        move(caseReference, activityIds, due -> Date.from(due.toInstant().plus(Duration.ofDays(days))));
    }

    /** The case's timers of these steps fire at {@code due} instead (an order's end varied on appeal). */
    public void reschedule(String caseReference, Set<String> activityIds, Instant due) {
        move(caseReference, activityIds, old -> Date.from(due));
    }

    private void move(String caseReference, Set<String> activityIds, UnaryOperator<Date> newDue) {
        Set<String> processes = processesOf(caseReference);
        if (processes.isEmpty()) {
            return;
        }
        var management = engine().getManagementService();
        for (Job job : management.createJobQuery().timers().active().processInstanceIds(processes).list()) {
            var definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult();
            if (definition != null && activityIds.contains(definition.getActivityId())) {
                management.setJobDuedate(job.getId(), newDue.apply(job.getDuedate()));
            }
        }
    }

    private Set<String> processesOf(String caseReference) {
        return engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
                .list().stream().map(p -> p.getId()).collect(Collectors.toCollection(HashSet::new));
    }

    private List<Timer> asTimers(List<Job> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<String, String> cases = new HashMap<>();
        engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(jobs.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet()))
                .list().forEach(p -> cases.put(p.getId(), p.getBusinessKey()));
        return jobs.stream().map(job -> new Timer(job.getId(), cases.get(job.getProcessInstanceId()), stepOf(job),
                job.getDuedate().toInstant())).toList();
    }

    private String stepOf(Job job) {
        var definition = engine().getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult();
        if (definition == null) {
            return "";
        }
        ModelElementInstance element = engine().getRepositoryService()
                .getBpmnModelInstance(job.getProcessDefinitionId()).getModelElementById(definition.getActivityId());
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null ? definition.getActivityId() : name;
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
