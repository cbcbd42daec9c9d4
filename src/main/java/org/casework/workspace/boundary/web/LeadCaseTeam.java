package org.casework.workspace.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.casework.cases.boundary.TeamWork;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;

/** The case page's team section: the case's team, and for its lead, handing out tasks and moving the case. */
@Named
@ViewScoped
public class LeadCaseTeam implements Serializable {

    @Inject
    TeamWork teamWork;
    @Inject
    StaffIdentity staff;
    @Inject
    WorkOnCase workOnCase;

    private TeamWork.CaseTeam team;
    private final Map<String, String> assignees = new HashMap<>();
    private String targetTeam;

    public TeamWork.CaseTeam getTeam() {
        if (team == null && workOnCase.getCaseFile() != null) {
            team = teamWork.teamOf(workOnCase.caseReference(), staff);
        }
        return team;
    }

    public void assign(String taskId) {
        if (act(() -> teamWork.assign(taskId, assignees.get(taskId), staff))) {
            workOnCase.showAgain("The task is handed over.");
        }
    }

    /** The case leaves the lead's team: back to the queues, where it no longer shows. */
    public String move() {
        if (act(() -> teamWork.move(workOnCase.caseReference(), targetTeam, staff))) {
            FacesMessages.info("Case " + workOnCase.getReference() + " moved to its new team.");
            FacesContext.getCurrentInstance().getExternalContext().getFlash()
                    .setKeepMessages(true);
            return "/staff/tasks?faces-redirect=true";
        }
        return null;
    }

    private boolean act(Supplier<String> action) {
        try {
            action.get();
            team = null;
            return true;
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, Map.of("team", "team:targetTeam"));
        } catch (AccessDeniedException | WrongStageException e) {
            FacesMessages.error(e.getMessage());
        }
        return false;
    }

    public Map<String, String> getAssignees() { return assignees; }
    public String getTargetTeam() { return targetTeam; }
    public void setTargetTeam(String targetTeam) { this.targetTeam = targetTeam; }
}
