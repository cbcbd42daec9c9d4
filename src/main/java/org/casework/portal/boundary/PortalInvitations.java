package org.casework.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.casework.audit.control.AuditLog;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.NoticeIssued;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.platform.control.CaseworkConfig;
import org.casework.platform.control.Mailer;
import org.casework.portal.control.InvitationMail;
import org.casework.portal.control.PortalDirectory;
import org.casework.portal.entity.CaseAccess;
import org.casework.portal.entity.InvitationIssued;
import org.casework.portal.entity.PortalAccount;
import org.casework.portal.entity.PortalInvitation;
import org.casework.portal.entity.PortalInvitation.Refusal;
import org.casework.portal.entity.PortalRole;
import org.casework.portal.entity.PortalUser;
import org.casework.register.entity.Practitioner;
import org.casework.security.control.SignInGuard;
import org.casework.security.entity.StaffIdentity;

/**
 * Who is let into the portal for a case: the practitioner, invited when the notice of investigation goes out (or
 * again by staff), and the representatives the practitioner names. An invitation is a single-use link; using it
 * opens an account with a password the person chooses, or, for someone who already has one, adds the case to it.
 */
@ApplicationScoped
@Transactional
public class PortalInvitations {

    public static final String INVITED = "PORTAL_INVITED";
    public static final String ACCEPTED = "PORTAL_INVITATION_ACCEPTED";
    public static final String REFUSED = "PORTAL_INVITATION_REFUSED";
    public static final String WITHDRAWN = "PORTAL_ACCESS_WITHDRAWN";
    static final String SYSTEM = "casework";

    /** What the invitation page shows before anything is typed; {@code refusal} null when the link may be used. */
    public record Invitation(String caseReference, String fullName, String email, PortalRole role,
                             boolean hasAccount, Refusal refusal) implements Serializable {
    }

    @Inject
    EntityManager em;
    @Inject
    PortalDirectory directory;
    @Inject
    CaseStore cases;
    @Inject
    AuditLog audit;
    @Inject
    SignInGuard guard;
    @Inject
    Event<InvitationIssued> issued;
    @Inject
    InvitationMail mail;
    @Inject
    Mailer mailer;
    @Inject
    CaseworkConfig config;

    /** The notice is out (issuing transaction): the practitioner is invited to answer online, if we can email them. */
    void inviteOnNotice(@Observes NoticeIssued notice) {
        Practitioner registrant = cases.require(notice.reference()).registrant();
        // with no address on the register the letter is posted; staff invite from the case page once they have one
        if (registrant != null && registrant.email() != null) {
            invite(notice.reference(), PortalRole.PRACTITIONER, registrant.fullName(), registrant.email(), SYSTEM,
                    notice.at());
        }
    }

