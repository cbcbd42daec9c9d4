package org.casework.workspace.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.ComplainantMessage;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.CaseMessages;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.letters.entity.CaseMessage;
import org.casework.letters.entity.Letter;
import org.casework.portal.control.PortalDirectory;

/**
 * Everything a case sent and received, in one list in the order it happened: the letters issued (and whether they
 * were emailed), the messages staff wrote, what the complainant added through the status page, and what the
 * practitioner or their representative wrote in their portal.
 */
@ApplicationScoped
@Transactional
public class CaseCorrespondence {

    /**
     * One item: {@code sent} (or received), with whom ({@code party}), what ({@code title}), its text or file,
     * and where it went ({@code delivery}: an address and when the mail server took it, or how it goes instead).
     */
    public record Item(Instant at, boolean sent, String party, String title, String text, String delivery,
                       Long letterId) implements Serializable {
    }

    @Inject
    CaseStore cases;
    @Inject
    LetterIssuing letters;
    @Inject
    CaseMessages messages;
    @Inject
    EntityManager em;
    @Inject
    PortalDirectory portal;

    public List<Item> of(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        List<Item> items = new ArrayList<>();
        for (Letter letter : letters.lettersOf(complaint)) {
            items.add(new Item(letter.issuedAt(), true, letter.recipientName(), letter.kind().label()
                    + (letter.version() > 1 ? " (version " + letter.version() + ")" : ""), letter.fileName(),
                    letter.addressedTo() == null ? "to be posted" : letter.emailedAt() == null
                            ? "waiting to be emailed to " + letter.addressedTo()
                            : "emailed to " + letter.addressedTo(), letter.id()));
        }
        for (CaseMessage message : messages.messagesOf(complaint)) {
            items.add(new Item(message.sentAt(), true, "the " + message.recipient().label(), message.subject(),
                    message.body() + (message.letter() == null ? "" : "\n[attached: " + message.letter().fileName()
                            + "]"), "emailed to " + message.addressedTo(), null));
        }
        em.createQuery("select m from ComplainantMessage m where m.complaint = :c", ComplainantMessage.class)
                .setParameter("c", complaint).getResultStream()
                .forEach(m -> items.add(new Item(m.receivedAt(), false, "the complainant",
                        "Added through the status page", m.body(), "received online", null)));
        portal.messagesOf(reference).forEach(m -> items.add(new Item(m.sentAt(), false, m.fromName() + ", "
                + m.fromRole().label().toLowerCase(Locale.ROOT), "Written in the practitioner's portal", m.body(),
                "received online", null)));
        items.sort(Comparator.comparing(Item::at));
        return items;
    }
}
