package org.casework.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.casework.cases.entity.Complaint;
import org.casework.workflow.control.SanctionsGuidance;
import org.casework.workflow.control.SanctionsGuidance.Suggestion;

/** Puts the facts recorded at referral to the sanctions guidance; a case not yet referred has no suggestion. */
@ApplicationScoped
public class CaseGuidance {

    @Inject
    SanctionsGuidance guidance;

    public Optional<Suggestion> suggest(Complaint complaint, long previousFindings) {
        return complaint.facts().map(f -> guidance.suggest(Map.of(
                "patientIdentifiable", complaint.account().patientIdentifiable().name(),
                "harm", f.harm(), "repeated", f.repeated(), "intentional", f.intentional(),
                "insightShown", f.insightShown(), "previousFindings", previousFindings)));
    }
}
