package org.casework.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.casework.kernel.Require;
import org.casework.kernel.Sha256;
import org.casework.security.entity.PasswordHash;
import org.casework.security.entity.PasswordRules;

/**
 * A practitioner's or representative's own sign-in: an email address and a password they chose, and the one-time
 * code of a sign-in under way (the second factor, sent to that address). The code is kept only as its hash, lives
 * ten minutes and allows five tries: six digits cannot be guessed in five.
 */
@Entity
@Table(name = "portal_account")
@NamedQuery(name = PortalAccount.BY_EMAIL, query = "select a from PortalAccount a where a.email = :email")
public class PortalAccount {

    public static final String BY_EMAIL = "PortalAccount.byEmail";
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    public static final int CODE_TRIES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    @Column(name = "code_attempts", nullable = false)
    private int codeAttempts;

    protected PortalAccount() {
    }

    /** Opened from an invitation: the address is the one the invitation reached, the password theirs. */
    public PortalAccount(String email, String fullName, char[] password, Instant at) {
        this.email = normalised(email);
        this.fullName = Require.text(fullName, "fullName", 200);
        PasswordRules.check(password, this.email);
        this.passwordHash = PasswordHash.hash(password);
        this.createdAt = at;
    }

    /** Addresses compare without case or surrounding spaces, as mail delivery treats them in practice. */
    public static String normalised(String email) {
        return Require.email(email, "email").toLowerCase(Locale.ROOT);
    }

    public boolean passwordIs(char[] password) {
        return PasswordHash.verify(password, passwordHash);
    }

    /** A fresh code replaces any earlier one; the code itself is returned once, to be sent, and never stored. */
    public String newCode(Instant now) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        codeHash = hashOf(code);
        codeExpiresAt = now.plus(CODE_LIFETIME);
        codeAttempts = 0;
        return code;
    }

    /** True once for the right code within its lifetime and tries; any answer uses a try, the right one the code. */
    public boolean confirm(String code, Instant now) {
        if (codeHash == null || now.isAfter(codeExpiresAt) || codeAttempts >= CODE_TRIES) {
            return false;
        }
        codeAttempts++;
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        boolean right = MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                hashOf(typed).getBytes(StandardCharsets.US_ASCII));
        if (right) {
            codeHash = null;
            codeExpiresAt = null;
        }
        return right;
    }

    private static String hashOf(String code) {
        return Sha256.of(code.getBytes(StandardCharsets.US_ASCII)).hex();
    }

    public Long id() { return id; }
    public String email() { return email; }
    public String fullName() { return fullName; }
    public Instant createdAt() { return createdAt; }
}
