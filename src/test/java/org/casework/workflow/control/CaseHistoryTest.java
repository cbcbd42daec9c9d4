package org.casework.workflow.control;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The case's workflow story is in the order things happened, also when the database keeps only whole seconds. */
class CaseHistoryTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void stepsFinishedInTheSameInstantStayInTheOrderTheyHappened() {
        ProcessEngine engine = extension.getProcessEngine();
        // ids whose alphabetical order is not the order of the steps: the history's own ids begin with them
        engine.getRepositoryService().createDeployment().addModelInstance("same-second.bpmn",
                Bpmn.createExecutableProcess("sameSecond").startEvent()
                        .userTask("zulu").name("Notify practitioner")
                        .userTask("alpha").name("Record the response")
                        .userTask("mike").name("Investigate and refer")
                        .endEvent().done()).deploy();
        ClockUtil.setCurrentTime(new Date(1_796_600_000_000L)); // one instant for every step, as a second is on MariaDB
        engine.getRuntimeService().startProcessInstanceByKey("sameSecond", "MSC-2026-000777");
        for (String step : new String[] {"zulu", "alpha", "mike"}) {
            engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey("MSC-2026-000777").taskDefinitionKey(step).singleResult().getId());
        }

        assertThat(CaseHistory.of(engine.getHistoryService(), "MSC-2026-000777"))
                .extracting(CaseHistory.HistoricStep::name)
                .containsExactly("Notify practitioner", "Record the response", "Investigate and refer");
    }
}
