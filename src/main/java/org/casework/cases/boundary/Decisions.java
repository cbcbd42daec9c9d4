package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decision;
import org.casework.cases.entity.PaymentOrders;
import org.casework.cases.entity.Term;
import org.casework.kernel.CaseReference;
import org.casework.kernel.ClauseId;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.platform.control.CaseworkConfig;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.register.control.Register;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.workflow.control.WorkflowVariables.DECISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.HEARING_ADJOURNED;
import static org.casework.workflow.control.WorkflowVariables.HEARING_TASK;
import static org.casework.workflow.control.WorkflowVariables.ORDER_ENDS_ON;
import static org.casework.workflow.control.WorkflowVariables.OUTCOME;
import static org.casework.workflow.control.WorkflowVariables.REVIEW_DUE_ON;
import static org.casework.workflow.control.WorkflowVariables.REVIEW_TASK;
import static org.casework.workflow.control.WorkflowVariables.REVISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.WARNING_EXPIRES_ON;

/**
 * Decisions on a case: the case examiners' (who neither triaged nor investigated it), a hearing panel's (recorded
 * by a case examiner for the panel), and the review of conditions or a suspension before they end.
 */
@ApplicationScoped
@Transactional
public class Decisions {

    /** Reviews fall due this many days before an order ends. */
    static final int REVIEW_BEFORE_END_DAYS = 28;

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    PolicyLibrary policies;
    @Inject
    RegulatorTime time;
    @Inject
    Register register;
    @Inject
    Compliance compliance;
    @Inject
    CaseworkConfig config;

    public void record(CaseReference reference, Outcome outcome, String reasons, List<ClauseId> clauses,
                       StaffIdentity examiner) {
        record(reference, outcome, reasons, clauses, List.of(), examiner);
    }

    /** With the undertakings proposed, each with the day compliance is checked (none for other outcomes). */
    public void record(CaseReference reference, Outcome outcome, String reasons, List<ClauseId> clauses,
                       List<Term> terms, StaffIdentity examiner) {
        Task task = workflow.requireTask(reference.value(), DECISION_TASK, examiner.roles());
        Complaint complaint = cases.require(reference);
        Outcome parsed = allowed(present(outcome), config.examinerOutcomes(), "the case examiners");
        complaint.decide(new Decision(parsed, reasons, policies.cited(clauses), complaint.conductDate(),
                examiner.username(), Instant.now()).withTerms(terms, null));
        workflow.complete(task, examiner.username(), Map.of(OUTCOME, parsed.name()));
    }

    /** The panel's outcome replaces the case examiners'; an order's review falls due 28 days before it ends. */
    public void recordHearingDecision(CaseReference reference, Outcome outcome, String reasons,
                                      List<ClauseId> clauses, LocalDate orderEndsOn, StaffIdentity clerk) {
        recordHearingDecision(reference, outcome, reasons, clauses, orderEndsOn, List.of(), clerk);
    }

    /** With the conditions imposed, each with the day compliance is checked (none for other outcomes). */
    public void recordHearingDecision(CaseReference reference, Outcome outcome, String reasons,
                                      List<ClauseId> clauses, LocalDate orderEndsOn, List<Term> terms,
                                      StaffIdentity clerk) {
        recordHearingDecision(reference, outcome, reasons, clauses, orderEndsOn, terms, null, null, clerk);
    }

