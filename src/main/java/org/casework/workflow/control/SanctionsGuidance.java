package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Answers kept: the facts have few combinations, and the table is deployed once, at start-up. */
    static final int MOST_KEPT = 1_000;

    @Inject
    ProcessEngineBootstrap bootstrap;

    /*
     * Every case page shows the suggestion; asking the engine each time looked the table up in the repository and wrote
     * a decision instance to the history (history level full) per page view. The table's answer depends on the facts
     * alone, so it is asked once per combination of facts.
     */
    private final Map<Map<String, Object>, Suggestion> answered = new ConcurrentHashMap<>();

    /** The table's answer for the facts named by its inputs ({@code patientIdentifiable}, {@code harm}, ...). */
    public Suggestion suggest(Map<String, Object> facts) {
        Suggestion known = answered.get(facts);
        if (known != null) {
            return known;
        }
        DmnDecisionResultEntries row = bootstrap.engine().getDecisionService()
                .evaluateDecisionByKey(DECISION_KEY)
                .variables(facts)
                .evaluate().getSingleResult();
        Suggestion suggestion = new Suggestion(row.getEntry("lowest"), row.getEntry("highest"), row.getEntry("rule"),
                row.getEntry("rationale"));
        if (answered.size() < MOST_KEPT) {
            answered.put(Map.copyOf(facts), suggestion);
        }
        return suggestion;
    }
}
