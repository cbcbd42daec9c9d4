package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What the engine remembers of a case, as a story: every named step finished by every process the case ran (its
 * handling, each approval of its letters, each letter's delivery), and each time a task was taken, handed to
 * someone or released. From the engine's history (level {@code full}).
 */
@ApplicationScoped
public class CaseHistory {

    /** A step finished, or a task taken or released: what, when, and by whom ({@code system} for the engine). */
    public record HistoricStep(String id, String name, Instant endedAt, String by) {
    }

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** Oldest first. */
    public List<HistoricStep> of(String reference) {
        return of(bootstrap.engine().getHistoryService(), reference);
    }

    /**
     * Oldest first by when each step finished; steps that finished in the same instant stay in the order they
     * happened. MariaDB keeps the engine's times to the second, and a step and the next often finish within one (an
     * answer recorded and the case referred at once): sorted on time alone they came back in the order of their random
     * ids ("Investigate" before the "Notify practitioner" that led to it, found by CI on MariaDB).
     */
    static List<HistoricStep> of(HistoryService history, String reference) {
        List<HistoricStep> steps = new ArrayList<>();
        for (HistoricProcessInstance process : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().asc().list()) {
            steps.addAll(finished(history, process.getId()));
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processInstanceId(process.getId()).list()) {
                history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.ASSIGNEE)
                        .list().forEach(link -> steps.add(assignment(task, link)));
            }
        }
        steps.sort(Comparator.comparing(HistoricStep::endedAt)); // stable: ties keep the order they happened in
        return steps;
    }

    /** The named steps the instance finished, in the order they happened; gateways and unnamed elements left out. */
    private static List<HistoricStep> finished(HistoryService history, String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finished()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .filter(a -> a.getActivityName() != null && !a.getActivityType().toLowerCase().contains("gateway"))
                .map(a -> new HistoricStep(a.getActivityId(), a.getActivityName(), a.getEndTime().toInstant(),
                        a.getAssignee() != null ? a.getAssignee() : "system"))
                .toList();
    }

    private static HistoricStep assignment(HistoricTaskInstance task, HistoricIdentityLinkLog link) {
        boolean released = "delete".equals(link.getOperationType());
        String what = released ? "'" + task.getName() + "' released" : "'" + task.getName() + "' taken on by "
                + link.getUserId();
        String by = link.getAssignerId() != null ? link.getAssignerId() : link.getUserId();
        return new HistoricStep(task.getTaskDefinitionKey(), what, link.getTime().toInstant(), by);
    }
}
