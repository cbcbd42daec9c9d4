package org.casework.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.ComplianceBreached;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.Receipt;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;

/**
 * A breach of undertakings or conditions found at a compliance check becomes a case of its own, raised by the
 * regulator about the same practitioner and platform, triaged as any complaint is; the earlier case says which.
 */
@ApplicationScoped
public class BreachReferrals {

    @Inject
    ComplaintIntake intake;
    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseworkConfig config;
    @Inject
    RegulatorTime time;

    void open(@Observes ComplianceBreached breach) {
        Complaint earlier = cases.require(breach.reference());
        var named = earlier.practitioner();
        ComplaintSubmission submission = new ComplaintSubmission(
                new ComplaintSubmission.Complainant(config.regulatorName() + " (compliance monitoring)",
                        config.regulatorEmail(), null, "OTHER"),
                new ComplaintSubmission.Practitioner(named.name(), earlier.registrant() != null
                        ? earlier.registrant().registrationNumber() : named.registrationNumber(), named.workplace(),
                        named.profession()),
                earlier.platform().name(), earlier.postLinks().stream().map(l -> l.url()).toList(),
                time.today().toString(), null, "A compliance check found a breach of the " + breach.breached()
                + " of case " + breach.reference() + ": " + breach.note(), null, null, Boolean.TRUE, Boolean.FALSE);
        Receipt receipt = intake.submit(submission, List.of());
        steps.record(earlier, "breachReferred", CaseStep.SYSTEM, Instant.now(), "The breach is case "
                + receipt.reference() + ", for triage.");
    }
}