    /**
     * A lost or expired link: staff send the practitioner a new one, and earlier ones stop working. In demo mode with
     * mail off the link is answered, to be shown, since no email will carry it.
     */
    public Optional<String> invitePractitioner(CaseReference reference, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners invite a practitioner");
        }
        Complaint complaint = cases.require(reference);
        Practitioner registrant = complaint.registrant();
        if (registrant == null || registrant.email() == null) {
            throw new InvalidFieldException("practitioner", "has no email address on the register: match the "
                    + "practitioner to a registrant with one first");
        }
        String token = invite(reference, PortalRole.PRACTITIONER, registrant.fullName(), registrant.email(),
                staff.username(), Instant.now());
        return config.demo() && !mailer.enabled() ? Optional.of(mail.link(token)) : Optional.empty();
    }

    /** The practitioner names someone to act for them on this case; that person gets their own invitation. */
    public void inviteRepresentative(PortalUser practitioner, CaseReference reference, String fullName,
                                     String email) {
        CaseAccess access = directory.requireAccess(practitioner, reference);
        if (access.role() != PortalRole.PRACTITIONER) {
            throw new AccessDeniedException("Only the practitioner names a representative");
        }
        FieldErrors errors = new FieldErrors();
        String name = errors.check(() -> Require.text(fullName, "fullName", 200));
        String address = errors.check(() -> PortalAccount.normalised(email));
        if (address != null && address.equals(practitioner.email())) {
            errors.add(new InvalidFieldException("email", "is your own address: give your representative's"));
        }
        errors.throwIfAny();
        invite(reference, PortalRole.REPRESENTATIVE, name, address, practitioner.actor(), Instant.now());
    }

    /** The practitioner takes a representative's access away (or cancels their unused invitation). */
    public void withdrawRepresentative(PortalUser practitioner, CaseReference reference, String email) {
        if (directory.requireAccess(practitioner, reference).role() != PortalRole.PRACTITIONER) {
            throw new AccessDeniedException("Only the practitioner withdraws a representative");
        }
        Instant now = Instant.now();
        directory.openInvitations(reference, email).forEach(i -> i.withdraw(now));
        directory.accessTo(reference).stream()
                .filter(a -> a.active() && a.role() == PortalRole.REPRESENTATIVE && a.account().email().equals(email))
                .forEach(a -> a.withdraw(practitioner.actor(), now));
        audit.record(practitioner.actor(), WITHDRAWN, "case " + reference, true, "representative " + email);
    }

    public Invitation look(String token) {
        return directory.invitation(token)
                .map(i -> new Invitation(i.caseReference().value(), i.fullName(), i.email(), i.role(),
                        directory.account(i.email()).isPresent(), i.refusalAt(Instant.now())))
                .orElse(new Invitation(null, null, null, null, false, Refusal.UNKNOWN));
    }

    /**
     * The invited person uses the link: a new account with the password they chose (typed twice), or their existing
     * account's password; either way the case is added to what they see, the link is spent, and they are signed in
     * (the link reached their mailbox, which is the second factor).
     */
    public PortalUser accept(String token, char[] password, char[] repeated, String address) {
        Instant now = Instant.now();
        PortalInvitation invitation = directory.invitation(token)
                .filter(i -> i.refusalAt(now) == null)
                .orElseThrow(() -> refused(token, address, now));
        PortalAccount account = directory.account(invitation.email()).orElse(null);
        if (account == null) {
            if (!Arrays.equals(password, repeated)) {
                throw new InvalidFieldException("repeatPassword", "is not the same as the password above");
            }
            account = new PortalAccount(invitation.email(), invitation.fullName(), password, now);
            em.persist(account);
        } else if (guard.refusal(SignInGuard.PORTAL, account.email(), address, "invitation") > 0
                || !account.passwordIs(password)) {
            guard.failed(SignInGuard.PORTAL, account.email(), address, "invitation");
            throw new InvalidFieldException("password", "is not the password of your portal account");
        }
        invitation.accept(now);
        Long accountId = account.id();
        boolean inAlready = account.id() != null && directory.accessTo(invitation.caseReference()).stream()
                .anyMatch(a -> a.active() && a.account().id().equals(accountId));
        if (!inAlready) { // a new link to someone already in (a lost email, say) just signs them in
            em.persist(new CaseAccess(account, invitation.caseReference(), invitation.role(), now));
        }
        PortalUser user = PortalUser.of(account);
        audit.record(user.actor(), ACCEPTED, "case " + invitation.caseReference(), true,
                invitation.role().label() + " from " + address);
        return user;
    }

    private RuntimeException refused(String token, String address, Instant now) {
        Refusal why = directory.invitation(token).map(i -> i.refusalAt(now)).orElse(Refusal.UNKNOWN);
        audit.record("portal", REFUSED, "portal invitation", false, why + " from " + address);
        return new InvitationRefusedException(why);
    }

    private String invite(CaseReference reference, PortalRole role, String fullName, String email, String by,
                          Instant at) {
        String address = PortalAccount.normalised(email);
        directory.openInvitations(reference, address).forEach(earlier -> earlier.withdraw(at));
        PortalInvitation.Issued made = PortalInvitation.issue(reference, role, fullName, address, by, at);
        em.persist(made.invitation());
        audit.record(by, INVITED, "case " + reference, true, role.label() + " " + address);
        issued.fire(new InvitationIssued(reference, role, fullName, address, made.token(), by));
        return made.token();
    }
}
