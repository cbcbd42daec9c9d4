package org.casework.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.casework.audit.control.AuditLog;
import org.casework.kernel.InvalidFieldException;
import org.casework.security.entity.StaffAccount;

import static org.casework.audit.entity.AuditEntry.CHANGE_PASSWORD;

/**
 * A member of staff chooses their own password: after a one-time password (they may do nothing else first) or
 * whenever they like. A wrong current password counts as a failed sign-in, so a left-open session cannot be used to
 * guess it; every attempt is audited.
 */
@ApplicationScoped
public class PasswordChange {

    static final String WAY = "password change";

    @Inject
    EntityManager em;
    @Inject
    StaffDirectory directory;
    @Inject
    SignInGuard guard;
    @Inject
    AuditLog audit;

    @Transactional
    public void choose(String username, char[] current, char[] chosen, String address) {
        long wait = guard.refusal(username, address, WAY);
        if (wait > 0) {
            throw new InvalidFieldException("currentPassword", "has been wrong too often: try again in "
                    + Math.max(1, (wait + 59) / 60) + " minutes");
        }
        StaffAccount account = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidFieldException("currentPassword", "is not your current password"));
        try {
            account.choosePassword(current, chosen);
        } catch (InvalidFieldException refused) {
            if ("currentPassword".equals(refused.field())) {
                guard.failed(username, address, WAY);
            } else {
                audit.record(username, CHANGE_PASSWORD, target(username), false, refused.field() + " "
                        + refused.reason() + ", from " + address);
            }
            throw refused;
        }
        directory.forget(username);
        audit.record(username, CHANGE_PASSWORD, target(username), true, "own password chosen, from " + address);
    }

    private static String target(String username) {
        return "account " + username;
    }
}
