package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.casework.cases.entity.Complaint;

/**
 * Asks {@code workflows/sanctions-guidance.dmn} for the range of outcomes to consider, from the facts recorded at
 * referral. A suggestion for the case examiners, shown with the rule that fired; never applied.
 */
@ApplicationScoped
public class SanctionsGuidance {

    public static final String DECISION_KEY = "sanctionsGuidance";

    /** The range, the DMN row that fired, and why. */
    public record Suggestion(String lowest, String highest, String rule, String rationale) implements java.io.Serializable {
    }

    @Inject
    ProcessEngineBootstrap bootstrap;

    public Optional<Suggestion> suggest(Complaint complaint, long previousFindings) {
        return complaint.facts().map(f -> {
            DmnDecisionResultEntries row = bootstrap.engine().getDecisionService()
                    .evaluateDecisionByKey(DECISION_KEY)
                    .variables(Map.of("patientIdentifiable", complaint.account().patientIdentifiable().name(),
                            "harm", f.harm(), "repeated", f.repeated(), "intentional", f.intentional(),
                            "insightShown", f.insightShown(), "previousFindings", previousFindings))
                    .evaluate().getSingleResult();
            return new Suggestion(row.getEntry("lowest"), row.getEntry("highest"), row.getEntry("rule"),
                    row.getEntry("rationale"));
        });
    }
}
