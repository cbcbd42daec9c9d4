package org.casework.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Logger;
import org.casework.intake.entity.ComplaintReceived;
import org.casework.platform.control.CaseworkConfig;
import org.casework.platform.control.Mailer;

/**
 * Acknowledges a complaint by email. Called by the workflow's asynchronous step {@code sendAcknowledgement}, after
 * the complaint is committed: a mail failure throws, the step is retried, and after its retries it becomes an
 * incident staff can see and retry. It never undoes the complaint: the receipt page already gave the reference.
 */
@ApplicationScoped
public class Acknowledgements {

    private static final Logger LOG = Logger.getLogger(Acknowledgements.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    CaseworkConfig config;

    @Inject
    CaseStore cases;

    @Transactional
    public void acknowledge(String reference) {
        Complaint c = cases.require(reference);
        ComplaintReceived complaint = new ComplaintReceived(reference, c.complainant().fullName(),
                c.complainant().email(), c.receivedAt());
        if (!mailer.enabled() || complaint.complainantEmail() == null) {
            return;
        }
        try {
            mailer.send(complaint.complainantEmail(), "We have received your complaint " + complaint.reference(),
                    text(complaint));
        } catch (MessagingException e) {
            LOG.warning(() -> "Acknowledgement of " + reference + " could not be sent (will be retried): " + e);
            throw new IllegalStateException("The acknowledgement of " + reference + " could not be sent", e);
        }
    }

    String text(ComplaintReceived complaint) {
        String name = complaint.complainantName() == null ? "" : " " + complaint.complainantName();
        return "Kia ora" + name + ",\n\n"
                + "Thank you for your complaint. We received it on "
                + complaint.receivedAt().atZone(config.zone()).toLocalDate() + ".\n\n"
                + "Your reference is " + complaint.reference() + ".\n"
                + "To follow your complaint, use this reference together with the tracking code shown on your "
                + "receipt. For your security we do not send the tracking code by email.\n\n"
                + config.regulatorName() + "\n";
    }
}
