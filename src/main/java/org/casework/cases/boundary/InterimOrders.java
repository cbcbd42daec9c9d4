package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.platform.control.CaseworkConfig;
import org.casework.register.control.Register;
import org.casework.register.entity.Sanction;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.kernel.RegulatorTime.day;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_DECISION_TASK;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_ENDS_ON;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_ORDER_KEPT;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_ORDER_MADE;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_REVIEW_ON;
import static org.casework.workflow.control.WorkflowVariables.INTERIM_REVIEW_TASK;

/**
 * Interim orders while a case runs: an investigator or a case examiner refers the case; the interim orders panel's
 * decision (recorded by a case examiner) is no order, or conditions or a suspension until a day at most
 * {@code casework.interim.max-months} away, on the public register at once; it is reviewed every
 * {@code casework.interim.review-months}, continued (perhaps to another day) or revoked; it ends on its last day, or
 * when the case closes with its final decision.
 */
@ApplicationScoped
@Transactional
public class InterimOrders {

    static final String REFERRED = "interimOrderReferred";

    /** The panel's decision: {@code made} with its kind (CONDITIONS or SUSPENSION) and last day, with reasons. */
    public record Ruling(boolean made, Outcome kind, LocalDate endsOn, String reasons) {
    }

    /** A review: the order continues ({@code keep}, perhaps until a new {@code endsOn}) or is revoked; a note. */
    public record Review(boolean keep, LocalDate endsOn, String note) {
    }

    /** Where the case stands: an order considered (the panel's decision awaited), and the order in force, if any. */
    public record Standing(boolean considered, String kind, String label, LocalDate from, LocalDate until)
            implements Serializable {
    }

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    Register register;
    @Inject
    RegulatorTime time;
    @Inject
    CaseworkConfig config;

