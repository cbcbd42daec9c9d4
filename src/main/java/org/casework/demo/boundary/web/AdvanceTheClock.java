package org.casework.demo.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.demo.boundary.DemoClock;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.platform.boundary.When;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseTimers;

/** The demo's clock page: the timers waiting in the cases, and firing one now. */
@Named
@ViewScoped
public class AdvanceTheClock implements Serializable {

    @Inject
    DemoClock clock;
    @Inject
    StaffIdentity staff;
    @Inject
    When when;

    private String reference;
    private List<CaseTimers.Timer> timers;

    /** Reads the timers before the page renders, so a refused reference is said beside its field. */
    public void load() {
        getTimers();
    }

    public List<CaseTimers.Timer> getTimers() {
        if (timers == null) {
            timers = List.of();
            if (reference != null && !reference.isBlank() && !CaseReference.isWellFormed(reference.strip())) {
                FacesMessages.show(new InvalidFieldException("reference", "is not a case reference such as "
                        + "MSC-2026-000123"), Map.of("reference", "filter:reference"));
            } else if (clock.available()) {
                timers = clock.timers(reference == null || reference.isBlank() ? null
                        : CaseReference.parse(reference.strip()), staff);
            }
        }
        return timers;
    }

    public String fire(String jobId) {
        try {
            CaseTimers.Timer fired = clock.fire(jobId, staff);
            FacesMessages.info("Case " + fired.caseReference() + ": '" + fired.step() + "' (due "
                    + when.at(fired.due()) + ") fires now. The case moves on within a few seconds, as it would have on the day; an investigator sees it on the case page.");
        } catch (CaseNotFoundException | AccessDeniedException e) {
            FacesMessages.error(e.getMessage());
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return show();
    }

    public String show() {
        return "/staff/admin/demo-clock?faces-redirect=true&includeViewParams=true";
    }

    public boolean isAvailable() {
        return clock.available();
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
