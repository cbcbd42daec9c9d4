package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.TimeRequest;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.WrongStageException;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseTimers;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.workflow.control.WorkflowVariables.RESPONSE_TASK;
import static org.casework.workflow.control.WorkflowVariables.RESPONSE_TIMERS;

/**
 * More time to respond: the practitioner asks (in the portal, with a reason), the investigator grants or refuses;
 * granted, the due day and the reminder and day-28 timers move by the days asked, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ResponseExtensions {

    static final String ASKED = "timeRequested";
    static final String ANSWERED = "timeRequestAnswered";

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    CaseTimers timers;
    @Inject
    EntityManager em;

    /** Whoever calls has checked the asker may act on this case. */
    public TimeRequest ask(CaseReference reference, Integer days, String reason, String askedBy) {
        Complaint complaint = cases.require(reference);
        if (workflow.openTask(reference.value(), RESPONSE_TASK).isEmpty()) {
            throw new WrongStageException("Case " + reference + " is not waiting for a response");
        }
        if (open(complaint).isPresent()) {
            throw new WrongStageException("More time was asked for already on " + reference
                    + ": the investigator answers that first");
        }
        Instant now = Instant.now();
        TimeRequest request = new TimeRequest(complaint, days, reason, askedBy, now);
        em.persist(request);
        steps.record(complaint, ASKED, askedBy, now, "Asks for " + days + " more days: " + request.reason());
        return request;
    }

    public void decide(CaseReference reference, long requestId, boolean grant, String note, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners answer a request for more time");
        }
        Complaint complaint = cases.require(reference);
        TimeRequest request = of(complaint).stream().filter(r -> r.id() == requestId).findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No request " + requestId + " on " + reference));
        Instant now = Instant.now();
        request.decide(grant, note, staff.username(), now);
        if (grant) {
            timers.postpone(reference.value(), RESPONSE_TIMERS, request.days());
        }
        steps.record(complaint, ANSWERED, staff.username(), now, (grant ? request.days()
                + " more days granted: the response is now due on " + complaint.responseClock().dueOn()
                : "More time refused") + (request.decisionNote() == null ? "" : ": " + request.decisionNote()));
    }

    public List<TimeRequest> of(CaseReference reference) {
        return of(cases.require(reference));
    }

    public List<TimeRequest> of(Complaint complaint) {
        return em.createNamedQuery(TimeRequest.OF_CASE, TimeRequest.class).setParameter("complaint", complaint)
                .getResultList();
    }

    private Optional<TimeRequest> open(Complaint complaint) {
        return of(complaint).stream().filter(TimeRequest::open).findFirst();
    }
}
