package org.casework.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.casework.workflow.control.WorkflowVariables.CASE_REFERENCE;
import static org.casework.workflow.control.WorkflowVariables.DELIVERY_PROCESS_KEY;
import static org.casework.workflow.control.WorkflowVariables.LETTER_ID;

/** Both paths of workflows/letter-delivery.bpmn: the letter is emailed; the mail server is down, then back. */
@Deployment(resources = "workflows/letter-delivery.bpmn")
class LetterDeliveryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    private final List<Long> emailed = new ArrayList<>();
    private boolean mailServerDown;

    @BeforeEach
    void registerDelegates() {
        Mocks.register("emailLetter", (JavaDelegate) e -> {
            if (mailServerDown) {
                throw new IllegalStateException("Letter could not be emailed");
            }
            emailed.add((Long) e.getVariable(LETTER_ID));
        });
        Mocks.register("serviceStandards", new ComplaintHandlingProcessTest.FixedStandards());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance deliver(long letterId) {
        return runtimeService().startProcessInstanceByKey(DELIVERY_PROCESS_KEY, "MSC-2026-000001",
                Map.of(CASE_REFERENCE, "MSC-2026-000001", LETTER_ID, letterId));
    }

    @Test
    void theLetterIsEmailedAfterTheIssueCommits() {
        ProcessInstance delivery = deliver(41L);
        assertThat(delivery).as("nothing is sent inside the issuing transaction").isWaitingAt("emailLetter");
        execute(job());
        assertThat(delivery).hasPassed("emailLetter").isEnded();
        Assertions.assertThat(emailed).containsExactly(41L);
    }

    @Test
    void aMailServerThatIsDownEndsAsAnIncidentThenTheLetterIsEmailedOnceWhenRetried() {
        mailServerDown = true;
        ProcessInstance delivery = deliver(42L);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> execute(job(delivery))).hasMessageContaining("could not be emailed");
        }
        Assertions.assertThat(runtimeService().createIncidentQuery()
                .processInstanceId(delivery.getId()).singleResult().getActivityId()).isEqualTo("emailLetter");
        Assertions.assertThat(emailed).isEmpty();

        mailServerDown = false;
        managementService().setJobRetries(job(delivery).getId(), 3);
        execute(job(delivery));
        assertThat(delivery).isEnded();
        Assertions.assertThat(emailed).containsExactly(42L);
    }
}
