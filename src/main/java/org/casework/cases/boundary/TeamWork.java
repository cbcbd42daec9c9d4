package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.TeamCode;
import org.casework.security.control.StaffAdministration;
import org.casework.security.entity.StaffAccount;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/**
 * What a team lead does with the team's work: hand a case's task to a member of the team (or back to the queue),
 * and move a case to another team, whose queue then shows its tasks. Only the lead of the case's team may.
 */
@ApplicationScoped
@Transactional
public class TeamWork {

    @Inject
    CaseStore cases;
    @Inject
    CaseWorkflow workflow;
    @Inject
    StaffAdministration staff;
    @Inject
    AuditLog audit;

    /** A case's team as its page shows it; for its lead, whom to hand tasks to and where the case can move. */
    public record CaseTeam(String code, String name, boolean led, List<Choice> members, List<Choice> otherTeams) implements Serializable {
    }

    public record Choice(String value, String label) implements Serializable {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseTeam teamOf(CaseReference reference, StaffIdentity who) {
        TeamCode code = cases.require(reference).team();
        var teams = staff.teams();
        String name = teams.stream().filter(t -> t.code().equals(code)).map(t -> t.name()).findFirst()
                .orElse(String.valueOf(code));
        if (code == null || !who.leads(code.value())) {
            return new CaseTeam(code == null ? null : code.value(), name, false, List.of(), List.of());
        }
        return new CaseTeam(code.value(), name, true,
                staff.members(code).stream().map(a -> new Choice(a.username(), a.displayName())).toList(),
                teams.stream().filter(t -> t.active() && !t.code().equals(code))
                        .map(t -> new Choice(t.code().value(), t.name())).toList());
    }

    public String assign(String taskId, String username, StaffIdentity lead) {
        Task task = workflow.task(taskId).orElseThrow(() -> new CaseNotFoundException("No open task " + taskId));
        Complaint c = led(CaseReference.parse(workflow.caseOf(task)), lead);
        if (username == null || username.isBlank()) {
            workflow.assign(task, null);
        } else {
            StaffAccount member = staff.account(username).filter(StaffAccount::active)
                    .filter(a -> c.team().equals(a.team()))
                    .orElseThrow(() -> new InvalidFieldException("username", "is not an active member of team "
                            + c.team()));
            if (!workflow.mayWorkOn(task, member.identity().roles())) {
                throw new InvalidFieldException("username", member.displayName() + " has no role that does '"
                        + task.getName() + "'");
            }
            workflow.assign(task, member.username());
        }
        audit.record(lead.username(), AuditEntry.ASSIGN_TASK, "case " + c.reference().value(), true,
                "'" + task.getName() + "' to " + (username == null || username.isBlank() ? "the team queue" : username));
        return c.reference().value();
    }

    public String move(CaseReference reference, String teamCode, StaffIdentity lead) {
        Complaint c = led(reference, lead);
        TeamCode to = staff.team(teamCode);
        if (to == null) {
            throw new InvalidFieldException("team", "is required");
        }
        TeamCode from = c.team();
        c.assignTo(to);
        workflow.moveToTeam(c.reference().value(), to.value());
        audit.record(lead.username(), AuditEntry.MOVE_CASE, "case " + c.reference().value(), true,
                "from team " + from + " to team " + to);
        return c.reference().value();
    }

    private Complaint led(CaseReference reference, StaffIdentity lead) {
        Complaint c = cases.require(reference);
        if (c.team() == null || !lead.leads(c.team().value())) {
            throw new AccessDeniedException("Only the lead of team " + c.team() + " hands out or moves its cases");
        }
        return c;
    }
}
