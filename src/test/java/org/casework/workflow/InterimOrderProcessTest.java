package org.casework.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.casework.workflow.control.WorkflowVariables.*;

/**
 * Every path of workflows/interim-order.bpmn on an in-memory engine, timers fired after moving the engine's clock:
 * no order; an order reviewed, continued, then revoked; an order that reaches its last day; an order lifted when the
 * case closes.
 */
@Deployment(resources = {"workflows/interim-order.bpmn", "workflows/letter-approval.bpmn"})
class InterimOrderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private final Date start = new Date(1_790_000_000_000L);

    @BeforeEach
    void registerDelegates() {
        ClockUtil.setCurrentTime(start);
        for (String step : List.of("expireInterimOrder", "draftLetters", "issueLetters")) {
            Mocks.register(step, (JavaDelegate) e -> calls.add(step));
        }
        Mocks.register("serviceStandards", new ComplaintHandlingProcessTest.FixedStandards());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void thePanelMayMakeNoOrder() {
        ProcessInstance order = referred();
        assertThat(task(order)).hasCandidateGroup("CASE_EXAMINER");
        complete(task(order), withVariables(INTERIM_ORDER_MADE, false));
        assertThat(order).hasPassed("noInterimOrder").hasNotPassed("tellOfInterimOrder").isEnded();
    }

    @Test
    void anOrderIsReviewedAtItsIntervalContinuedThenRevoked() {
        ProcessInstance order = made(days(180), days(540));
        Assertions.assertThat(dueTimers()).isEmpty();
        fireAt(days(180));
        assertThat(order).isWaitingAt(INTERIM_REVIEW_TASK);
        assertThat(task(order)).hasCandidateGroup("CASE_EXAMINER");
        complete(task(order), withVariables(INTERIM_ORDER_KEPT, true, INTERIM_REVIEW_ON, days(360),
                INTERIM_ENDS_ON, days(500)));
        assertThat(order).isWaitingAt("whileInForce");
        Assertions.assertThat(jobQuery().timers().list()).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(days(360), days(500));
        fireAt(days(360));
        complete(task(order), withVariables(INTERIM_ORDER_KEPT, false));
        assertThat(order).hasPassed("interimOrderRevoked").isEnded();
        Assertions.assertThat(calls).isEmpty();
    }

    @Test
    void anOrderThatReachesItsLastDayExpires() {
        ProcessInstance order = made(days(200), days(90));
        fireAt(days(90));
        assertThat(order).isWaitingAt("expireInterimOrder");
        execute(jobQuery().processInstanceId(order.getId()).singleResult());
        assertThat(order).hasPassed("interimOrderExpired").hasNotPassed(INTERIM_REVIEW_TASK).isEnded();
        Assertions.assertThat(calls).containsExactly("expireInterimOrder");
    }

    @Test
    void theCasesClosingLiftsTheOrderAndItsTimers() {
        ProcessInstance order = made(days(180), days(540));
        runtimeService().createMessageCorrelation(INTERIM_LIFTED).processInstanceBusinessKey("MSC-2026-000001")
                .correlateAllWithResult();
        assertThat(order).hasPassed("caseClosedMeanwhile", "interimOrderLifted").isEnded();
        Assertions.assertThat(jobQuery().timers().count()).isZero();
    }

    private ProcessInstance referred() {
        ProcessInstance order = runtimeService().startProcessInstanceByKey(INTERIM_PROCESS_KEY, "MSC-2026-000001",
                Map.of(CASE_REFERENCE, "MSC-2026-000001"));
        assertThat(order).isWaitingAt(INTERIM_DECISION_TASK);
        return order;
    }

    private ProcessInstance made(Date review, Date ends) {
        ProcessInstance order = referred();
        complete(task(order), withVariables(INTERIM_ORDER_MADE, true, INTERIM_REVIEW_ON, review, INTERIM_ENDS_ON,
                ends));
        // the practitioner's letter of the order, drafted and approved by a second person, then issued
        assertThat(order).isWaitingAt("tellOfInterimOrder");
        ProcessInstance letters = calledProcessInstance("letterApproval", order);
        Assertions.assertThat(runtimeService().getVariable(letters.getId(), LETTER_SET)).isEqualTo("INTERIM");
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        complete(task(letters), withVariables(LETTERS_APPROVED, true));
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(order).hasPassed("tellOfInterimOrder").isWaitingAt("whileInForce");
        calls.clear();
        return order;
    }

    /** Moves the engine's clock to {@code when} and runs the one timer then due. */
    private void fireAt(Date when) {
        ClockUtil.setCurrentTime(when);
        List<Job> due = dueTimers();
        Assertions.assertThat(due).hasSize(1);
        managementService().executeJob(due.get(0).getId());
    }

    private List<Job> dueTimers() {
        return jobQuery().timers().executable().list();
    }

    private Date days(int n) {
        return new Date(start.getTime() + n * 24L * 3600 * 1000);
    }
}
