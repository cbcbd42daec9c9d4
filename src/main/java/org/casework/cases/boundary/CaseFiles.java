package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.casework.cases.boundary.CaseView.DecisionView;
import org.casework.cases.boundary.CaseView.EvidenceView;
import org.casework.cases.boundary.CaseView.LetterSummary;
import org.casework.cases.boundary.CaseView.Party;
import org.casework.cases.boundary.CaseView.PractitionerView;
import org.casework.cases.boundary.CaseView.RegisterEntry;
import org.casework.cases.boundary.CaseView.TaskView;
import org.casework.cases.boundary.CaseView.TriageView;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.evidence.boundary.EvidenceFiles;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/** Reads cases for staff: one case file, and the tasks waiting for the caller's roles. */
@ApplicationScoped
@Transactional
public class CaseFiles {

    @Inject
    CaseStore cases;

    @Inject
    CaseWorkflow workflow;

    @Inject
    EvidenceFiles evidence;

    @Inject
    LetterIssuing letters;

    @Inject
    org.casework.cases.control.RelatedComplaints related;

    @Inject
    org.casework.cases.control.CaseSteps steps;

    @Inject
    org.casework.workflow.control.SanctionsGuidance guidance;

    @Inject
    EntityManager em;

    public CaseView caseFile(String reference) {
        Complaint c = cases.require(reference);
        var complainant = c.complainant();
        var named = c.practitioner();
        var match = c.registrant() == null ? null : new RegisterEntry(c.registrant().registrationNumber(),
                c.registrant().fullName(), c.registrant().profession(), c.registrant().employer(),
                cases.otherCasesOf(c).stream().map(o -> new CaseView.PreviousCase(o.reference(), o.status(),
                        o.outcome())).toList());
        var decision = c.decision() == null ? null : new DecisionView(c.decision().outcome().name(),
                c.decision().outcome().label(), c.decision().reasons(), c.decision().decidedBy(),
                c.decision().decidedAt(),
                c.decision().citedClauses().stream().map(cl -> cl.clauseId().value()).toList());
        String pid = c.processInstanceId();
        List<CaseStep> recorded = steps.of(c);
        long previous = c.facts().isPresent() ? cases.previousFindings(c) : 0;
        var relatedCases = related.of(c).stream().map(r -> {
            var other = r.other(c);
            return new CaseView.Related(other.reference().value(), r.reason().name(), other.status().name());
        }).toList();
        var messages = em.createQuery("select m from ComplainantMessage m where m.complaint = :c order by m.receivedAt",
                        org.casework.cases.entity.ComplainantMessage.class)
                .setParameter("c", c).getResultStream()
                .map(m -> new CaseView.Message(m.body(), m.receivedAt())).toList();
        var account = c.account();
        var flags = new CaseView.Flags(c.geoTaggedEvidence(), account.patientIdentifiable().name(),
                account.complainantIsPersonShown(), account.consentToShare(), account.consentToContact(),
                !relatedCases.isEmpty());
        return new CaseView(c.reference().value(), c.status().name(), c.status().publicLabel(), c.receivedAt(),
                c.platform().label(), c.conductDate(), account.conductDateTo(), c.description(), flags,
                new Party(complainant.fullName(), complainant.email(), complainant.phone(),
                        complainant.relationship().name()),
                new PractitionerView(named.name(), named.registrationNumber(), named.workplace(), named.profession(),
                        match),
                c.postLinks().stream().map(l -> l.url()).toList(),
                evidence.evidenceOf(c).stream().map(e -> new EvidenceView(e.id(), e.fileName(),
                        e.type().mediaType(), e.sizeBytes(), e.sha256().hex(), e.uploadedAt(), e.uploadedBy(),
                        e.workingKey() != null, e.geoTagged(), e.latitude(), e.longitude(), e.device(),
                        e.capturedAt()))
                        .toList(),
                relatedCases, messages,
                c.triage().map(t -> new TriageView(t.triagedBy(), t.triagedAt(), t.note(),
                        c.allegations().stream().sorted().map(Enum::name).toList(), suggestedClauses(c),
                        c.allegedClauses().entrySet().stream().map(e -> new CaseView.AllegationView(e.getKey().name(),
                                e.getKey().label(), e.getValue())).toList())).orElse(null),
                decision, c.closedAt(),
                pid != null && workflow.hasEnded(pid),
                pid == null ? List.of() : workflow.completedSteps(pid),
                workflow.openTasks(c.reference().value()).stream().map(t -> taskView(t, c)).toList(),
                letters.lettersOf(c).stream().map(l -> new LetterSummary(l.id(), l.kind().label(),
                        l.recipientName(), l.issuedAt(), l.fileName(), l.addressedTo(), l.emailedAt(), l.version(),
                        l.correctionReason())).toList(),
                new CaseView.Clocks(c.responseClock().notifiedAt(), c.responseClock().dueOn(),
                        c.responseClock().receivedAt(), c.hdcPause().pausedAt(), c.hdcPause().pausedDays(), c.investigatedBy(), c.terms().warningExpiresOn(),
                        c.terms().orderEndsOn(), c.triage().map(t -> t.publicInterestReason()).orElse(null)),
                recorded.stream().filter(s -> !s.isNote()).map(CaseNotes::view).toList(),
                recorded.stream().filter(CaseStep::isNote).map(CaseNotes::view).toList(),
                letters.draftsOf(c).stream().map(d -> new CaseView.DraftView(d.id(), d.kind().label(),
                        d.recipientName(), d.draftedAt(), d.state().name(), d.reviewedBy(), d.reviewNote())).toList(),
                pid == null ? List.of() : workflow.incidents(c.reference().value(), pid).stream().map(i -> new CaseView.IncidentView(
                        i.getId(), i.getActivityId(), i.getIncidentMessage(), i.getIncidentTimestamp().toInstant()))
                        .toList(),
                c.facts().map(f -> new CaseView.Facts(f.harm(), f.repeated(), f.intentional(), f.insightShown(),
                        previous)).orElse(null),
                guidance.suggest(c, previous).orElse(null),
                c.mergedInto().map(r -> r.value()).orElse(null));
    }