    public void refer(CaseReference reference, String reason, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners refer a case for an interim order");
        }
        Complaint complaint = cases.require(reference);
        if (!complaint.isOpen()) {
            throw new WrongStageException("Case " + reference + " is closed: an interim order is for a case that runs");
        }
        if (workflow.interimOrderRunning(reference.value())) {
            throw new WrongStageException("An interim order of case " + reference + " is already being considered "
                    + "or in force");
        }
        String why = Require.multiline(reason, "reason", 4000);
        workflow.startInterimOrder(reference.value(), complaint.practitioner().nameKey(), complaint.platform().name(),
                complaint.team().value());
        steps.record(complaint, REFERRED, staff.username(), Instant.now(), "Referred for an interim order: " + why);
    }

    public void decide(CaseReference reference, Ruling ruling, StaffIdentity staff) {
        Task task = workflow.requireTask(reference.value(), INTERIM_DECISION_TASK, staff.roles());
        Complaint complaint = cases.require(reference);
        LocalDate today = time.today();
        FieldErrors errors = new FieldErrors();
        String reasons = errors.check(() -> Require.multiline(ruling.reasons(), "reasons", 10_000));
        if (ruling.made()) {
            checkOrder(ruling.kind(), ruling.endsOn(), today, today, errors);
        }
        errors.throwIfAny();
        Instant now = Instant.now();
        if (!ruling.made()) {
            steps.record(complaint, INTERIM_DECISION_TASK, staff.username(), now, "No interim order: " + reasons);
            workflow.complete(task, staff.username(), Map.of(INTERIM_ORDER_MADE, false));
            return;
        }
        if (complaint.registrant() == null) {
            throw new WrongStageException("Case " + reference + " names nobody on the register: match the "
                    + "practitioner to their registration before an order is recorded");
        }
        Sanction order = register.imposeInterim(complaint.registrant(), ruling.kind(), reference, today,
                ruling.endsOn());
        steps.record(complaint, INTERIM_DECISION_TASK, staff.username(), now, order.label() + " until "
                + day(order.endsOn()) + ", on the public register from today: " + reasons);
        workflow.complete(task, staff.username(), Map.of(INTERIM_ORDER_MADE, true, INTERIM_REVIEW_ON,
                date(nextReview(today, order.endsOn())), INTERIM_ENDS_ON, date(order.endsOn())));
    }

    public void review(CaseReference reference, Review review, StaffIdentity staff) {
        Task task = workflow.requireTask(reference.value(), INTERIM_REVIEW_TASK, staff.roles());
        Complaint complaint = cases.require(reference);
        Sanction order = current(reference).orElseThrow(() -> new WrongStageException("Case " + reference
                + " has no interim order in force to review"));
        LocalDate today = time.today();
        FieldErrors errors = new FieldErrors();
        String note = errors.check(() -> Require.multiline(review.note(), "note", 10_000));
        if (review.keep() && review.endsOn() != null) {
            checkOrder(order.kind(), review.endsOn(), order.startsOn(), today, errors);
        }
        errors.throwIfAny();
        Instant now = Instant.now();
        if (!review.keep()) {
            order.revoke(today);
            steps.record(complaint, INTERIM_REVIEW_TASK, staff.username(), now, "The " + order.label().toLowerCase()
                    + " is revoked and off the public register: " + note);
            workflow.complete(task, staff.username(), Map.of(INTERIM_ORDER_KEPT, false));
            return;
        }
        if (review.endsOn() != null) {
            order.endOn(review.endsOn());
        }
        steps.record(complaint, INTERIM_REVIEW_TASK, staff.username(), now, "The " + order.label().toLowerCase()
                + " continues until " + day(order.endsOn()) + ": " + note);
        workflow.complete(task, staff.username(), Map.of(INTERIM_ORDER_KEPT, true, INTERIM_REVIEW_ON,
                date(nextReview(today, order.endsOn())), INTERIM_ENDS_ON, date(order.endsOn())));
    }

    /** BPMN step {@code expireInterimOrder}: the order's last day has passed. */
    public void expire(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        current(reference).ifPresent(order -> {
            order.expire(time.today());
            steps.record(complaint, "expireInterimOrder", CaseStep.SYSTEM, Instant.now(), "The "
                    + order.label().toLowerCase() + " ended on " + day(order.endsOn()) + " and is off the register");
        });
    }

    /**
     * The case is decided and closed: its interim order gives way to the final decision. Called once the closing has
     * committed ({@link InterimOrderLifting}): a case closes inside a workflow step, where the engine must not be
     * asked to correlate a message to another process.
     */
    void lift(CaseReference reference) {
        current(reference).ifPresent(order -> order.supersede(time.today()));
        workflow.interimOrderLifted(reference.value());
    }

    public Standing standing(CaseReference reference) {
        cases.require(reference);
        boolean considered = workflow.openTask(reference.value(), INTERIM_DECISION_TASK).isPresent();
        return current(reference).map(s -> new Standing(considered, s.kind().name(), s.label(), s.startsOn(),
                s.endsOn())).orElse(new Standing(considered, null, null, null, null));
    }

    /** Whether a case may be referred now: open, and no order considered or in force. */
    public boolean mayRefer(CaseReference reference) {
        return cases.find(reference).map(Complaint::isOpen).orElse(false)
                && !workflow.interimOrderRunning(reference.value());
    }

    public Optional<Sanction> current(CaseReference reference) {
        return register.interimOrder(reference);
    }

    private void checkOrder(Outcome kind, LocalDate endsOn, LocalDate started, LocalDate today, FieldErrors errors) {
        if (kind != Outcome.CONDITIONS && kind != Outcome.SUSPENSION) {
            errors.add(new InvalidFieldException("kind", "must be CONDITIONS or SUSPENSION"));
        }
        LocalDate latest = started.plusMonths(config.interimMaxMonths());
        if (endsOn == null) {
            errors.add(new InvalidFieldException("endsOn", "is needed: the order's last day"));
        } else if (!endsOn.isAfter(today)) {
            errors.add(new InvalidFieldException("endsOn", "must be after today"));
        } else if (endsOn.isAfter(latest)) {
            errors.add(new InvalidFieldException("endsOn", "an interim order runs at most " + config.interimMaxMonths()
                    + " months: " + day(latest) + " at the latest"));
        }
    }

    private LocalDate nextReview(LocalDate today, LocalDate endsOn) {
        LocalDate review = today.plusMonths(config.interimReviewMonths());
        return review.isBefore(endsOn) ? review : endsOn.minusDays(1);
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(time.zone()).toInstant());
    }
}
