package org.casework.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casework.audit.control.AuditLog;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.kernel.TeamCode;
import org.casework.security.entity.PasswordHash;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffAccount;
import org.casework.security.entity.Team;

import static org.casework.audit.entity.AuditEntry.CHANGE_ACCOUNT;
import static org.casework.audit.entity.AuditEntry.CHANGE_TEAM;
import static org.casework.audit.entity.AuditEntry.RESET_PASSWORD;

/**
 * Administrators keep the staff directory: accounts with their roles and team, and the teams. A new account and a
 * reset give a one-time password, shown to the administrator once and stored only as a hash, with which its holder
 * can do nothing but choose their own ({@link PasswordChange}); changes take effect on the person's next request.
 */
@ApplicationScoped
@Transactional
public class StaffAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an administrator sets on an account. */
    public record Settings(String displayName, Set<String> roles, String team, boolean teamLead, boolean active) {
    }

    /** An account and the password its holder signs in with the first time; the only time it is shown. */
    public record Issued(String username, String oneTimePassword) {
    }

    @Inject
    EntityManager em;
    @Inject
    StaffDirectory directory;
    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> accounts() {
        return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Team> teams() {
        return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffAccount> account(String username) {
        return username == null ? Optional.empty()
                : em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                        .setParameter("username", username).getResultStream().findFirst();
    }

    public Issued create(String username, Settings settings, String administrator) {
        String name = Require.text(username, "username", 100);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidFieldException("username", "is 2 to 100 lower-case letters, digits, dots, hyphens or "
                    + "underscores, starting with a letter or digit");
        }
        if (account(name).isPresent()) {
            throw new InvalidFieldException("username", "is taken by another account");
        }
        String password = oneTimePassword();
        String hash = PasswordHash.hash(password.toCharArray());
        StaffAccount account = new StaffAccount(name, settings.displayName(), hash, roles(settings.roles()),
                team(settings.team()), settings.teamLead());
        account.issueOneTimePassword(hash);
        if (!settings.active()) {
            account.deactivate();
        }
        em.persist(account);
        recorded(administrator, CHANGE_ACCOUNT, account, "created: " + describe(account));
        return new Issued(name, password);
    }

    /** Changes an account; an administrator cannot take away their own administration or sign-in. */
    public StaffAccount change(String username, Settings settings, String administrator) {
        StaffAccount account = require(username);
        Set<Role> roles = roles(settings.roles());
        if (account.username().equals(administrator) && (!roles.contains(Role.ADMIN) || !settings.active())) {
            throw new InvalidFieldException(settings.active() ? "roles" : "active",
                    "cannot remove your own administration: ask another administrator");
        }
        account.rename(settings.displayName());
        account.changeRoles(roles, team(settings.team()), settings.teamLead());
        if (settings.active()) {
            account.activate();
        } else {
            account.deactivate();
        }
        directory.forget(account.username());
        recorded(administrator, CHANGE_ACCOUNT, account, describe(account));
        return account;
    }

    public Issued resetPassword(String username, String administrator) {
        StaffAccount account = require(username);
        String password = oneTimePassword();
        account.issueOneTimePassword(PasswordHash.hash(password.toCharArray()));
        directory.forget(account.username());
        recorded(administrator, RESET_PASSWORD, account, "one-time password issued");
        return new Issued(account.username(), password);
    }

    public Team createTeam(String code, String name, String administrator) {
        if (!TeamCode.isWellFormed(code)) {
            throw new InvalidFieldException("code", "is 2 to 40 lower-case letters, digits or hyphens, starting "
                    + "with a letter");
        }
        if (em.find(Team.class, code) != null) {
            throw new InvalidFieldException("code", "is taken by another team");
        }
        Team team = new Team(new TeamCode(code), name);
        em.persist(team);
        audit.record(administrator, CHANGE_TEAM, "team " + code, true, "created: " + team.name());
        return team;
    }

    /** The active members of a team, for handing them work. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> members(TeamCode team) {
        return em.createQuery("select a from StaffAccount a where a.team = :team and a.active = true "
                + "order by a.displayName", StaffAccount.class).setParameter("team", team).getResultList();
    }

    public StaffAccount require(String username) {
        return account(username).orElseThrow(() -> new CaseNotFoundException(
                "No staff account " + username));
    }

    /** An existing, open team, or none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamCode team(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Team team = TeamCode.isWellFormed(code) ? em.find(Team.class, code) : null;
        if (team == null || !team.active()) {
            throw new InvalidFieldException("team", "is not an open team");
        }
        return team.code();
    }

    private void recorded(String administrator, String action, StaffAccount account, String detail) {
        audit.record(administrator, action, "account " + account.username(), true, detail);
    }

    private static String describe(StaffAccount a) {
        return "roles " + a.roles() + ", team " + (a.team() == null ? "none" : a.team())
                + (a.teamLead() ? " (lead)" : "") + (a.active() ? ", active" : ", deactivated");
    }

    private static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? Set.<String>of() : names) {
            roles.add(Require.oneOf(Role.class, name, "roles"));
        }
        return roles;
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
