package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.casework.cases.entity.Complaint;
import org.casework.evidence.boundary.EvidenceFiles;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterKind;
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

    @Inject
    EvidenceFiles evidence;

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
        List<Mailer.Attachment> files = new ArrayList<>(List.of(new Mailer.Attachment(letter.fileName(),
                "application/pdf", letter.content())));
        // the Commissioner gets the complaint's material by law (s64); another body only what the complainant let us share
        if (letter.kind() == LetterKind.HDC_TRANSFER || letter.kind() == LetterKind.REFERRAL_TO_BODY
                && letter.complaint().account().consentToShare()) {
            files.addAll(material(letter.complaint(), reference));
        }
        try {
            mailer.send(letter.addressedTo(), "Case " + reference + ": " + letter.kind().label().toLowerCase(),
                    text(letter, reference, files.size() - 1), files);
        } catch (MessagingException e) {
            LOG.warning(() -> "Letter " + letterId + " of " + reference + " could not be emailed (will be retried): "
                    + e);
            throw new IllegalStateException("Letter " + letter.fileName() + " could not be emailed", e);
        }
        letter.emailed(Instant.now());
    }

    /**
     * What the complainant gave us, for the Commissioner the complaint is transferred to (HPCA Act s64): the working
     * copy of each file (an image without its metadata; a PDF's pages drawn as one picture), never an original that
     * could carry active content.
     */
    private List<Mailer.Attachment> material(Complaint complaint, String reference) {
        List<Mailer.Attachment> copies = new ArrayList<>();
        for (EvidenceItem item : evidence.evidenceOf(complaint)) {
            if (item.workingKey() == null) {
                continue; // described in the letter, as everything is
            }
            try (InputStream in = evidence.openCopy(item, false)) {
                copies.add(new Mailer.Attachment(reference + "-material-" + (copies.size() + 1) + ".jpg", "image/jpeg",
                        in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("The working copy of evidence " + item.id() + " could not be read", e);
            }
        }
        return copies;
    }

    String text(Letter letter, String reference, int material) {
        return "Kia ora " + letter.recipientName() + ",\n\n"
                + "Please find attached our letter about case " + reference + ", issued on "
                + letter.issuedAt().atZone(time.zone()).toLocalDate() + ".\n\n"
                + (material == 0 ? "" : "With it are " + material + (material == 1 ? " file" : " files")
                + " the complainant gave us, as working copies (pictures without their metadata).\n\n")
                + "The letter is a PDF document. Its SHA-256 fingerprint is " + letter.sha256().hex()
                + ": quote it if you need us to confirm that your copy is the letter we issued.\n\n"
                + config.regulatorName() + "\n";
    }
}
