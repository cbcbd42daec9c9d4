package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.letters.entity.CaseMessage;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.Recipient;
import org.casework.platform.control.Mailer;
import org.casework.security.entity.StaffIdentity;

/**
 * Staff write to the complainant, the practitioner or the employer from a case: an email to the address on record
 * (the complainant's own, only if they agreed to be contacted; the register's for the practitioner and the employer),
 * optionally carrying one of the case's issued letters. The message is kept on the case and counted as sent once the
 * mail server takes it; if it does not, nothing is kept and the sender is told to try again.
 */
@ApplicationScoped
@Transactional
public class CaseMessages {

    private static final Logger LOG = Logger.getLogger(CaseMessages.class.getName());

    @Inject
    CaseStore cases;
    @Inject
    LetterIssuing letters;
    @Inject
    Mailer mailer;
    @Inject
    CaseSteps steps;
    @Inject
    EntityManager em;

    public CaseMessage send(CaseReference reference, String to, String subject, String body, Long letterId,
                            StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners write to the people of a case");
        }
        Complaint complaint = cases.require(reference);
        // every refused field at once: the recipient (and their address), the subject, the text
        FieldErrors errors = new FieldErrors();
        Recipient recipient = errors.check(() -> recipient(to));
        String address = recipient == null ? null : errors.check(() -> addressOf(complaint, recipient));
        errors.check(() -> Require.text(subject, "subject", 200));
        errors.check(() -> Require.multiline(body, "body", 20_000));
        errors.throwIfAny();
        Letter letter = letterId == null ? null : letters.letter(reference, letterId);
        CaseMessage message = new CaseMessage(complaint, recipient, address, subject, body, letter, staff.username(),
                Instant.now());
        if (!mailer.enabled()) {
            throw new WrongStageException("Mail is switched off on this installation: nothing was sent");
        }
        try {
            if (letter == null) {
                mailer.send(message.addressedTo(), message.subject(), message.body());
            } else {
                mailer.send(message.addressedTo(), message.subject(), message.body(), letter.fileName(),
                        "application/pdf", letter.content());
            }
        } catch (MessagingException e) {
            LOG.warning(() -> "A message on " + reference + " could not be sent: " + e);
            throw new WrongStageException("The mail server did not take the message; nothing was sent. Try again "
                    + "in a few minutes");
        }
        message.emailed(Instant.now());
        em.persist(message);
        steps.record(complaint, "sendMessage", staff.username(), message.sentAt(), "Emailed the "
                + recipient.label() + ": " + message.subject());
        return message;
    }

    public List<CaseMessage> messagesOf(Complaint complaint) {
        return em.createNamedQuery(CaseMessage.OF_CASE, CaseMessage.class).setParameter("complaint", complaint)
                .getResultList();
    }

    private static Recipient recipient(String to) {
        try {
            Recipient recipient = Recipient.valueOf(to == null ? "" : to.strip());
            if (Recipient.OF_DECISIONS.contains(recipient)) {
                return recipient;
            }
        } catch (IllegalArgumentException e) {
            // refused below, naming the choices
        }
        throw new InvalidFieldException("recipient", "must be one of " + Recipient.OF_DECISIONS);
    }

    private static String addressOf(Complaint complaint, Recipient recipient) {
        var registrant = complaint.registrant();
        String address = switch (recipient) {
            case COMPLAINANT -> {
                if (!complaint.account().consentToContact()) {
                    throw new InvalidFieldException("recipient", "is the complainant, who did not agree to be "
                            + "contacted; write by the letters of the case instead");
                }
                yield complaint.complainant().email();
            }
            case PRACTITIONER -> registrant == null ? null : registrant.email();
            default -> registrant == null ? null : registrant.employerEmail();
        };
        if (address == null) {
            throw new InvalidFieldException("recipient", "has no email address on record for the "
                    + recipient.label());
        }
        return address;
    }
}
