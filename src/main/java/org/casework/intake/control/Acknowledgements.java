package org.casework.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Logger;
import org.casework.intake.entity.ComplaintReceived;
import org.casework.platform.control.CaseworkConfig;
import org.casework.platform.control.Mailer;

/**
 * Acknowledges a complaint by email once it is committed, never for one that was rolled back. A mail failure does not
 * undo the complaint: the receipt page already gave the complainant their reference.
 */
@ApplicationScoped
public class Acknowledgements {

    private static final Logger LOG = Logger.getLogger(Acknowledgements.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    CaseworkConfig config;

    void acknowledge(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintReceived complaint) {
        if (!mailer.enabled() || complaint.complainantEmail() == null) {
            return;
        }
        try {
            mailer.send(complaint.complainantEmail(), "We have received your complaint " + complaint.reference(),
                    text(complaint));
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Acknowledgement of " + complaint.reference() + " could not be sent: " + e);
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
