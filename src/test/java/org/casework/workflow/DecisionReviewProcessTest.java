package org.casework.workflow;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.casework.workflow.control.WorkflowVariables.*;

/** Both paths of workflows/decision-review.bpmn: a closed case reopened into a review, upheld or set aside. */
@Deployment(resources = "workflows/decision-review.bpmn")
class DecisionReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    @BeforeEach
    void registerStandards() {
        ClockUtil.setCurrentTime(new Date(1_790_000_000_000L));
        Mocks.register("serviceStandards", new ComplianceMonitoringProcessTest.ComplianceStandards());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @ParameterizedTest
    @CsvSource({"false, decisionUpheld", "true, decisionSetAsideEnd"})
    void aReviewedDecisionIsUpheldOrSetAside(boolean setAside, String end) {
        ProcessInstance review = runtimeService().startProcessInstanceByKey(DECISION_REVIEW_PROCESS_KEY,
                "MSC-2026-000001", Map.of(CASE_REFERENCE, "MSC-2026-000001"));
        assertThat(review).isWaitingAt(DECISION_REVIEW_TASK);
        assertThat(task(review)).hasCandidateGroup("CASE_EXAMINER")
                .hasDueDate(new Date(1_790_000_000_000L + 7L * 24 * 3600 * 1000));
        complete(task(review), withVariables(DECISION_SET_ASIDE, setAside));
        assertThat(review).hasPassed(end).isEnded();
    }
}
