package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Appeal;
import org.casework.cases.entity.AppealDecided;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.WrongStageException;
import org.casework.platform.control.CaseworkConfig;
import org.casework.register.control.Register;
import org.casework.register.entity.Sanction;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseTimers;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.kernel.RegulatorTime.day;
import static org.casework.workflow.control.WorkflowVariables.APPEAL_RESULT;
import static org.casework.workflow.control.WorkflowVariables.APPEAL_TASK;
import static org.casework.workflow.control.WorkflowVariables.ORDER_ENDS_ON;
import static org.casework.workflow.control.WorkflowVariables.SANCTION_TIMERS;

/**
 * Appeals against a hearing's sanction: staff record one lodged with the court (within the window the decision's
 * letter opened; the sanction held meanwhile where the regulator's rules or the court say so) and, later, the court's
 * result, which the register and the case's timers follow in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Appeals {

    static final String LODGED = "appealLodged";

    /** An order's review falls due this many days before it ends, as after the hearing. */
    static final int REVIEW_BEFORE_END_DAYS = Decisions.REVIEW_BEFORE_END_DAYS;

    /** What the staff form and the API send when an appeal is lodged. */
    public record Lodging(LocalDate lodgedOn, String grounds, boolean stayOrdered) {
    }

    /** The court's result as staff record it; {@code variedTo} and {@code variedEndsOn} only for a variation. */
    public record Result(Appeal.Result result, LocalDate decidedOn, String reasons, Outcome variedTo,
                         LocalDate variedEndsOn) {
    }

    /** The case's appeals, and the sanction that may still be appealed and until when (both absent when none). */
    public record Overview(String appealableKind, LocalDate appealableUntil, List<AppealView> appeals)
            implements Serializable {
    }

    /** One appeal as lodged and, once decided, the court's result; kinds and results as keys and in words. */
    public record AppealView(long id, String sanctionKind, String sanctionKindLabel, String sanctionState,
                             LocalDate lodgedOn, String grounds, boolean stayed, String lodgedBy, String result,
                             LocalDate decidedOn, String reasons, String variedTo, LocalDate variedEndsOn,
                             String recordedBy) implements Serializable {
        static AppealView of(Appeal a) {
            return new AppealView(a.id(), a.sanction().kind().name(), a.sanction().kind().label(),
                    a.sanction().state().name(), a.lodgedOn(), a.grounds(), a.stayed(), a.lodgedBy(),
                    a.result() == null ? null : a.result().name(), a.decidedOn(), a.reasons(),
                    a.variedTo() == null ? null : a.variedTo().name(), a.variedEndsOn(), a.recordedBy());
        }
    }

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    CaseTimers timers;
    @Inject
    Register register;
    @Inject
    RegulatorTime time;
    @Inject
    CaseworkConfig config;
    @Inject
    EntityManager em;
    @Inject
    Event<AppealDecided> appealDecided;

    public Appeal lodge(CaseReference reference, Lodging lodging, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners record an appeal");
        }
        return lodge(reference, lodging, staff.username());
    }

    /** Checks an appeal as {@link #lodge} would, every refused field at once, and records nothing. */
    public void check(CaseReference reference, Lodging lodging) {
        Complaint complaint = cases.require(reference);
        appealable(complaint).ifPresent(sanction -> new Appeal(complaint, sanction, lodging.lodgedOn(), time.today(),
                lodging.grounds(), false, "check", Instant.now()));
    }

    /** The practitioner (or their representative) tells us in the portal; whoever calls has checked their access. */
    public Appeal lodge(CaseReference reference, Lodging lodging, String lodgedBy) {
        Complaint complaint = cases.require(reference);
        if (!of(complaint).isEmpty()) {
            throw new WrongStageException("An appeal was lodged already in case " + reference
                    + (open(complaint).isPresent() ? ": record its result first" : ", and decided"));
        }
        Sanction sanction = appealable(complaint).orElseThrow(() -> new WrongStageException("Case " + reference
                + " has no sanction a hearing imposed that may be appealed"));
        boolean stayed = lodging.stayOrdered() || config.appealStays().contains(sanction.kind());
        Instant now = Instant.now();
        Appeal appeal = new Appeal(complaint, sanction, lodging.lodgedOn(), time.today(), lodging.grounds(), stayed,
                lodgedBy, now);
        em.persist(appeal);
        if (stayed) {
            sanction.hold(time.today());
        }
        workflow.startAppeal(reference.value(), complaint.practitioner().nameKey(), complaint.platform().name(),
                complaint.team().value());
        steps.record(complaint, LODGED, lodgedBy, now, "Appeal lodged with the court on "
                + day(appeal.lodgedOn()) + " against the " + sanction.kind().label().toLowerCase()
                + (stayed ? "; it is held until the appeal is decided" : "; it stays in force meanwhile")
                + ". Grounds: " + appeal.grounds());
        return appeal;
    }

    public Appeal recordResult(CaseReference reference, Result result, StaffIdentity staff) {
        Task task = workflow.requireTask(reference.value(), APPEAL_TASK, staff.roles());
        Complaint complaint = cases.require(reference);
        Appeal appeal = open(complaint).orElseThrow(() -> new WrongStageException("Case " + reference
                + " has no appeal waiting for its result"));
        Instant now = Instant.now();
        LocalDate today = time.today();
        appeal.decide(result.result(), result.decidedOn(), today, result.reasons(), result.variedTo(),
                result.variedEndsOn(), staff.username(), now);
        Sanction sanction = appeal.sanction();
        String effect = switch (appeal.result()) {
            case DISMISSED -> dismissed(complaint, sanction, today);
            case QUASHED -> {
                sanction.revoke(today);
                restoreIfErased(sanction);
                workflow.sanctionQuashed(reference.value());
                yield "the " + sanction.kind().label().toLowerCase() + " is lifted and off the register";
            }
            case VARIED -> varied(complaint, sanction, appeal.variedTo(), appeal.variedEndsOn(), today);
        };
        steps.record(complaint, APPEAL_TASK, staff.username(), now, words(appeal.result()) + " on "
                + day(appeal.decidedOn()) + ": " + effect + ". " + appeal.reasons());
        workflow.complete(task, staff.username(), Map.of(APPEAL_RESULT, appeal.result().name()));
        appealDecided.fire(new AppealDecided(reference, appeal.result()));
        return appeal;
    }

    public Overview overview(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        List<Appeal> appeals = of(complaint);
        Optional<Sanction> appealable = appeals.isEmpty() ? appealable(complaint) : Optional.empty();
        return new Overview(appealable.map(s -> s.kind().name()).orElse(null),
                appealable.map(Sanction::appealUntil).orElse(null),
                appeals.stream().map(AppealView::of).toList());
    }

    public List<Appeal> of(Complaint complaint) {
        return em.createNamedQuery(Appeal.OF_CASE, Appeal.class).setParameter("complaint", complaint).getResultList();
    }

    /**
     * The sanction an appeal may be lodged against today, if any: a hearing's, its letter issued, still in time. One
     * appeal per decision: a further appeal against the court's own decision is not the regulator's to record.
     */
    public Optional<Sanction> appealable(Complaint complaint) {
        LocalDate today = time.today();
        return register.running(complaint.reference()).stream().filter(s -> s.appealableOn(today)).findFirst();
    }

    public Optional<Appeal> open(Complaint complaint) {
        return of(complaint).stream().filter(a -> !a.isDecided()).findFirst();
    }

    /** A held sanction runs again for its whole length; the case's timers move by the days it was held. */
    private String dismissed(Complaint complaint, Sanction sanction, LocalDate today) {
        if (sanction.state() != Sanction.State.HELD) {
            return "the " + sanction.kind().label().toLowerCase() + " stands";
        }
        int held = sanction.resume(today);
        if (sanction.endsOn() != null) {
            complaint.sanctionEndsOn(sanction.kind(), sanction.endsOn());
            timers.postpone(complaint.reference().value(), SANCTION_TIMERS, held);
            workflow.setCaseVariable(complaint.reference().value(), ORDER_ENDS_ON, date(sanction.endsOn()));
        }
        return "the " + sanction.kind().label().toLowerCase() + " held pending the appeal is in force again, now until " + day(sanction.endsOn());
    }

    /** The court's order replaces the hearing's from today; the case's watch moves to its end. */
    private String varied(Complaint complaint, Sanction sanction, Outcome to, LocalDate endsOn, LocalDate today) {
        sanction.supersede(today);
        restoreIfErased(sanction);
        register.impose(sanction.practitioner(), to, complaint.reference(), today, endsOn);
        complaint.sanctionEndsOn(to, endsOn);
        String reference = complaint.reference().value();
        LocalDate watch = to == Outcome.WARNING ? endsOn : endsOn.minusDays(REVIEW_BEFORE_END_DAYS);
        timers.reschedule(reference, SANCTION_TIMERS, date(watch.isAfter(today) ? watch : today).toInstant());
        workflow.setCaseVariable(reference, ORDER_ENDS_ON, date(endsOn));
        return "the " + sanction.kind().label().toLowerCase() + " is replaced by " + to.label().toLowerCase()
                + " until " + day(endsOn);
    }

    /** An erasure lifted on appeal: the practitioner is registered again (any order the court made still runs). */
    private static void restoreIfErased(Sanction sanction) {
        if (sanction.kind() == Outcome.ERASURE) {
            sanction.practitioner().restore();
        }
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(time.zone()).toInstant());
    }

    private static String words(Appeal.Result result) {
        return switch (result) {
            case DISMISSED -> "The court dismissed the appeal";
            case VARIED -> "The court varied the decision";
            case QUASHED -> "The court quashed the decision";
        };
    }
}