    /**
     * With a fine and costs ordered beside the outcome, where the regulator's settings allow them
     * ({@code casework.hearing.fine-max}, {@code casework.hearing.costs}); the amounts are checked with the rest of
     * the decision, every refused field at once.
     */
    public void recordHearingDecision(CaseReference reference, Outcome outcome, String reasons,
                                      List<ClauseId> clauses, LocalDate orderEndsOn, List<Term> terms,
                                      BigDecimal fine, BigDecimal costs, StaffIdentity clerk) {
        Task task = workflow.requireTask(reference.value(), HEARING_TASK, clerk.roles());
        Complaint complaint = cases.require(reference);
        FieldErrors errors = new FieldErrors();
        PaymentOrders payment = errors.check(() -> PaymentOrders.of(fine, costs, config.fineMax(),
                config.costsOrders()));
        Outcome parsed = errors.check(() -> allowed(present(outcome), config.hearingOutcomes(), "a hearing panel"));
        Decision hearing = parsed == null ? null : errors.check(() -> Decision.ofHearingPanel(parsed, reasons,
                policies.cited(clauses), complaint.conductDate(), clerk.username(), Instant.now())
                .withTerms(terms, parsed == Outcome.CONDITIONS ? orderEndsOn : null).withPaymentOrders(payment));
        errors.throwIfAny();
        complaint.recordHearingDecision(hearing, orderEndsOn);
        // decided, not adjourned: an earlier sitting's adjournment must not send the case round again
        Map<String, Object> variables = new HashMap<>(Map.of(OUTCOME, parsed.name(), HEARING_ADJOURNED, false));
        if (parsed == Outcome.ERASURE) {
            onRegister(complaint, parsed, null); // off the register until restored: nothing to review or expire
        } else if (parsed.isTimedOrder()) {
            variables.put(ORDER_ENDS_ON, date(orderEndsOn));
            variables.put(REVIEW_DUE_ON, date(orderEndsOn.minusDays(REVIEW_BEFORE_END_DAYS)));
            onRegister(complaint, parsed, orderEndsOn);
        } else if (parsed == Outcome.WARNING) {
            complaint.publishWarningFrom(time.today());
            variables.put(WARNING_EXPIRES_ON, date(complaint.terms().warningExpiresOn()));
            onRegister(complaint, parsed, complaint.terms().warningExpiresOn());
        } else if (parsed == Outcome.CENSURE) {
            // published for the time the settings say, then taken off by the same timer as a warning's
            LocalDate until = time.today().plusMonths(config.censureMonths());
            variables.put(WARNING_EXPIRES_ON, date(until));
            onRegister(complaint, parsed, until);
        }
        workflow.complete(task, clerk.username(), variables);
    }

    /**
     * The letters of a decision were rejected: the decision's maker may reword its reasons (only they may), then the
     * letters are drafted again.
     */
    public void reviseReasons(CaseReference reference, String revisedReasons, StaffIdentity reviser) {
        Task task = workflow.requireTask(reference.value(), REVISION_TASK, reviser.roles());
        if (revisedReasons != null && !revisedReasons.isBlank()) {
            cases.require(reference).decision().reviseReasons(revisedReasons, reviser.username());
        }
        workflow.complete(task, reviser.username(), Map.of());
    }

    public void reviewOrder(CaseReference reference, String note, StaffIdentity examiner) {
        Task task = workflow.requireTask(reference.value(), REVIEW_TASK, examiner.roles());
        steps.record(cases.require(reference), REVIEW_TASK, examiner.username(), Instant.now(),
                Require.multiline(note, "note", 20_000));
        workflow.complete(task, examiner.username(), Map.of());
    }

    /** BPMN step {@code recordWarningExpiry}: two years on, the warning (or a censure) comes off the register. */
    public void recordWarningExpiry(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        if (complaint.decision() != null && complaint.decision().outcome() == Outcome.CENSURE) {
            register.expire(reference, Outcome.CENSURE, time.today());
            steps.record(complaint, "recordWarningExpiry", CaseStep.SYSTEM, Instant.now(),
                    "The censure's time on the register has ended");
            return;
        }
        register.expire(reference, Outcome.WARNING, time.today());
        steps.record(complaint, "recordWarningExpiry", CaseStep.SYSTEM, Instant.now(),
                "The warning published until " + complaint.terms().warningExpiresOn() + " has expired");
    }

    /**
     * What a hearing imposed goes on the registrant's entry, from today until it ends, with its conditions; their
     * review days start the monitoring of compliance.
     */
    private void onRegister(Complaint complaint, Outcome imposed, LocalDate until) {
        if (complaint.registrant() != null) {
            register.impose(complaint.registrant(), imposed, complaint.reference(), time.today(), until)
                    .withTerms(complaint.decision().terms().stream().map(Term::text).toList());
            if (imposed == Outcome.ERASURE) {
                complaint.registrant().erase();
            }
        }
        compliance.monitor(complaint);
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(time.zone()).toInstant());
    }

    /** An outcome the regulator's settings let this decider choose (casework.outcomes.examiners, .hearing). */
    private static Outcome allowed(Outcome outcome, List<Outcome> open, String decider) {
        if (!open.contains(outcome)) {
            throw new InvalidFieldException("outcome", "is not one " + decider + " may decide here: "
                    + open.stream().map(Outcome::label).toList());
        }
        return outcome;
    }

    private static Outcome present(Outcome outcome) {
        if (outcome == null) {
            throw Outcome.refusal();
        }
        return outcome;
    }
}
