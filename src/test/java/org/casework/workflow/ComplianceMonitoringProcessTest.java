package org.casework.workflow;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.casework.workflow.control.WorkflowVariables.*;

/**
 * Every path of workflows/compliance-monitoring.bpmn on an in-memory engine, review days reached by moving the
 * engine's clock: each review day checked until none is left; a breach found; a sanction quashed meanwhile.
 */
@Deployment(resources = "workflows/compliance-monitoring.bpmn")
class ComplianceMonitoringProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    private final Date start = new Date(1_790_000_000_000L);

    @BeforeEach
    void registerStandards() {
        ClockUtil.setCurrentTime(start);
        Mocks.register("serviceStandards", new ComplianceStandards());
    }

    /** Checks are due a week after they open, as the test's service standards say. */
    public static final class ComplianceStandards {
        public Date due(String step) {
            return new Date(ClockUtil.getCurrentTime().getTime() + 7L * 24 * 3600 * 1000);
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void eachReviewDayIsCheckedUntilNoneIsLeft() {
        ProcessInstance monitoring = started(days(90));
        Assertions.assertThat(jobQuery().timers().executable().list()).as("nothing before the day").isEmpty();
        reach(days(90));
        assertThat(monitoring).isWaitingAt(COMPLIANCE_TASK);
        assertThat(task(monitoring)).hasCandidateGroup("INVESTIGATOR");
        complete(task(monitoring), withVariables(COMPLIANCE_BREACHED, false, MORE_CHECKS, true, NEXT_CHECK_ON,
                days(180)));
        assertThat(monitoring).isWaitingAt("checkDue");
        reach(days(180));
        complete(task(monitoring), withVariables(COMPLIANCE_BREACHED, false, MORE_CHECKS, false));
        assertThat(monitoring).hasPassed("monitoringComplete").hasNotPassed("breachReferred").isEnded();
    }

    @Test
    void aBreachEndsTheMonitoringAndIsReferred() {
        ProcessInstance monitoring = started(days(30));
        reach(days(30));
        complete(task(monitoring), withVariables(COMPLIANCE_BREACHED, true, MORE_CHECKS, false));
        assertThat(monitoring).hasPassed("breachReferred").hasNotPassed("monitoringComplete").isEnded();
    }

    @Test
    void aSanctionQuashedOnAppealIsCheckedNoMore() {
        ProcessInstance monitoring = started(days(30));
        runtimeService().createMessageCorrelation(SANCTION_QUASHED).processInstanceBusinessKey("MSC-2026-000001")
                .correlateAllWithResult();
        assertThat(monitoring).hasPassed("monitoringEnded").isEnded();
        Assertions.assertThat(jobQuery().timers().count()).isZero();
    }

    private ProcessInstance started(Date firstCheck) {
        ProcessInstance monitoring = runtimeService().startProcessInstanceByKey(COMPLIANCE_PROCESS_KEY,
                "MSC-2026-000001", Map.of(CASE_REFERENCE, "MSC-2026-000001", NEXT_CHECK_ON, firstCheck));
        assertThat(monitoring).isWaitingAt("checkDue");
        return monitoring;
    }

    private void reach(Date day) {
        ClockUtil.setCurrentTime(day);
        List<Job> due = jobQuery().timers().executable().list();
        Assertions.assertThat(due).hasSize(1);
        managementService().executeJob(due.get(0).getId());
    }

    private Date days(int n) {
        return new Date(start.getTime() + n * 24L * 3600 * 1000);
    }
}
