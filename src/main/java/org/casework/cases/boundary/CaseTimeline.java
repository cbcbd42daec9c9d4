package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casework.audit.control.AuditLog;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseReference;
import org.casework.workflow.control.CaseHistory;

/**
 * Everything that happened to a case, in order: the workflow's completed steps of every process the case ran, with
 * each task taken or released (from the engine's history), what staff recorded at each step, and who looked at the
 * case file, opened an original or was refused (the audit log).
 */
@ApplicationScoped
@Transactional
public class CaseTimeline {

    /** {@code kind}: {@code WORKFLOW}, {@code RECORDED} or {@code AUDIT}. */
    public record Entry(Instant at, String kind, String what, String by, String note) {
    }

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseHistory history;
    @Inject
    AuditLog audit;

    public List<Entry> of(CaseReference reference) {
        Complaint c = cases.require(reference);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(c.receivedAt(), "RECORDED", "Complaint received", "complainant", null));
        history.of(c.reference().value()).forEach(step -> entries.add(new Entry(step.endedAt(), "WORKFLOW",
                step.name(), step.by(), null)));
        steps.of(c).forEach(s -> entries.add(new Entry(s.recordedAt(), "RECORDED",
                s.isNote() ? "Internal note" : s.step(), s.recordedBy(),
                s.note())));
        audit.ofCase(c.reference().value()).forEach(a -> entries.add(new Entry(a.recordedAt(), "AUDIT",
                a.action() + " " + a.target(), a.actor(), a.allowed() ? null : "refused: " + a.detail())));
        entries.sort(Comparator.comparing(Entry::at));
        return List.copyOf(entries);
    }
}
