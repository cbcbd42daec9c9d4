package org.casework.portal.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.portal.entity.PortalRole;

/**
 * A case as its practitioner or their representative sees it in the portal: what it is about in the regulator's
 * words, the clauses concerned with their text, the letters to the practitioner, the complainant's material only as
 * far as they agreed to share it, what the practitioner has sent, and what is asked of them now.
 */
public record PortalCase(String reference, PortalRole role, String practitioner, String status, Awaiting awaiting,
                         LocalDate respondBy, Instant responseReceivedAt, String allegationSummary,
                         List<String> allegations, List<Clause> clauses, List<LetterLine> letters,
                         List<Material> material, boolean materialShared, List<Sent> sent,
                         List<Person> representatives, List<TimeAsked> timeRequests, List<Written> messages)
        implements Serializable {

    /** What the portal asks of the practitioner now. */
    public enum Awaiting { RESPONSE, WARNING_ANSWER, UNDERTAKINGS_ANSWER, NOTHING }

    public record Clause(String number, String heading, String text) implements Serializable {
    }

    public record LetterLine(long id, String title, Instant issuedAt) implements Serializable {
    }

    /** An item the complainant sent: a working copy may be opened only where {@code shared}. */
    public record Material(long id, String description, Instant receivedAt, boolean shared) implements Serializable {
    }

    public record Sent(long id, String fileName, Instant sentAt) implements Serializable {
    }

    /** A representative: invited (not yet in), acting, or withdrawn. */
    public record Person(String fullName, String email, PortalRole role, String state, Instant since)
            implements Serializable {
    }

    /** More time asked for: {@code granted} null while the investigator has not answered. */
    public record TimeAsked(int days, String reason, Instant askedAt, Boolean granted, String note,
                            Instant answeredAt) implements Serializable {
    }

    /** A message written to the investigator in the portal, by whom. */
    public record Written(String from, String body, Instant sentAt) implements Serializable {
    }

    /** More time may be asked while the response is awaited and no earlier request waits for an answer. */
    public boolean mayAskForTime() {
        return awaiting == Awaiting.RESPONSE && timeRequests.stream().allMatch(t -> t.granted() != null);
    }

    public boolean open() {
        return !"CLOSED".equals(status);
    }

    public boolean practitionerActs() {
        return role == PortalRole.PRACTITIONER;
    }
}
