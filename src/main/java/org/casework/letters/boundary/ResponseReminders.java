package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.control.LetterTemplates;
import org.casework.letters.entity.LetterKind;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.TemplateKey;
import org.casework.platform.control.Mailer;

/**
 * Day 21 of the practitioner's 28: an email, in the wording administrators keep as the reminder template, to the
 * practitioner's address on the register, and a step on the case saying whether it went and why not. Nothing is
 * sent once the response is in. A mail failure throws: the step is retried, then shows as an incident.
 */
@ApplicationScoped
@Transactional
public class ResponseReminders {

    private static final Logger LOG = Logger.getLogger(ResponseReminders.class.getName());

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    LetterTemplates templates;
    @Inject
    Mailer mailer;
    @Inject
    RegulatorTime time;

    @Inject
    LetterComposer composer;


    public void remind(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        if (complaint.responseClock().receivedAt() != null) {
            return;
        }
        String due = LetterComposer.DAY.format(complaint.responseClock().dueOn());
        String email = LetterKind.INVESTIGATION_NOTICE.emailOf(complaint);
        String note;
        if (email == null) {
            note = "Reminder not emailed: the register has no email address for the practitioner (response due on "
                    + due + ")";
        } else if (!mailer.enabled()) {
            note = "Reminder not emailed: mail is switched off (response due on " + due + ")";
        } else {
            LetterTemplate template = templates.of(TemplateKey.responseReminder());
            LocalDate today = time.today();
            try {
                mailer.send(email, composer.subject(template, complaint, today),
                        composer.text(template, complaint, today));
            } catch (MessagingException e) {
                LOG.warning(() -> "The response reminder of " + reference + " could not be sent (will be retried): "
                        + e);
                throw new IllegalStateException("The response reminder of " + reference + " could not be sent", e);
            }
            note = "Reminder emailed to the practitioner: the response is due on " + due;
        }
        steps.record(complaint, "sendResponseReminder", CaseStep.SYSTEM, Instant.now(), note);
    }
}
