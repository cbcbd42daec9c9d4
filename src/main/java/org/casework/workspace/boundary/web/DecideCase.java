package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.cases.boundary.Decisions;
import org.casework.kernel.ClauseId;
import org.casework.kernel.Outcome;
import org.casework.security.entity.StaffIdentity;

/**
 * The case page's decision form: the case examiners' decision, or a hearing panel's recorded for it, with the
 * outcome, reasons and the clauses breached (starting from the clauses the investigators linked to the allegations).
 */
@Named
@ViewScoped
public class DecideCase implements Serializable {

    @Inject
    WorkOnCase page;
    @Inject
    Decisions decisions;
    @Inject
    StaffIdentity staff;

    private Outcome outcome;
    private String reasons;
    private List<String> clauses;
    private LocalDate orderEndsOn;

    public void decide() {
        if (page.isHearingOpen()) {
            page.act(() -> decisions.recordHearingDecision(page.caseReference(), outcome, reasons,
                    ClauseId.parseAll(getClauses(), "clauses"), orderEndsOn, staff),
                    "The hearing's decision is recorded; its letters wait for approval.");
        } else {
            page.act(() -> decisions.record(page.caseReference(), outcome, reasons,
                    ClauseId.parseAll(getClauses(), "clauses"), staff),
                    "Decision recorded; the letters are being drafted for a second person's approval.");
        }
    }

    /** Until the examiner ticks otherwise: the clauses the investigators linked to the allegations. */
    public List<String> getClauses() {
        if (clauses == null) {
            var caseFile = page.getCaseFile();
            clauses = caseFile == null || caseFile.triage() == null ? new ArrayList<>()
                    : new ArrayList<>(caseFile.triage().suggestedClauses());
        }
        return clauses;
    }

    public void setClauses(List<String> clauses) { this.clauses = clauses; }
    public Outcome[] getOutcomes() { return Outcome.values(); }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public LocalDate getOrderEndsOn() { return orderEndsOn; }
    public void setOrderEndsOn(LocalDate orderEndsOn) { this.orderEndsOn = orderEndsOn; }
}
