package org.casework.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.casework.audit.control.AuditLog;
import org.casework.platform.control.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records every staff sign-in in the audit log (success, failure, the first refusal while throttled, with the
 * address) and throttles guessing: after {@code casework.signin.failures-per-hour} failed attempts on one account (10), or
 * {@code casework.signin.failures-per-address-per-hour} from one address (50), further attempts are refused unchecked
 * until the oldest failure is an hour old, so a right password does not reveal itself either.
 */
@ApplicationScoped
public class SignInGuard {

    public static final String SIGNED_IN = "SIGN_IN";
    public static final String FAILED = "SIGN_IN_FAILED";
    public static final String THROTTLED = "SIGN_IN_THROTTLED";

    @Inject
    RateLimiter limiter;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "casework.signin.failures-per-hour", defaultValue = "10")
    int failuresPerAccount;

    @Inject
    @ConfigProperty(name = "casework.signin.failures-per-address-per-hour", defaultValue = "50")
    int failuresPerAddress;

    /** 0 when this attempt may be checked, else the seconds to wait (the refusal is audited). */
    public long refusal(String username, String address, String way) {
        long wait = Math.max(limiter.exhausted(accountKey(username), failuresPerAccount),
                limiter.exhausted("signin-address:" + address, failuresPerAddress));
        // recorded once an hour per account and address: a client hammering away must not flood the audit chain
        if (wait > 0 && limiter.acquire("signin-throttle-recorded:" + accountKey(username) + "@" + address, 1) == 0) {
            audit.record(actor(username), THROTTLED, target(username), false, way + " from " + address
                    + ", too many failures; wait " + wait + " s");
        }
        return wait;
    }

    public void succeeded(String username, String address, String way) {
        audit.record(actor(username), SIGNED_IN, target(username), true, way + " from " + address);
    }

    public void failed(String username, String address, String way) {
        limiter.acquire(accountKey(username), failuresPerAccount);
        limiter.acquire("signin-address:" + address, failuresPerAddress);
        audit.record(actor(username), FAILED, target(username), false, way + " from " + address);
    }

    private static String accountKey(String username) {
        return "signin-account:" + actor(username).toLowerCase(java.util.Locale.ROOT);
    }

    /** What was typed as a username, made safe to store and show: no control characters, at most 100. */
    private static String actor(String username) {
        String safe = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?").strip();
        return safe.length() > 100 ? safe.substring(0, 100) : safe;
    }

    private static String target(String username) {
        String target = "staff " + actor(username);
        return target.length() > 200 ? target.substring(0, 200) : target;
    }
}
