package org.casework.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;

/**
 * A message staff start from when they write to one of a case's people (a request for the employer's information,
 * a reminder of the practitioner's deadline, news for the complainant), kept by administrators. Its subject and text
 * may name the case's facts ({@code {reference}}, {@code {practitioner}}, ...); the writer sees them merged and may
 * change anything before sending.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    /** The facts a message may name; any other {@code {name}} is refused when the template is saved. */
    public static final Set<String> FACTS = Set.of("reference", "practitioner", "complainant", "employer",
            "responseDueDate", "sender", "regulator");

    private static final Pattern PLACE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @Column(name = "template_key", length = 60)
    private String key;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recipient recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = Require.LONG_COLUMN)
    private String body;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MessageTemplate() {
    }

    public MessageTemplate(String key, String name, Recipient recipient, String subject, String body, String by,
                           Instant at) {
        this.key = Require.text(key, "key", 60);
        if (!KEY.matcher(this.key).matches()) {
            throw new InvalidFieldException("key", "must be lower-case letters and digits joined by hyphens");
        }
        reword(name, recipient, subject, body, by, at);
    }

    /** Every refused field at once; a fact the system does not know is refused with the list of those it does. */
    public void reword(String name, Recipient recipient, String subject, String body, String by, Instant at) {
        FieldErrors errors = new FieldErrors();
        String newName = errors.check(() -> Require.text(name, "name", 100));
        Recipient newRecipient = errors.check(() -> {
            if (recipient == null || !Recipient.OF_DECISIONS.contains(recipient)) {
                throw new InvalidFieldException("recipient", "must be one of " + Recipient.OF_DECISIONS);
            }
            return recipient;
        });
        String newSubject = errors.check(() -> knownFacts(Require.text(subject, "subject", 200), "subject"));
        String newBody = errors.check(() -> knownFacts(Require.multiline(body, "body", 20_000), "body"));
        errors.throwIfAny();
        this.name = newName;
        this.recipient = newRecipient;
        this.subject = newSubject;
        this.body = newBody;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The subject and text with the facts put in; a fact the case does not have reads as an empty string. */
    public Draft merge(Map<String, String> facts) {
        return new Draft(fill(subject, facts), fill(body, facts));
    }

    public record Draft(String subject, String body) {
    }

    private static String fill(String text, Map<String, String> facts) {
        // one pass over the template's own text: a merged value is never searched for places
        return PLACE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(facts.getOrDefault(m.group(1), "")));
    }

    private static String knownFacts(String text, String field) {
        Set<String> unknown = new TreeSet<>();
        PLACE.matcher(text).results().map(m -> m.group(1)).filter(f -> !FACTS.contains(f)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(field, "names facts the system does not know: " + unknown
                    + "; it knows " + new TreeSet<>(FACTS));
        }
        return text;
    }

    public String key() { return key; }
    public String name() { return name; }
    public Recipient recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
