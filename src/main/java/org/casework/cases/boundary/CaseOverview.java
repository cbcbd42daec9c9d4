package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casework.cases.boundary.CaseView.AllegationView;
import org.casework.cases.boundary.CaseView.Clocks;
import org.casework.cases.boundary.CaseView.DecisionView;
import org.casework.cases.boundary.CaseView.Facts;
import org.casework.cases.boundary.CaseView.Findings;
import org.casework.cases.boundary.CaseView.Flags;
import org.casework.cases.boundary.CaseView.IncidentView;
import org.casework.cases.boundary.CaseView.Message;
import org.casework.cases.boundary.CaseView.Party;
import org.casework.cases.boundary.CaseView.PractitionerView;
import org.casework.cases.boundary.CaseView.PreviousCase;
import org.casework.cases.boundary.CaseView.Progress;
import org.casework.cases.boundary.CaseView.RegisterEntry;
import org.casework.cases.boundary.CaseView.Related;
import org.casework.cases.boundary.CaseView.Summary;
import org.casework.cases.boundary.CaseView.TriageView;
import org.casework.cases.control.CaseGuidance;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.control.RelatedComplaintLinks;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.ComplainantMessage;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.ClauseOrder;
import org.casework.workflow.control.CaseWorkflow;

/** The parts of a case file that the case itself holds: its summary, its findings and its progress. */
@ApplicationScoped
@Transactional
public class CaseOverview {

    @Inject
    CaseStore cases;
    @Inject
    CaseWorkflow workflow;
    @Inject
    RelatedComplaintLinks related;
    @Inject
    CaseSteps steps;
    @Inject
    CaseGuidance guidance;
    @Inject
    EntityManager em;

    public Summary summary(Complaint c) {
        var complainant = c.complainant();
        var named = c.practitioner();
        var account = c.account();
        var match = c.registrant() == null ? null : new RegisterEntry(c.registrant().registrationNumber(),
                c.registrant().fullName(), c.registrant().profession(), c.registrant().employer(),
                cases.otherCasesOf(c).stream().map(o -> new PreviousCase(o.reference(), o.status(),
                        o.outcome() == null ? null : o.outcome().name(), o.outcome() == null ? null : o.outcome().label()))
                        .toList());
        var flags = new Flags(c.geoTaggedEvidence(), account.patientIdentifiable().name(),
                account.complainantIsPersonShown(), account.consentToShare(), account.consentToContact(),
                !related.of(c).isEmpty());
        return new Summary(c.reference().value(), c.status().name(), c.status().publicLabel(), c.receivedAt(),
                c.platform().name(), c.platform().label(), c.conductDate(), account.conductDateTo(), c.description(), flags,
                new Party(complainant.fullName(), complainant.email(), complainant.phone(),
                        complainant.relationship().name()),
                new PractitionerView(named.name(), named.registrationNumber(), named.workplace(), named.profession(),
                        match),
                c.postLinks().stream().map(l -> l.url()).toList(), c.closedAt(),
                c.mergedInto().map(r -> r.value()).orElse(null));
    }

    public Findings findings(Complaint c) {
        long previous = c.facts().isPresent() ? cases.previousFindings(c) : 0;
        var decision = c.decision() == null ? null : new DecisionView(c.decision().outcome().name(),
                c.decision().outcome().label(), c.decision().reasons(), c.decision().decidedBy(),
                c.decision().decidedAt(),
                c.decision().citedClauses().stream().map(cl -> cl.clauseId().value()).toList(),
                c.decision().decider().name(), c.decision().referredTo(), c.decision().paymentOrders().fine(),
                c.decision().paymentOrders().costs());
        var triage = c.triage().map(t -> new TriageView(t.triagedBy(), t.triagedAt(), t.note(),
                c.allegations().stream().sorted().map(Enum::name).toList(), suggestedClauses(c),
                c.allegedClauses().entrySet().stream().map(e -> new AllegationView(e.getKey().name(),
                        e.getKey().label(), e.getValue())).toList(), c.allegationSummary(), c.summarisedBy()))
                .orElse(null);
        var clocks = new Clocks(c.responseClock().notifiedAt(), c.responseClock().dueOn(),
                c.responseClock().receivedAt(), c.hdcPause().pausedAt(), c.hdcPause().pausedDays(),
                c.investigatedBy(), c.terms().warningExpiresOn(), c.terms().orderEndsOn(),
                c.triage().map(t -> t.publicInterestReason()).orElse(null));
        var relatedCases = related.of(c).stream().map(r -> {
            var other = r.other(c);
            return new Related(other.reference().value(), r.reason().name(), other.status().name());
        }).toList();
        var messages = em.createQuery("select m from ComplainantMessage m where m.complaint = :c order by m.receivedAt",
                        ComplainantMessage.class)
                .setParameter("c", c).getResultStream()
                .map(m -> new Message(m.body(), m.receivedAt())).toList();
        return new Findings(triage, decision, clocks,
                c.facts().map(f -> new Facts(f.harm(), f.repeated(), f.intentional(), f.insightShown(), previous))
                        .orElse(null),
                guidance.suggest(c, previous).orElse(null), relatedCases, messages);
    }

    public Progress progress(Complaint c, CaseTasks tasks) {
        String pid = c.processInstanceId();
        List<CaseStep> recorded = steps.of(c);
        return new Progress(pid != null && workflow.hasEnded(pid),
                pid == null ? List.of() : workflow.completedSteps(pid),
                tasks.tasksOf(c),
                recorded.stream().filter(s -> !s.isNote()).map(CaseNotes::view).toList(),
                recorded.stream().filter(CaseStep::isNote).map(CaseNotes::view).toList(),
                pid == null ? List.of() : workflow.incidents(c.reference().value(), pid).stream()
                        .map(i -> new IncidentView(i.getId(), i.getActivityId(), i.getIncidentMessage(),
                                i.getIncidentTimestamp().toInstant()))
                        .toList());
    }

    /** Every clause the allegations concern, once, in the policy's order. */
    static List<String> suggestedClauses(Complaint c) {
        return c.allegedClauses().values().stream().flatMap(List::stream).distinct()
                .sorted(ClauseOrder.INSTANCE).toList();
    }
}
