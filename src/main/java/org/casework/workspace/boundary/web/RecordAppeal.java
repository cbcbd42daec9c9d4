package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.Appeals;
import org.casework.cases.entity.Appeal;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;

/**
 * The case page's appeal section: the hearing's sanction open to appeal until a day, an appeal lodged with the court
 * (with a stay, if the court ordered one), and the court's result recorded by a case examiner.
 */
@Named
@ViewScoped
public class RecordAppeal implements Serializable {

    static final Map<String, String> FIELDS = Map.of("lodgedOn", "appeal:lodgedOn", "grounds", "appeal:grounds",
            "result", "appealResult:result", "decidedOn", "appealResult:decidedOn", "reasons", "appealResult:reasons",
            "variedTo", "appealResult:variedTo", "variedEndsOn", "appealResult:variedEndsOn");

    @Inject
    WorkOnCase page;
    @Inject
    Appeals appeals;
    @Inject
    StaffIdentity staff;
    @Inject
    CaseworkConfig config;

    private Appeals.Overview overview;
    private LocalDate lodgedOn;
    private String grounds;
    private boolean stayOrdered;
    private Appeal.Result result;
    private LocalDate decidedOn;
    private String reasons;
    private Outcome variedTo;
    private LocalDate variedEndsOn;

    /** Read once per view; an action redirects, so the next view reads it again. */
    public Appeals.Overview getOverview() {
        if (overview == null && page.getCaseFile() != null) {
            overview = appeals.overview(page.caseReference());
        }
        return overview;
    }

    public boolean isShown() {
        return getOverview() != null && (getOverview().appealableUntil() != null || !getOverview().appeals().isEmpty());
    }

    public boolean isMayLodge() {
        return getOverview() != null && getOverview().appealableUntil() != null && staff.worksOnCases();
    }

    public boolean isResultOpen() {
        return page.isAwaiting(WorkflowVariables.APPEAL_TASK) && staff.hasRole("CASE_EXAMINER");
    }

    public void lodge() {
        page.actSaying(() -> {
            var appeal = appeals.lodge(page.caseReference(), new Appeals.Lodging(lodgedOn, grounds, stayOrdered),
                    staff);
            String kind = appeal.sanction().kind().label().toLowerCase();
            return "The appeal is recorded. The " + kind + (appeal.stayed()
                    ? " is held, off the public register, until the court decides"
                    : " stays in force and on the public register until the court decides")
                    + "; a case examiner records the court's result here when it comes.";
        }, FIELDS);
    }

    public void recordResult() {
        page.actSaying(() -> {
            var decided = appeals.recordResult(page.caseReference(), new Appeals.Result(result, decidedOn, reasons,
                    variedTo, variedEndsOn), staff);
            String kind = decided.sanction().kind().label().toLowerCase();
            return "The court's result is recorded: " + switch (decided.result()) {
                case DISMISSED -> "the " + kind + " stands, on the public register.";
                case QUASHED -> "the " + kind + " is lifted and off the public register.";
                case VARIED -> decided.variedTo().label().toLowerCase() + " until "
                        + RegulatorTime.day(decided.variedEndsOn()) + " replaces the " + kind
                        + " on the public register.";
            };
        }, FIELDS);
    }

    /** An outcome's key in words, as it reads inside a sentence: "suspension". */
    public String label(String outcome) {
        return Outcome.valueOf(outcome).label().toLowerCase();
    }

    public int getWindowDays() { return config.appealDays(); }
    public List<Appeal.Result> getResults() { return List.of(Appeal.Result.values()); }
    public List<Outcome> getVariations() { return List.of(Outcome.WARNING, Outcome.CONDITIONS, Outcome.SUSPENSION); }
    public LocalDate getLodgedOn() { return lodgedOn; }
    public void setLodgedOn(LocalDate lodgedOn) { this.lodgedOn = lodgedOn; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public boolean isStayOrdered() { return stayOrdered; }
    public void setStayOrdered(boolean stayOrdered) { this.stayOrdered = stayOrdered; }
    public Appeal.Result getResult() { return result; }
    public void setResult(Appeal.Result result) { this.result = result; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public Outcome getVariedTo() { return variedTo; }
    public void setVariedTo(Outcome variedTo) { this.variedTo = variedTo; }
    public LocalDate getVariedEndsOn() { return variedEndsOn; }
    public void setVariedEndsOn(LocalDate variedEndsOn) { this.variedEndsOn = variedEndsOn; }
}
