package org.casework.workflow;

import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.casework.workflow.control.WorkflowVariables.*;

/**
 * Every path of workflows/sanction-appeal.bpmn on an in-memory engine: an appeal lodged waits for a case examiner to
 * record the court's result, and ends where the result says. (What the result does to the register and to the case's
 * own timers is the use case's; the case's process ending its watch over a quashed sanction is in
 * {@link ComplaintHandlingProcessTest}.)
 */
@Deployment(resources = "workflows/sanction-appeal.bpmn")
class SanctionAppealProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    @BeforeEach
    void registerStandards() {
        ClockUtil.setCurrentTime(new Date(1_790_000_000_000L));
        Mocks.register("serviceStandards", new ComplaintHandlingProcessTest.FixedStandards());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theResultIsACaseExaminersTaskWithADueDate() {
        var definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(APPEAL_PROCESS_KEY).singleResult();
        var tasks = processEngine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementsByType(UserTask.class);
        Assertions.assertThat(tasks).extracting(UserTask::getId).containsExactly(APPEAL_TASK);
        Assertions.assertThat(tasks).allSatisfy(t -> {
            Assertions.assertThat(t.getCamundaDueDate()).isNotBlank();
            Assertions.assertThat(t.getCamundaCandidateGroups()).isEqualTo("CASE_EXAMINER");
        });
    }

    @ParameterizedTest
    @CsvSource({"DISMISSED, appealDismissed", "VARIED, decisionVaried", "QUASHED, decisionQuashed"})
    void theAppealEndsWhereTheCourtsResultSays(String result, String end) {
        ProcessInstance appeal = lodged();
        assertThat(appeal).isWaitingAt(APPEAL_TASK);
        assertThat(task(appeal)).hasCandidateGroup("CASE_EXAMINER").hasDueDate(
                new ComplaintHandlingProcessTest.FixedStandards().due(APPEAL_TASK));
        complete(task(appeal), withVariables(APPEAL_RESULT, result));
        assertThat(appeal).hasPassed(APPEAL_TASK, end).isEnded();
    }

    @Test
    void aResultTheModelDoesNotKnowIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance appeal = lodged();
        assertThatThrownBy(() -> complete(task(appeal), withVariables(APPEAL_RESULT, "WITHDRAWN")))
                .hasMessageContaining("appealResult");
        assertThat(appeal).isWaitingAt(APPEAL_TASK);
    }

    private ProcessInstance lodged() {
        return runtimeService().startProcessInstanceByKey(APPEAL_PROCESS_KEY, "MSC-2026-000001",
                Map.of(CASE_REFERENCE, "MSC-2026-000001"));
    }
}
