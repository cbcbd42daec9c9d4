package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Term;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.WrongStageException;
import org.casework.register.control.Register;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

import static org.casework.workflow.control.WorkflowVariables.ACCEPTED;
import static org.casework.workflow.control.WorkflowVariables.AGREED;
import static org.casework.workflow.control.WorkflowVariables.HEARING_REQUESTED;
import static org.casework.workflow.control.WorkflowVariables.REFUSED;
import static org.casework.workflow.control.WorkflowVariables.UNDERTAKINGS_ANSWER;
import static org.casework.workflow.control.WorkflowVariables.UNDERTAKINGS_TASK;
import static org.casework.workflow.control.WorkflowVariables.WARNING_ANSWER;
import static org.casework.workflow.control.WorkflowVariables.WARNING_EXPIRES_ON;
import static org.casework.workflow.control.WorkflowVariables.WARNING_TASK;

/** The practitioner's answer, within 28 days, to a warning (accept, or ask for a hearing) or to undertakings. */
@ApplicationScoped
@Transactional
public class PractitionerAnswers {

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseWorkflow workflow;
    @Inject
    RegulatorTime time;
    @Inject
    Register register;
    @Inject
    Compliance compliance;

    public void answerWarning(CaseReference reference, String answer, String note, StaffIdentity investigator) {
        String parsed = oneOf(answer, ACCEPTED, HEARING_REQUESTED);
        answerWarning(workflow.requireTask(reference.value(), WARNING_TASK, investigator.roles()), reference, parsed,
                note, investigator.username());
    }

    /** The practitioner answered online; whoever calls has checked they may act on this case. */
    public void answerWarning(CaseReference reference, String answer, String answeredBy) {
        String parsed = oneOf(answer, ACCEPTED, HEARING_REQUESTED);
        answerWarning(awaited(reference, WARNING_TASK), reference, parsed, "answered online", answeredBy);
    }

    private void answerWarning(Task task, CaseReference reference, String parsed, String note, String by) {
        Complaint complaint = cases.require(reference);
        Map<String, Object> variables = new HashMap<>(Map.of(WARNING_ANSWER, parsed));
        if (ACCEPTED.equals(parsed)) {
            complaint.acceptWarning(Instant.now(), time.zone());
            variables.put(WARNING_EXPIRES_ON, Date.from(complaint.terms().warningExpiresOn().atStartOfDay(time.zone())
                    .toInstant()));
            // the warning stands: on the register until it expires
            if (complaint.registrant() != null) {
                register.impose(complaint.registrant(), Outcome.WARNING, reference, time.today(),
                        complaint.terms().warningExpiresOn());
            }
        } else {
            complaint.referToHearing();
        }
        steps.record(complaint, WARNING_TASK, by, Instant.now(), label(parsed, note));
        workflow.complete(task, by, variables);
    }

    public void answerUndertakings(CaseReference reference, String answer, String note, StaffIdentity investigator) {
        String parsed = oneOf(answer, AGREED, REFUSED);
        answerUndertakings(workflow.requireTask(reference.value(), UNDERTAKINGS_TASK, investigator.roles()),
                reference, parsed, note, investigator.username());
    }

    /** The practitioner answered online; whoever calls has checked they may act on this case. */
    public void answerUndertakings(CaseReference reference, String answer, String answeredBy) {
        String parsed = oneOf(answer, AGREED, REFUSED);
        answerUndertakings(awaited(reference, UNDERTAKINGS_TASK), reference, parsed, "answered online", answeredBy);
    }

    private void answerUndertakings(Task task, CaseReference reference, String parsed, String note, String by) {
        Complaint complaint = cases.require(reference);
        if (REFUSED.equals(parsed)) {
            complaint.referToHearing();
        } else if (complaint.registrant() != null) {
            // agreed undertakings are on the register until they are reviewed and lifted
            register.impose(complaint.registrant(), Outcome.UNDERTAKINGS, reference, time.today(), null)
                    .withTerms(complaint.decision().terms().stream().map(Term::text).toList());
        }
        if (!REFUSED.equals(parsed)) {
            compliance.monitor(complaint); // each undertaking is checked on its review day
        }
        steps.record(complaint, UNDERTAKINGS_TASK, by, Instant.now(), label(parsed, note));
        workflow.complete(task, by, Map.of(UNDERTAKINGS_ANSWER, parsed));
    }

    private Task awaited(CaseReference reference, String step) {
        return workflow.openTask(reference.value(), step).orElseThrow(() -> new WrongStageException("Case "
                + reference + " is not waiting for this answer"));
    }

    private static String label(String answer, String note) {
        return answer + (note == null || note.isBlank() ? "" : ": " + note.strip());
    }

    private static String oneOf(String answer, String... allowed) {
        String value = answer == null ? "" : answer.strip();
        if (!List.of(allowed).contains(value)) {
            throw new InvalidFieldException("answer", "must be one of " + List.of(allowed));
        }
        return value;
    }
}
