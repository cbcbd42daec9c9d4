package org.casework.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.casework.workflow.control.WorkflowVariables.ACCEPT;
import static org.casework.workflow.control.WorkflowVariables.CASE_REFERENCE;
import static org.casework.workflow.control.WorkflowVariables.CLOSE;
import static org.casework.workflow.control.WorkflowVariables.DECISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.OUTCOME;
import static org.casework.workflow.control.WorkflowVariables.PROCESS_KEY;
import static org.casework.workflow.control.WorkflowVariables.TRIAGE_OUTCOME;
import static org.casework.workflow.control.WorkflowVariables.TRIAGE_TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of workflows/complaint-handling.bpmn on an in-memory engine; delegates record what they were asked. */
@Deployment(resources = "workflows/complaint-handling.bpmn")
class ComplaintHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    private final List<String> letters = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        Mocks.register("generateDecisionLetter",
                (org.camunda.bpm.engine.delegate.JavaDelegate) e -> letters.add((String) e.getVariable(CASE_REFERENCE)));
        Mocks.register("closeCase",
                (org.camunda.bpm.engine.delegate.JavaDelegate) e -> closed.add((String) e.getVariable(CASE_REFERENCE)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void acceptedComplaintIsDecidedLetteredAndClosed() {
        ProcessInstance david = start("MSC-2026-000001");
        assertThat(david).isWaitingAt(TRIAGE_TASK);
        assertThat(task(david)).hasCandidateGroup("INVESTIGATOR");

        complete(task(david), Map.of(TRIAGE_OUTCOME, ACCEPT));
        assertThat(david).isWaitingAt(DECISION_TASK);
        assertThat(task(david)).hasCandidateGroup("CASE_EXAMINER");

        complete(task(david), Map.of(OUTCOME, "WARNING"));
        assertThat(david).hasPassedInOrder(TRIAGE_TASK, "triageOutcome", DECISION_TASK, "generateDecisionLetter",
                "closeCase", "caseClosed").isEnded();
        org.assertj.core.api.Assertions.assertThat(letters).containsExactly("MSC-2026-000001");
        org.assertj.core.api.Assertions.assertThat(closed).containsExactly("MSC-2026-000001");
    }

    @Test
    void complaintClosedAtTriageNeverReachesTheCaseExaminers() {
        ProcessInstance sue = start("MSC-2026-000002");
        complete(task(sue), Map.of(TRIAGE_OUTCOME, CLOSE));
        assertThat(sue).hasPassed("closedAtTriage").hasNotPassed(DECISION_TASK, "generateDecisionLetter").isEnded();
        org.assertj.core.api.Assertions.assertThat(letters).isEmpty();
    }

    @Test
    void aFailingLetterLeavesTheCaseWaitingForTheDecision() {
        Mocks.register("generateDecisionLetter", (org.camunda.bpm.engine.delegate.JavaDelegate) e -> {
            throw new IllegalStateException("printer on fire");
        });
        ProcessInstance david = start("MSC-2026-000003");
        complete(task(david), Map.of(TRIAGE_OUTCOME, ACCEPT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(david), Map.of(OUTCOME, "ADVICE")))
                .hasMessageContaining("printer on fire");
        assertThat(david).isWaitingAt(DECISION_TASK);
        org.assertj.core.api.Assertions.assertThat(closed).isEmpty();
    }

    private ProcessInstance start(String reference) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, reference, Map.of(CASE_REFERENCE, reference));
    }
}
