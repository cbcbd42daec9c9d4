package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.entity.Letter;
import org.casework.platform.control.CaseworkConfig;
import org.casework.platform.control.Mailer;

/**
 * Emails an issued letter, its PDF attached exactly as issued, to the address recorded when it was issued, and
 * records when the mail server accepted it. Called by the asynchronous step {@code emailLetter}: a mail failure
 * throws, the step is retried and then becomes an incident on the case; a letter already emailed is not sent again.
 */
@ApplicationScoped
@Transactional
public class LetterEmails {

    private static final Logger LOG = Logger.getLogger(LetterEmails.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;

    @Inject
    EntityManager em;

    public void send(long letterId) {
        // one node runs a job at a time (the engine's job lock); a retry after a success finds the letter emailed
        Letter letter = em.find(Letter.class, letterId);
        if (letter == null) {
            // the delivery is started in the transaction that issues the letter: not finding it means that
            // transaction did not commit as one, which must show as an incident, never as a letter silently unsent
            throw new IllegalStateException("Letter " + letterId + " to be emailed does not exist");
        }
        if (!letter.awaitsEmail() || !mailer.enabled()) {
            return;
        }
        String reference = letter.complaint().reference().value();
        try {
            mailer.send(letter.addressedTo(), "Case " + reference + ": " + letter.kind().label().toLowerCase(),
                    text(letter, reference), letter.fileName(), "application/pdf", letter.content());
        } catch (MessagingException e) {
            LOG.warning(() -> "Letter " + letterId + " of " + reference + " could not be emailed (will be retried): "
                    + e);
            throw new IllegalStateException("Letter " + letter.fileName() + " could not be emailed", e);
        }
        letter.emailed(Instant.now());
    }

    String text(Letter letter, String reference) {
        return "Kia ora " + letter.recipientName() + ",\n\n"
                + "Please find attached our letter about case " + reference + ", issued on "
                + letter.issuedAt().atZone(time.zone()).toLocalDate() + ".\n\n"
                + "The letter is a PDF document. Its SHA-256 fingerprint is " + letter.sha256().hex()
                + ": quote it if you need us to confirm that your copy is the letter we issued.\n\n"
                + config.regulatorName() + "\n";
    }
}
