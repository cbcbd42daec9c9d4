package org.casework.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.control.CaseworkConfig;
import org.casework.platform.control.Mailer;
import org.casework.portal.control.PortalDirectory;
import org.casework.portal.entity.PortalAccount;
import org.casework.portal.entity.PortalUser;
import org.casework.security.control.SignInGuard;

/**
 * Signing in to the portal takes two steps: the email address and password, then a six-digit code sent to that
 * address. Both steps are throttled and audited as staff sign-ins are (the portal's own counters), and a wrong
 * address, a wrong password and a throttled attempt all get the same answer.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = InvalidFieldException.class)
public class PortalSignIn {

    static final String PASSWORD_STEP = "password";
    static final String CODE_STEP = "code";

    /** The first step passed: whose code to ask for; {@code demoCode} only in demo mode with mail off. */
    public record CodeSent(long accountId, String email, String demoCode) implements Serializable {
    }

    @Inject
    PortalDirectory directory;
    @Inject
    SignInGuard guard;
    @Inject
    Mailer mailer;
    @Inject
    CaseworkConfig config;

    public CodeSent begin(String email, char[] password, String address) {
        String typed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (guard.refusal(SignInGuard.PORTAL, typed, address, PASSWORD_STEP) > 0) {
            throw wrong();
        }
        Optional<PortalAccount> account = directory.account(typed).filter(a -> a.passwordIs(password));
        if (account.isEmpty()) {
            guard.failed(SignInGuard.PORTAL, typed, address, PASSWORD_STEP);
            throw wrong();
        }
        String code = account.get().newCode(Instant.now());
        if (mailer.enabled()) {
            try {
                mailer.send(typed, "Your sign-in code", "Your code to sign in to " + config.regulatorName()
                        + "'s practitioner portal is\n\n    " + code + "\n\nIt works for ten minutes. If you did "
                        + "not try to sign in just now, someone knows your password: please choose a new one and "
                        + "tell us at " + config.regulatorEmail() + ".\n");
            } catch (MessagingException e) {
                throw new IllegalStateException("The sign-in code could not be emailed", e);
            }
            return new CodeSent(account.get().id(), typed, null);
        }
        return new CodeSent(account.get().id(), typed, config.demo() ? code : null);
    }

    public PortalUser confirm(long accountId, String code, String address) {
        PortalAccount account = directory.account(accountId);
        if (account == null) {
            throw new InvalidFieldException("code", "is not the code we sent, or it has expired: sign in again");
        }
        if (guard.refusal(SignInGuard.PORTAL, account.email(), address, CODE_STEP) > 0
                || !account.confirm(code, Instant.now())) {
            guard.failed(SignInGuard.PORTAL, account.email(), address, CODE_STEP);
            throw new InvalidFieldException("code", "is not the code we sent, or it has expired: sign in again "
                    + "for a new one");
        }
        guard.succeeded(SignInGuard.PORTAL, account.email(), address, "password and emailed code");
        return PortalUser.of(account);
    }

    private static InvalidFieldException wrong() {
        return new InvalidFieldException("password", "does not match the email address, or there were too many "
                + "tries: check both, or wait an hour");
    }
}
