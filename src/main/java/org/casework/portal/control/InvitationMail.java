package org.casework.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;
import org.casework.platform.control.Mailer;
import org.casework.portal.entity.InvitationIssued;
import org.casework.portal.entity.PortalInvitation;
import org.casework.portal.entity.PortalRole;

/**
 * Emails an invitation's link once the invitation is committed. A failed send is logged, not retried: the person
 * still has the posted letter, and staff can send a new invitation from the case page. With mail off in demo mode the
 * link goes to the log, so a visitor can try the portal.
 */
@ApplicationScoped
public class InvitationMail {

    private static final Logger LOG = Logger.getLogger(InvitationMail.class.getName());

    @Inject
    Mailer mailer;
    @Inject
    CaseworkConfig config;
    @Inject
    RegulatorTime time;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationIssued invitation) {
        String link = link(invitation.token());
        if (!mailer.enabled()) {
            if (config.demo()) {
                LOG.info(() -> "Demo: portal invitation for " + invitation.email() + " on " + invitation.reference()
                        + ": " + link);
            }
            return;
        }
        try {
            // not "Case …:", the subject letters are sent under: this is an invitation, not a letter of the case
            mailer.send(invitation.email(), (invitation.role() == PortalRole.PRACTITIONER ? "Answer online"
                    : "You are named as representative") + ", case " + invitation.reference(), text(invitation, link));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Portal invitation for " + invitation.reference() + " was not emailed", e);
        }
    }

    public String link(String token) {
        return config.baseUrl() + "/practitioner/invitation.xhtml?token=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8);
    }

    private String text(InvitationIssued invitation, String link) {
        String expires = time.dayOf(Instant.now().plus(PortalInvitation.LIFETIME)).format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
        String why = invitation.role() == PortalRole.PRACTITIONER
                ? "We have sent you a notice of investigation about a complaint, case " + invitation.reference()
                + ". You can read it, see the allegations and the material we may share with you, and send your "
                + "response online, instead of by post."
                : "The practitioner in case " + invitation.reference() + " has named you as their representative. "
                + "You can read the case's notice and letters and answer for them online.";
        return "Dear " + invitation.fullName() + ",\n\n" + why + "\n\nTo start, open this link:\n\n" + link
                + "\n\nThe link works once, until " + expires + ". When you use it you choose a password. After "
                + "that you sign in at " + config.baseUrl() + "/practitioner/ with this email address, your password "
                + "and a code we email you each time.\n\nIf you did not expect this email, please tell us at "
                + config.regulatorEmail() + " and do not use the link.\n\n" + config.regulatorName() + "\n";
    }
}
