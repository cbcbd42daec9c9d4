package org.casework.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
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
    public static final String UNLOCKED = "SIGN_IN_UNLOCKED";

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

    /** Who signs in where: staff, or practitioners and representatives on their portal, counted apart. */
    public static final String STAFF = "staff";
    public static final String PORTAL = "portal";

    /** 0 when this attempt may be checked, else the seconds to wait (the refusal is audited). */
    public long refusal(String username, String address, String way) {
        return refusal(STAFF, username, address, way);
    }

    public long refusal(String door, String username, String address, String way) {
        long wait = Math.max(limiter.exhausted(accountKey(door, username), failuresPerAccount),
                limiter.exhausted("signin-address:" + address, failuresPerAddress));
        // recorded once an hour per account and address: a client hammering away must not flood the audit chain
        if (wait > 0 && limiter.acquire("signin-throttle-recorded:" + accountKey(door, username) + "@" + address, 1)
                == 0) {
            audit.record(typed(username), THROTTLED, door + " " + typed(username), false, way + " from " + address
                    + ", too many failures; wait " + wait + " s");
        }
        return wait;
    }

    public void succeeded(String username, String address, String way) {
        succeeded(STAFF, username, address, way);
    }

    public void succeeded(String door, String username, String address, String way) {
        audit.record(typed(username), SIGNED_IN, door + " " + typed(username), true, way + " from " + address);
    }

    public void failed(String username, String address, String way) {
        failed(STAFF, username, address, way);
    }

    public void failed(String door, String username, String address, String way) {
        limiter.acquire(accountKey(door, username), failuresPerAccount);
        limiter.acquire("signin-address:" + address, failuresPerAddress);
        audit.record(typed(username), FAILED, door + " " + typed(username), false, way + " from " + address);
    }

    /** Seconds until the account may try again; 0 when it is not locked by failed sign-ins. */
    public long lockedFor(String username) {
        return limiter.exhausted(accountKey(STAFF, username), failuresPerAccount);
    }

    /**
     * An administrator lifts the lock: failures someone else typed must not keep a colleague out for an hour. The
     * per-address limit stays, so whoever was guessing is still held back.
     */
    public void unlock(String username, String administrator) {
        limiter.forget(accountKey(STAFF, username));
        audit.record(administrator, UNLOCKED, "staff " + username, true, "failed sign-ins forgotten");
    }

    /** The audit entry cleans and clips what was typed. */
    private static String typed(String username) {
        return username == null ? "" : username.strip();
    }

    /** Case-insensitive, as usernames are; bounded, since it is whatever a client typed. */
    private static String accountKey(String door, String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // staff keys stay as they were, so a rolling upgrade keeps the windows already counted
        return "signin-account:" + (STAFF.equals(door) ? "" : door + ":")
                + (name.length() > 100 ? name.substring(0, 100) : name);
    }
}
