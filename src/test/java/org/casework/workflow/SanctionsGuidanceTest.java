package org.casework.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of workflows/sanctions-guidance.dmn, each reached by the facts meant for it and no earlier row. */
@Deployment(resources = "workflows/sanctions-guidance.dmn")
class SanctionsGuidanceTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{6}")
    @CsvSource({
            // identifiable, harm, repeated, intentional, insight, previous findings, rule, lowest, highest
            "YES,      SERIOUS, false, true,  false, 0, seriousIntentionalHarm,     CONDITIONS,        SUSPENSION",
            "NO,       SERIOUS, false, false, true,  0, seriousHarm,                UNDERTAKINGS,      CONDITIONS",
            "NO,       NONE,    true,  false, true,  2, repeatedAfterEarlierFinding, WARNING,          CONDITIONS",
            "YES,      MINOR,   false, false, false, 0, identifiableWithoutInsight, WARNING,           UNDERTAKINGS",
            "YES,      NONE,    false, false, true,  0, identifiableWithInsight,    ADVICE,            WARNING",
            "NOT_SURE, NONE,    true,  false, false, 0, repeatedConduct,            ADVICE,            WARNING",
            "NO,       MINOR,   false, false, false, 0, minorHarm,                  ADVICE,            WARNING",
            "NOT_SURE, NONE,    false, false, false, 0, noAggravatingFacts,         NO_FURTHER_ACTION, ADVICE"})
    void eachRowFiresForItsFacts(String identifiable, String harm, boolean repeated, boolean intentional,
                                 boolean insight, int previous, String rule, String lowest, String highest) {
        DmnDecisionResultEntries result = evaluate(identifiable, harm, repeated, intentional, insight, previous);
        assertThat((String) result.get("rule")).isEqualTo(rule);
        assertThat((String) result.get("lowest")).isEqualTo(lowest);
        assertThat((String) result.get("highest")).isEqualTo(highest);
        assertThat((String) result.get("rationale")).isNotBlank();
    }

    @Test
    void davidsFactsSuggestAWarningAtLeast() {
        // patients identifiable from public, geo-tagged posts; a colleague's injury shown; no insight yet
        DmnDecisionResultEntries david = evaluate("YES", "MINOR", true, false, false, 0);
        assertThat((String) david.get("rule")).isEqualTo("identifiableWithoutInsight");
        assertThat((String) david.get("lowest")).isEqualTo("WARNING");
    }

    private DmnDecisionResultEntries evaluate(String identifiable, String harm, boolean repeated, boolean intentional,
                                              boolean insight, int previous) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("patientIdentifiable", identifiable);
        facts.put("harm", harm);
        facts.put("repeated", repeated);
        facts.put("intentional", intentional);
        facts.put("insightShown", insight);
        facts.put("previousFindings", previous);
        return processEngine.getDecisionService().evaluateDecisionByKey("sanctionsGuidance").variables(facts)
                .evaluate().getSingleResult();
    }
}
