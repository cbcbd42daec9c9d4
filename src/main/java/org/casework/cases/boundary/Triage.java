package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseClosed;
import org.casework.cases.entity.CaseStatus;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.policy.control.DefaultClauses;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.WorkflowVariables.TriageChoice;

import static org.casework.workflow.control.WorkflowVariables.COMPLAINANT_NAMED;
import static org.casework.workflow.control.WorkflowVariables.ENQUIRY_DUE_DATE;
import static org.casework.workflow.control.WorkflowVariables.ENQUIRY_REQUESTED;
import static org.casework.workflow.control.WorkflowVariables.OUTCOME;
import static org.casework.workflow.control.WorkflowVariables.TRIAGE_OUTCOME;
import static org.casework.workflow.control.WorkflowVariables.TRIAGE_TASK;

/**
 * An investigator's first look at a complaint: investigate it (with a provisional enquiry to the employer first, if
 * needed), close it, refer it to the employer or to another body, or forward it to the Health and Disability
 * Commissioner.
 */
@ApplicationScoped
@Transactional
public class Triage {

    /** What triage records; only the fields its choice needs are read. */
    public record TriageDecision(String decision, String note, String publicInterestReason, LocalDate enquiryDueDate,
                                 String referredTo, String referredToEmail, List<String> allegations) {
    }

    @Inject
    Event<CaseClosed> closed;

    @Inject
    CaseStore cases;
    @Inject
    CaseWorkflow workflow;
    @Inject
    RegulatorTime time;

    /** An investigator starts assessing the complaint; the complainant then sees "Being assessed". */
    public void startAssessing(CaseReference reference, StaffIdentity investigator) {
        workflow.claim(workflow.requireTask(reference.value(), TRIAGE_TASK, investigator.roles()),
                investigator.username());
    }

    public void decide(CaseReference reference, TriageDecision triage, StaffIdentity investigator) {
        if (triage == null) {
            throw new InvalidFieldException("decision", "is required");
        }
        TriageChoice choice = choice(triage.decision());
        Task task = workflow.requireTask(reference.value(), TRIAGE_TASK, investigator.roles());
        Complaint complaint = cases.require(reference);
        Instant now = Instant.now();
        String who = investigator.username();
        Map<String, Object> variables = new HashMap<>(Map.of(TRIAGE_OUTCOME, choice.name(), ENQUIRY_REQUESTED, false,
                COMPLAINANT_NAMED, complaint.complainant().fullName() != null));
        // each category starts from the clauses it usually concerns; investigators adjust them on the case
        complaint.allege(DefaultClauses.byCategory(allegations(triage.allegations())));
        switch (choice) {
            case ACCEPT -> {
                complaint.accept(who, triage.note(), triage.publicInterestReason(), now);
                if (triage.enquiryDueDate() != null) {
                    if (!triage.enquiryDueDate().isAfter(time.today())) {
                        throw new InvalidFieldException("enquiryDueDate", "must be in the future");
                    }
                    variables.put(ENQUIRY_REQUESTED, true);
                    variables.put(ENQUIRY_DUE_DATE, Date.from(triage.enquiryDueDate().atStartOfDay(time.zone())
                            .toInstant()));
                }
            }
            case CLOSE -> complaint.closeAtTriage(who, triage.note(), now);
            case REFER_TO_EMPLOYER -> {
                complaint.referToEmployer(who, triage.note(), now);
                variables.put(OUTCOME, Outcome.EMPLOYER_REFERRAL.name());
            }
            case REFER_TO_OTHER_BODY -> complaint.referToAnotherBody(who, triage.referredTo(), triage.referredToEmail(),
                    triage.note(), now);
            case FORWARD_TO_HDC -> complaint.forwardToHdc(who, triage.note(), now);
        }
        if (complaint.status() == CaseStatus.CLOSED) {
            closed.fire(new CaseClosed(complaint));
        }
        workflow.complete(task, who, variables);
    }

    /** The categories alleged, by code or label; none is allowed (a complaint outside every category is closed). */
    static Set<AllegationCategory> allegations(List<String> given) {
        Set<AllegationCategory> categories = EnumSet.noneOf(AllegationCategory.class);
        for (String text : given == null ? List.<String>of() : given) {
            categories.add(AllegationCategory.parse(text).orElseThrow(() -> new InvalidFieldException("allegations",
                    "'" + text + "' is not an allegation category; expected one of "
                            + List.of(AllegationCategory.values()))));
        }
        return categories;
    }

    private static TriageChoice choice(String decision) {
        try {
            return TriageChoice.valueOf(decision == null ? "" : decision.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("decision", "must be one of " + List.of(TriageChoice.values()));
        }
    }
}
