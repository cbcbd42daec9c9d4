package org.casework.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casework.security.entity.PasswordHash;
import org.casework.security.entity.StaffAccount;
import org.casework.security.entity.StaffIdentity;

/**
 * Checks staff credentials. A 600,000-iteration PBKDF2 check costs a good part of a second, so a successful check is
 * remembered for a few minutes under a keyed hash of the credentials (never the password itself): API scripts that
 * send Basic credentials on every call pay the price once, not per request. A remembered check is used only while
 * the account's password is the one it was checked against, re-read every few seconds: a reset or a change on another
 * node shuts out the old password within {@link #RECHECK_AFTER}.
 */
@ApplicationScoped
public class StaffDirectory {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];
    private volatile String decoyHash;

    /** A checked credential, good while the password it was checked against is still the account's. */
    private record Remembered(StaffIdentity identity, String passwordVersion, Instant until) {
    }

    /** The account as last read: who, if active; whether they must choose a password; the password in force. */
    private record Current(Optional<StaffIdentity> identity, boolean passwordChangeRequired, String passwordVersion,
                           Instant until) {
    }

    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    private final Map<String, Current> current = new ConcurrentHashMap<>();

    StaffDirectory() {
        new SecureRandom().nextBytes(cacheKey);
    }

    /** The person these credentials sign in, as the account is now (active, its roles and team); else empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffIdentity> authenticate(String username, char[] password) {
        if (username == null || password == null || username.isBlank() || password.length == 0) {
            return Optional.empty();
        }
        String key = keyOf(username, password);
        Remembered remembered = verified.get(key);
        if (remembered != null && remembered.until().isAfter(Instant.now())) {
            // another node may have reset the password or deactivated the account since: the check holds only for
            // the password in force, and answers with the account as it is now
            Current now = snapshot(remembered.identity().username());
            if (remembered.passwordVersion().equals(now.passwordVersion())) {
                return now.identity();
            }
        }
        Optional<StaffAccount> account = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
        if (account.isEmpty()) {
            // the same work as for a real account, so the answer's timing does not tell which usernames exist
            PasswordHash.verify(password, decoy());
            return Optional.empty();
        }
        if (!account.get().checkPassword(password)) {
            return Optional.empty();
        }
        StaffIdentity identity = account.get().identity();
        if (verified.size() > 10_000) {
            verified.clear();
        }
        verified.put(key, new Remembered(identity, account.get().passwordVersion(), Instant.now().plus(REMEMBER_FOR)));
        return Optional.of(identity);
    }

    /**
     * The person as the directory has them now, if still active: roles, team and deactivation take effect on the
     * next request, not at the next sign-in. Read at most every few seconds per person.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffIdentity> current(String username) {
        return snapshot(username).identity();
    }

    /** Signed in with a one-time password an administrator gave out: may do nothing but choose their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChoosePassword(String username) {
        return snapshot(username).passwordChangeRequired();
    }

    private Current snapshot(String username) {
        Current known = current.get(username);
        if (known != null && known.until().isAfter(Instant.now())) {
            return known;
        }
        Optional<StaffAccount> account = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
        Current now = new Current(account.filter(StaffAccount::active).map(StaffAccount::identity),
                account.map(StaffAccount::passwordChangeRequired).orElse(false),
                account.map(StaffAccount::passwordVersion).orElse(""), Instant.now().plus(RECHECK_AFTER));
        if (current.size() > 10_000) {
            current.clear();
        }
        current.put(username, now);
        return now;
    }

    /** After an administrator changed the account: nothing remembered about it is used again. */
    public void forget(String username) {
        current.remove(username);
        verified.values().removeIf(r -> r.identity().username().equals(username));
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = PasswordHash.hash("decoy".toCharArray());
        }
        return decoyHash;
    }

    private String keyOf(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
