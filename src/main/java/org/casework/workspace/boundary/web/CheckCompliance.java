package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.Compliance;
import org.casework.cases.entity.Term;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;

/** The case page's compliance section: the conditions or undertakings with their review days, and a check's form. */
@Named
@ViewScoped
public class CheckCompliance implements Serializable {

    static final Map<String, String> FIELDS = Map.of("note", "compliance:note");

    @Inject
    WorkOnCase page;
    @Inject
    Compliance compliance;
    @Inject
    StaffIdentity staff;

    private List<Term> terms;
    private Boolean complied;
    private String note;

    public List<Term> getTerms() {
        if (terms == null) {
            terms = page.getCaseFile() == null ? List.of() : compliance.terms(page.caseReference());
        }
        return terms;
    }

    public boolean isCheckOpen() {
        return page.isAwaiting(WorkflowVariables.COMPLIANCE_TASK) && staff.hasRole("INVESTIGATOR");
    }

    public void check() {
        page.actSaying(() -> {
            compliance.check(page.caseReference(), !Boolean.FALSE.equals(complied), note, staff);
            return Boolean.FALSE.equals(complied) ? "The breach is recorded and a new case about it is opened for "
                    + "triage; this case's steps name it." : "The check is recorded; the next review day, if any, "
                    + "brings the next check.";
        }, FIELDS);
    }

    public Boolean getComplied() { return complied; }
    public void setComplied(Boolean complied) { this.complied = complied; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
