package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Hearing;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.WrongStageException;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.workflow.control.WorkflowVariables.HEARING_ADJOURNED;
import static org.casework.workflow.control.WorkflowVariables.HEARING_DUE_DATE;
import static org.casework.workflow.control.WorkflowVariables.HEARING_TASK;
import static org.casework.workflow.control.WorkflowVariables.SCHEDULE_TASK;

/**
 * A hearing's sittings: a case examiner fixes when and where it sits and who sits on the panel (the practitioner is
 * then sent the notice with the date); on the day the panel decides (recorded by {@link Decisions}) or adjourns, and
 * another sitting is fixed.
 */
@ApplicationScoped
@Transactional
public class Hearings {

    /** The panel's outcome is due this long after the sitting. */
    static final Duration OUTCOME_AFTER_SITTING = Duration.ofDays(7);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mm a",
            Locale.ENGLISH);

    /** A sitting as staff and the API see it; its time in the regulator's zone, in words too. */
    public record SittingView(long id, Instant sitsAt, String when, String venue, String chair, String layMember,
                              String professionalMember, String scheduledBy, Instant adjournedAt,
                              String adjournmentReason) implements Serializable {
    }

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    RegulatorTime time;
    @Inject
    CaseworkConfig config;
    @Inject
    EntityManager em;

    public Hearing schedule(CaseReference reference, Hearing.Sitting sitting, StaffIdentity staff) {
        Task task = workflow.requireTask(reference.value(), SCHEDULE_TASK, staff.roles());
        Complaint complaint = cases.require(reference);
        Instant now = Instant.now();
        Hearing hearing = new Hearing(complaint, sitting, time.zone(), time.today(), config.hearingNoticeDays(),
                staff.username(), now);
        em.persist(hearing);
        steps.record(complaint, SCHEDULE_TASK, staff.username(), now, "The hearing sits on " + when(hearing)
                + " at " + hearing.venue() + ". Panel: " + panel(hearing) + ".");
        workflow.complete(task, staff.username(), Map.of(HEARING_DUE_DATE,
                Date.from(hearing.sitsAt().plus(OUTCOME_AFTER_SITTING))));
        return hearing;
    }

    /** The panel adjourned the sitting: another is fixed next (scheduleHearing again), with a new notice. */
    public void adjourn(CaseReference reference, String reason, StaffIdentity staff) {
        Task task = workflow.requireTask(reference.value(), HEARING_TASK, staff.roles());
        Complaint complaint = cases.require(reference);
        Hearing sitting = current(complaint).orElseThrow(() -> new WrongStageException("Case " + reference
                + " has no sitting to adjourn"));
        Instant now = Instant.now();
        sitting.adjourn(reason, staff.username(), now);
        steps.record(complaint, "hearingAdjourned", staff.username(), now, "The hearing of " + when(sitting)
                + " is adjourned: " + sitting.adjournmentReason());
        workflow.complete(task, staff.username(), Map.of(HEARING_ADJOURNED, true));
    }

    public List<Hearing> of(Complaint complaint) {
        return em.createNamedQuery(Hearing.OF_CASE, Hearing.class).setParameter("complaint", complaint)
                .getResultList();
    }

    public List<SittingView> sittings(CaseReference reference) {
        return of(cases.require(reference)).stream().map(h -> new SittingView(h.id(), h.sitsAt(), when(h),
                h.venue(), h.chair(), h.layMember(), h.professionalMember(), h.scheduledBy(), h.adjournedAt(),
                h.adjournmentReason())).toList();
    }

    /** The sitting the case waits for: the last one fixed, unless it was adjourned. */
    public Optional<Hearing> current(Complaint complaint) {
        List<Hearing> all = of(complaint);
        return all.isEmpty() || all.get(all.size() - 1).isAdjourned() ? Optional.empty()
                : Optional.of(all.get(all.size() - 1));
    }

    public String when(Hearing hearing) {
        return WHEN.format(hearing.sitsAt().atZone(time.zone())).replace("AM", "am").replace("PM", "pm");
    }

    public static String panel(Hearing hearing) {
        return hearing.chair() + " (chair), " + hearing.layMember() + " (lay member) and "
                + hearing.professionalMember() + " (professional member)";
    }
}