    /** The open tasks the caller's roles may take, with the case each belongs to. */
    public List<TaskView> tasksFor(StaffIdentity staff) {
        return taskViews(workflow.openTasksForGroups(staff.roles(), staff.investigationTeam()));
    }

    /** Tasks as staff read them, with their cases' practitioner and platform: one query for all their cases. */
    List<TaskView> taskViews(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseOfProcess = workflow.casesOf(tasks);
        Map<String, Complaint> byReference = em.createQuery(
                        "select c from Complaint c where c.reference in :references", Complaint.class)
                .setParameter("references", caseOfProcess.values().stream().distinct()
                        .filter(org.casework.cases.entity.CaseReference::isWellFormed)
                        .map(org.casework.cases.entity.CaseReference::new).toList())
                .getResultStream()
                .collect(Collectors.toMap(c -> c.reference().value(), Function.identity()));
        return tasks.stream()
                .filter(t -> byReference.containsKey(caseOfProcess.get(t.getProcessInstanceId())))
                .map(t -> taskView(t, byReference.get(caseOfProcess.get(t.getProcessInstanceId()))))
                .toList();
    }

    /** The case's open tasks, for the task API. */
    public List<TaskView> tasksOf(String reference) {
        Complaint c = cases.require(reference);
        return workflow.openTasks(c.reference().value()).stream().map(t -> taskView(t, c)).toList();
    }

    static TaskView taskView(Task task, Complaint c) {
        java.time.Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), c.reference().value(),
                task.getCreateTime().toInstant(), c.practitioner().name(), c.platform().label(), task.getAssignee(),
                due, due != null && due.isBefore(java.time.Instant.now()));
    }

    /** Every clause the allegations concern, once, in the policy's order. */
    static List<String> suggestedClauses(Complaint c) {
        return c.allegedClauses().values().stream().flatMap(List::stream).distinct()
                .sorted(org.casework.cases.entity.ClauseOrder.INSTANCE).toList();
    }
}
