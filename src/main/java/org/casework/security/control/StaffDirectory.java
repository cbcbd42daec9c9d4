package org.casework.security.control;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
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
 * send Basic credentials on every call pay the price once, not per request.
 */
@ApplicationScoped
public class StaffDirectory {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];
    private volatile String decoyHash;

    private record Remembered(StaffIdentity identity, Instant until) {
    }

    private record Current(Optional<StaffIdentity> identity, Instant until) {
    }

    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    private final Map<String, Current> current = new ConcurrentHashMap<>();

    StaffDirectory() {
        new SecureRandom().nextBytes(cacheKey);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffIdentity> authenticate(String username, char[] password) {
        if (username == null || password == null || username.isBlank() || password.length == 0) {
            return Optional.empty();
        }
        String key = keyOf(username, password);
        Remembered remembered = verified.get(key);
        if (remembered != null && remembered.until().isAfter(Instant.now())) {
            return Optional.of(remembered.identity());
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
        verified.put(key, new Remembered(identity, Instant.now().plus(REMEMBER_FOR)));
        return Optional.of(identity);
    }

    /**
     * The person as the directory has them now, if still active: roles, team and deactivation take effect on the
     * next request, not at the next sign-in. Read at most every few seconds per person.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffIdentity> current(String username) {
        Current known = current.get(username);
        if (known != null && known.until().isAfter(Instant.now())) {
            return known.identity();
        }
        Optional<StaffIdentity> identity = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .filter(StaffAccount::active).map(StaffAccount::identity);
        if (current.size() > 10_000) {
            current.clear();
        }
        current.put(username, new Current(identity, Instant.now().plus(RECHECK_AFTER)));
        return identity;
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
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
