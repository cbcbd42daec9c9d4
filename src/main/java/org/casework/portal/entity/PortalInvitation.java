package org.casework.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Require;
import org.casework.kernel.Sha256;

/**
 * A single-use link into the portal for one case, sent to one address: the practitioner's when the notice of
 * investigation goes out, a representative's when the practitioner names one. Only the token's hash is kept; the
 * link works once, until it expires, and not after a newer invitation for the same person replaced it.
 */
@Entity
@Table(name = "portal_invitation")
@NamedQuery(name = PortalInvitation.BY_TOKEN, query = "select i from PortalInvitation i where i.tokenHash = :hash")
@NamedQuery(name = PortalInvitation.OPEN_FOR, query = "select i from PortalInvitation i where i.caseReference = :ref"
        + " and i.email = :email and i.acceptedAt is null and i.withdrawnAt is null")
@NamedQuery(name = PortalInvitation.OF_CASE, query = "select i from PortalInvitation i where i.caseReference = :ref"
        + " order by i.issuedAt")
public class PortalInvitation {

    public static final String BY_TOKEN = "PortalInvitation.byToken";
    public static final String OPEN_FOR = "PortalInvitation.openFor";
    public static final String OF_CASE = "PortalInvitation.ofCase";
    public static final Duration LIFETIME = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The refusal an invitation link gets, in words the page shows. */
    public enum Refusal { UNKNOWN, USED, EXPIRED, REPLACED }

    /** The invitation and its token, which exists only here, on its way into the email. */
    public record Issued(PortalInvitation invitation, String token) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "case_reference", nullable = false, length = 30)
    private CaseReference caseReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PortalRole role;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "invited_by", nullable = false, length = 320)
    private String invitedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected PortalInvitation() {
    }

    public static Issued issue(CaseReference reference, PortalRole role, String fullName, String email,
                               String invitedBy, Instant at) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PortalInvitation invitation = new PortalInvitation();
        invitation.tokenHash = hashOf(token);
        invitation.caseReference = Require.present(reference, "reference");
        invitation.role = Require.present(role, "role");
        invitation.fullName = Require.text(fullName, "fullName", 200);
        invitation.email = PortalAccount.normalised(email);
        invitation.invitedBy = Require.text(invitedBy, "invitedBy", 320);
        invitation.issuedAt = at;
        invitation.expiresAt = at.plus(LIFETIME);
        return new Issued(invitation, token);
    }

    public static String hashOf(String token) {
        return Sha256.of((token == null ? "" : token.strip()).getBytes(StandardCharsets.UTF_8)).hex();
    }

    /** Null when the link may be used now, else why not. */
    public Refusal refusalAt(Instant now) {
        if (acceptedAt != null) {
            return Refusal.USED;
        }
        if (withdrawnAt != null) {
            return Refusal.REPLACED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }

    public void accept(Instant now) {
        if (refusalAt(now) != null) {
            throw new IllegalStateException("Invitation " + id + " cannot be used: " + refusalAt(now));
        }
        acceptedAt = now;
    }

    /** A newer invitation to the same person replaces this one, or the practitioner withdrew it. */
    public void withdraw(Instant now) {
        if (acceptedAt == null && withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public Long id() { return id; }
    public CaseReference caseReference() { return caseReference; }
    public PortalRole role() { return role; }
    public String fullName() { return fullName; }
    public String email() { return email; }
    public String invitedBy() { return invitedBy; }
    public Instant issuedAt() { return issuedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }
}
