package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

/**
 * Asks {@code workflows/sanctions-guidance.dmn} for the range of outcomes to consider, from the facts recorded at
 * referral. A suggestion for the case examiners, shown with the rule that fired; never applied.
 */
@ApplicationScoped
public class SanctionsGuidance {

    public static final String DECISION_KEY = "sanctionsGuidance";

    /** The range, the DMN row that fired, and why. */
    public record Suggestion(String lowest, String highest, String rule, String rationale) implements Serializable {
    }

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** The table's answer for the facts named by its inputs ({@code patientIdentifiable}, {@code harm}, ...). */
    public Suggestion suggest(Map<String, Object> facts) {
        DmnDecisionResultEntries row = bootstrap.engine().getDecisionService()
                .evaluateDecisionByKey(DECISION_KEY)
                .variables(facts)
                .evaluate().getSingleResult();
        return new Suggestion(row.getEntry("lowest"), row.getEntry("highest"), row.getEntry("rule"),
                row.getEntry("rationale"));
    }
}
