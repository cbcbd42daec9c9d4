package org.casework.security.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.control.SignInGuard;
import org.casework.security.control.StaffAdministration;
import org.casework.security.control.StaffAdministration.Settings;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffAccount;
import org.casework.security.entity.StaffIdentity;
import org.casework.security.entity.Team;

/** The administrator's staff page: the accounts and teams, one account edited at a time, a new one, a new team. */
@Named
@ViewScoped
public class ManageStaff implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("username", "account:username", "displayName",
            "account:displayName", "roles", "account:roles", "team", "account:team", "teamLead", "account:teamLead",
            "active", "account:active", "code", "newTeam:code", "name", "newTeam:name");

    @Inject
    StaffAdministration administration;
    @Inject
    SignInGuard guard;
    @Inject
    StaffIdentity staff;

    private String username;
    private boolean creating;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String team;
    private boolean teamLead;
    private boolean active = true;
    private String oneTimePassword;
    private String teamCode;
    private String teamName;
    private transient List<StaffAccount> accounts;
    private transient List<Team> teams;

    /** Opens the account named in the address ({@code ?user=}), or a blank form for a new one. */
    public void load() {
        creating = username == null || username.isBlank();
        if (creating) {
            return;
        }
        try {
            StaffAccount a = administration.require(username);
            displayName = a.displayName();
            roles = new ArrayList<>(a.roles().stream().map(Role::name).toList());
            team = a.team() == null ? null : a.team().value();
            teamLead = a.teamLead();
            active = a.active();
        } catch (CaseNotFoundException e) {
            FacesMessages.error("There is no account " + username + ".");
            username = null;
            creating = true;
        }
    }

    public void save() {
        Settings settings = new Settings(displayName, Set.copyOf(roles), team, teamLead, active);
        if (creating) {
            act(() -> {
                oneTimePassword = administration.create(username, settings, staff.username()).oneTimePassword();
                creating = false;
                return "Account " + username + " created. Give its holder this one-time password; it is not shown "
                        + "again.";
            });
        } else {
            act(() -> {
                administration.change(username, settings, staff.username());
                return "Account " + username + " saved; the change applies from the person's next page.";
            });
        }
    }

    public void resetPassword() {
        act(() -> {
            oneTimePassword = administration.resetPassword(username, staff.username()).oneTimePassword();
            return "New one-time password for " + username + "; the old one no longer works.";
        });
    }

    public void unlockSignIn() {
        act(() -> {
            guard.unlock(username, staff.username());
            return "Failed sign-ins of " + username + " forgotten: the account can sign in again.";
        });
    }

    /** Minutes until the account may sign in again after too many failed attempts; 0 when it is not locked. */
    public long getLockedForMinutes() {
        return creating || username == null ? 0 : (guard.lockedFor(username) + 59) / 60;
    }

    public void createTeam() {
        act(() -> "Team " + administration.createTeam(teamCode, teamName, staff.username()).name() + " created.");
        teamCode = null;
        teamName = null;
    }

    private void act(Supplier<String> action) {
        try {
            FacesMessages.info(action.get());
            accounts = null; // read again for the page that follows
            teams = null;
        } catch (InvalidFieldException e) {
            oneTimePassword = null;
            FacesMessages.show(e, FIELDS);
        }
    }

    /** Read once per view and after each change: a page evaluates these several times. */
    public List<StaffAccount> getAccounts() {
        if (accounts == null) {
            accounts = administration.accounts();
        }
        return accounts;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = administration.teams();
        }
        return teams;
    }
    public List<String> getRoleChoices() { return Arrays.stream(Role.values()).map(Role::name).toList(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public boolean isCreating() { return creating; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public boolean isTeamLead() { return teamLead; }
    public void setTeamLead(boolean teamLead) { this.teamLead = teamLead; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getOneTimePassword() { return oneTimePassword; }
    public String getTeamCode() { return teamCode; }
    public void setTeamCode(String teamCode) { this.teamCode = teamCode; }
    public String getTeamName() { return teamName; }
    public void setTeamName(String teamName) { this.teamName = teamName; }
}
