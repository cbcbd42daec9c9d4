package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.NoticeIssued;
import org.casework.cases.entity.SanctionFacts;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.workflow.control.WorkflowVariables.ENQUIRY_TASK;
import static org.casework.workflow.control.WorkflowVariables.HDC_TASK;
import static org.casework.workflow.control.WorkflowVariables.INVESTIGATION_TASK;
import static org.casework.workflow.control.WorkflowVariables.RESPONSE_TASK;

/**
 * The investigation: the HDC's decision on a forwarded complaint, the employer's information, the practitioner's
 * response to the notice (with the day-21 reminder), and the referral to the case examiners.
 */
@ApplicationScoped
@Transactional
public class Investigation {

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    RegulatorTime time;

    /** The HDC has decided; the case's clock runs again and it returns to triage. */
    public void recordHdcDecision(CaseReference reference, String note, StaffIdentity investigator) {
        Task task = workflow.requireTask(reference.value(), HDC_TASK, investigator.roles());
        Complaint complaint = cases.require(reference);
        Instant now = Instant.now();
        complaint.recordHdcDecision(now);
        steps.record(complaint, HDC_TASK, investigator.username(), now, Require.multiline(note, "note", 20_000));
        workflow.complete(task, investigator.username(), Map.of());
    }

    public void recordEmployerInformation(CaseReference reference, String information, StaffIdentity investigator) {
        record(reference, ENQUIRY_TASK, Require.multiline(information, "note", 20_000), investigator);
    }

    public void recordResponse(CaseReference reference, String response, StaffIdentity investigator) {
        respond(workflow.requireTask(reference.value(), RESPONSE_TASK, investigator.roles()), reference, response,
                investigator.username());
    }

    /**
     * The practitioner (or their representative) answered online: the investigator's "record response" step, done by
     * them; whoever calls has checked they may act on this case.
     */
    public void recordResponse(CaseReference reference, String response, String answeredBy) {
        respond(workflow.openTask(reference.value(), RESPONSE_TASK).orElseThrow(() -> new WrongStageException(
                "Case " + reference + " is not waiting for the practitioner's response")), reference, response,
                answeredBy);
    }

    private void respond(Task task, CaseReference reference, String response, String by) {
        Complaint complaint = cases.require(reference);
        Instant now = Instant.now();
        String text = Require.multiline(response, "note", 20_000);
        complaint.recordResponse(now);
        steps.record(complaint, RESPONSE_TASK, by, now, text);
        workflow.complete(task, by, Map.of());
    }

    /**
     * The investigator refers the case to the case examiners, with a summary, an expert's opinion where one was
     * sought, and the facts the sanctions guidance reads.
     */
    public void referToExaminers(CaseReference reference, String summary, String expertOpinion, SanctionFacts facts,
                                 StaffIdentity investigator) {
        Task task = workflow.requireTask(reference.value(), INVESTIGATION_TASK, investigator.roles());
        Complaint complaint = cases.require(reference);
        Instant now = Instant.now();
        complaint.referToExaminers(investigator.username(), facts, now);
        String opinion = Require.optionalMultiline(expertOpinion, "expertOpinion", 20_000);
        if (opinion != null) {
            steps.record(complaint, "expertOpinion", investigator.username(), now, opinion);
        }
        steps.record(complaint, INVESTIGATION_TASK, investigator.username(), now,
                Require.multiline(summary, "note", 20_000));
        workflow.complete(task, investigator.username(), Map.of());
    }

    /** The notice of investigation is out: the practitioner's time to respond starts now (issuing transaction). */
    void startResponseClock(@Observes NoticeIssued issued) {
        cases.require(issued.reference()).notifyPractitioner(issued.at(), time.zone());
    }

    private void record(CaseReference reference, String step, String note, StaffIdentity investigator) {
        Task task = workflow.requireTask(reference.value(), step, investigator.roles());
        Complaint complaint = cases.require(reference);
        steps.record(complaint, step, investigator.username(), Instant.now(), note);
        workflow.complete(task, investigator.username(), Map.of());
    }
}
