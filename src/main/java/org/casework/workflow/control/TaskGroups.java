package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Which steps each group may do, read once from the deployed process models (every version). The team queue asks
 * the engine for tasks of those steps rather than joining every task to its candidate groups: with tens of thousands
 * of open tasks the join and its DISTINCT cost most of a second a page; the step keys let the database walk the
 * creation-time index and stop at the page's end.
 */
@ApplicationScoped
public class TaskGroups {

    @Inject
    ProcessEngineBootstrap bootstrap;

    private volatile Map<String, Set<String>> groupsOfStep;

    /** The keys of the steps any of these groups may do. */
    public List<String> stepsFor(Collection<String> groups) {
        return groupsOfStep().entrySet().stream().filter(e -> !Collections.disjoint(e.getValue(), groups))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private Map<String, Set<String>> groupsOfStep() {
        Map<String, Set<String>> known = groupsOfStep;
        if (known == null) {
            RepositoryService repository = bootstrap.engine().getRepositoryService();
            Map<String, Set<String>> read = new HashMap<>();
            repository.createProcessDefinitionQuery().list().forEach(definition -> repository
                    .getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                    .forEach(step -> {
                        String groups = step.getCamundaCandidateGroups();
                        if (groups != null && !groups.isBlank()) {
                            read.computeIfAbsent(step.getId(), k -> new HashSet<>())
                                    .addAll(Arrays.asList(groups.strip().split("\\s*,\\s*")));
                        }
                    }));
            known = Map.copyOf(read);
            groupsOfStep = known;
        }
        return known;
    }
}
