package org.casework.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.kernel.TeamCode;

/** A member of the regulator's staff who signs in: investigators, case examiners, registrars, admins. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "select a from StaffAccount a where a.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "select a from StaffAccount a order by a.username")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String ALL = "StaffAccount.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "team_code", length = 40)
    private TeamCode team;

    @Column(name = "team_lead", nullable = false)
    private boolean teamLead;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, TeamCode team,
            boolean lead) {
        this.username = Require.text(username, "username", 100);
        this.displayName = Require.text(displayName, "displayName", 200);
        this.passwordHash = Require.present(passwordHash, "password");
        changeRoles(roles, team, lead);
    }

    /**
     * What the person does and where. Investigators belong to a team (they see only its cases); a team lead leads
     * the team they belong to. Case examiners, registrars and admins may have no team.
     */
    public void changeRoles(Set<Role> roles, TeamCode team, boolean lead) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidFieldException("roles", "a staff account needs at least one role");
        }
        if (roles.contains(Role.INVESTIGATOR) && team == null) {
            throw new InvalidFieldException("team", "an investigator belongs to a team");
        }
        if (lead && team == null) {
            throw new InvalidFieldException("teamLead", "a team lead needs a team to lead");
        }
        this.roles = EnumSet.copyOf(roles);
        this.team = team;
        this.teamLead = lead;
    }

    public void rename(String displayName) {
        this.displayName = Require.text(displayName, "displayName", 200);
    }

    /** A password an administrator gives out, for one sign-in: its holder must choose their own next. */
    public void issueOneTimePassword(String passwordHash) {
        this.passwordHash = Require.present(passwordHash, "password");
        this.passwordChangeRequired = true;
    }

    /**
     * The holder replaces their password, proving they know the current one. The new one is theirs alone: long
     * enough, not the current one, not their username.
     */
    public void choosePassword(char[] current, char[] chosen) {
        if (current == null || !checkPassword(current)) {
            throw new InvalidFieldException("currentPassword", "is not your current password");
        }
        PasswordRules.check(chosen, username);
        if (PasswordHash.verify(chosen, passwordHash)) {
            throw new InvalidFieldException("newPassword", "must differ from your current password");
        }
        this.passwordHash = PasswordHash.hash(chosen);
        this.passwordChangeRequired = false;
    }

    public boolean passwordChangeRequired() { return passwordChangeRequired; }

    /** A fingerprint of the password in force: a credential checked against another one is stale. */
    public String passwordVersion() { return passwordHash; }

    /** A deactivated person can no longer sign in; their name stays on everything they did. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean checkPassword(char[] password) {
        return active && PasswordHash.verify(password, passwordHash);
    }

    public String username() { return username; }
    public String displayName() { return displayName; }
    public boolean active() { return active; }
    public Set<Role> roles() { return Collections.unmodifiableSet(roles); }
    public TeamCode team() { return team; }
    public boolean teamLead() { return teamLead; }
    public Long id() { return id; }

    public StaffIdentity identity() {
        return new StaffIdentity(username, displayName,
                roles.stream().map(Role::name).collect(Collectors.toSet()),
                team == null ? null : team.value(), teamLead);
    }
}
