package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.ComplianceBreached;
import org.casework.cases.entity.Term;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.kernel.RegulatorTime.day;
import static org.casework.workflow.control.WorkflowVariables.COMPLIANCE_BREACHED;
import static org.casework.workflow.control.WorkflowVariables.COMPLIANCE_TASK;
import static org.casework.workflow.control.WorkflowVariables.MORE_CHECKS;
import static org.casework.workflow.control.WorkflowVariables.NEXT_CHECK_ON;

/**
 * Monitoring of undertakings agreed and conditions imposed: on each term's review day an investigator checks
 * compliance; complied, the next review day is awaited (none left, monitoring ends); breached, a new case about the
 * breach is opened ({@link ComplianceBreached}) and monitoring of these terms ends.
 */
@ApplicationScoped
@Transactional
public class Compliance {

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    RegulatorTime time;
    @Inject
    Event<ComplianceBreached> breached;

    /** The decision's terms now apply: the first check falls on the earliest review day. */
    public void monitor(Complaint complaint) {
        nextReview(complaint, time.today().minusDays(1)).ifPresent(first -> workflow.startCompliance(
                complaint.reference().value(), complaint.practitioner().nameKey(), complaint.platform().name(),
                complaint.team().value(), date(first)));
    }

    public void check(CaseReference reference, boolean complied, String note, StaffIdentity staff) {
        Task task = workflow.requireTask(reference.value(), COMPLIANCE_TASK, staff.roles());
        Complaint complaint = cases.require(reference);
        String why = Require.multiline(note, "note", 10_000);
        String what = complaint.decision().outcome().label().toLowerCase();
        Instant now = Instant.now();
        if (!complied) {
            steps.record(complaint, COMPLIANCE_TASK, staff.username(), now, "Breach of the " + what + " found: "
                    + why + " A new case about the breach is opened.");
            workflow.complete(task, staff.username(), Map.of(COMPLIANCE_BREACHED, true, MORE_CHECKS, false));
            breached.fire(new ComplianceBreached(reference, what, why));
            return;
        }
        Optional<LocalDate> next = nextReview(complaint, time.today());
        steps.record(complaint, COMPLIANCE_TASK, staff.username(), now, "The " + what + " complied with: " + why
                + next.map(d -> " Next check on " + day(d) + ".").orElse(" That was the last check."));
        workflow.complete(task, staff.username(), next.<Map<String, Object>>map(d -> Map.of(COMPLIANCE_BREACHED,
                false, MORE_CHECKS, true, NEXT_CHECK_ON, date(d))).orElse(Map.of(COMPLIANCE_BREACHED, false,
                MORE_CHECKS, false)));
    }

    /** The conditions or undertakings of the case's decision in force, each with its review day. */
    public List<Term> terms(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        return complaint.decision() == null ? List.of() : List.copyOf(complaint.decision().terms());
    }

    /** The earliest review day of the decision's terms after {@code after}. */
    private static Optional<LocalDate> nextReview(Complaint complaint, LocalDate after) {
        return complaint.decision() == null ? Optional.empty() : complaint.decision().terms().stream()
                .map(Term::reviewOn).filter(d -> d.isAfter(after)).min(Comparator.naturalOrder());
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(time.zone()).toInstant());
    }
}
