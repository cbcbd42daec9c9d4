package org.casework.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.control.LetterTemplates;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.TemplateKey;
import org.casework.platform.control.Mailer;

/**
 * Acknowledges a complaint by email, in the wording of the acknowledgement template. Called by the workflow's
 * asynchronous step {@code sendAcknowledgement}, after the complaint is committed: a mail failure throws, the step is
 * retried, and after its retries it becomes an incident staff can see and retry. It never undoes the complaint: the
 * receipt page already gave the reference. The tracking code is never in it (it is only shown once, on the receipt).
 */
@ApplicationScoped
public class Acknowledgements {

    private static final Logger LOG = Logger.getLogger(Acknowledgements.class.getName());

    @Inject
    Mailer mailer;


    @Inject
    RegulatorTime time;

    @Inject
    CaseStore cases;

    @Inject
    LetterTemplates templates;

    @Inject
    LetterComposer composer;


    @Transactional
    public void acknowledge(String reference) {
        Complaint complaint = cases.require(reference);
        String email = complaint.complainant().email();
        if (!mailer.enabled() || email == null) {
            return;
        }
        LetterTemplate template = templates.of(TemplateKey.acknowledgement());
        LocalDate today = time.today();
        try {
            mailer.send(email, composer.subject(template, complaint, today), composer.text(template, complaint, today));
        } catch (MessagingException e) {
            LOG.warning(() -> "Acknowledgement of " + reference + " could not be sent (will be retried): " + e);
            throw new IllegalStateException("The acknowledgement of " + reference + " could not be sent", e);
        }
    }
}
