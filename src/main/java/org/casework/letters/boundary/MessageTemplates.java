package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.entity.MessageTemplate;
import org.casework.letters.entity.Recipient;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffIdentity;

/**
 * The messages staff start from: administrators keep them; investigators and case examiners take one for a case and
 * get its subject and text with the case's facts put in, to change as they like before {@link CaseMessages#send}.
 */
@ApplicationScoped
@Transactional
public class MessageTemplates {

    @Inject
    EntityManager em;
    @Inject
    CaseStore cases;
    @Inject
    CaseworkConfig config;

    public List<MessageTemplate> all() {
        return em.createQuery("select t from MessageTemplate t order by t.recipient, t.name", MessageTemplate.class)
                .getResultList();
    }

    /** Creates the template or rewords the one of that key (administrators only). */
    public MessageTemplate save(String key, String name, String recipient, String subject, String body,
                                StaffIdentity staff) {
        requireAdministrator(staff);
        Recipient to = recipientOrNull(recipient); // refused with the other fields by the template itself
        MessageTemplate existing = em.find(MessageTemplate.class, key == null ? "" : key);
        if (existing != null) {
            existing.reword(name, to, subject, body, staff.username(), Instant.now());
            return existing;
        }
        MessageTemplate created = new MessageTemplate(key, name, to, subject, body, staff.username(), Instant.now());
        em.persist(created);
        return created;
    }

    public void delete(String key, StaffIdentity staff) {
        requireAdministrator(staff);
        em.remove(require(key));
    }

    /** The template's subject and text with this case's facts in them, for its writer to change and send. */
    public Draft draft(CaseReference reference, String key, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners write to the people of a case");
        }
        Complaint complaint = cases.require(reference);
        MessageTemplate template = require(key);
        MessageTemplate.Draft merged = template.merge(facts(complaint, staff));
        return new Draft(template.key(), template.recipient().name(), merged.subject(), merged.body());
    }

    /** {@code recipient}: COMPLAINANT, PRACTITIONER or EMPLOYER, as {@link CaseMessages#send} takes it. */
    public record Draft(String template, String recipient, String subject, String body) {
    }

    private Map<String, String> facts(Complaint complaint, StaffIdentity staff) {
        Map<String, String> facts = new HashMap<>();
        facts.put("reference", complaint.reference().value());
        facts.put("practitioner", complaint.registrant() != null ? complaint.registrant().fullName()
                : complaint.practitioner().name());
        String complainant = complaint.complainant().fullName();
        facts.put("complainant", complainant == null ? "complainant" : complainant);
        facts.put("employer", LetterComposer.employerOf(complaint));
        LocalDate due = complaint.responseClock().dueOn();
        facts.put("responseDueDate", due == null ? "the date in our letter" : LetterComposer.DAY.format(due));
        facts.put("sender", staff.displayName() == null ? staff.username() : staff.displayName());
        facts.put("regulator", config.regulatorName());
        return facts;
    }

    private static void requireAdministrator(StaffIdentity staff) {
        if (!staff.hasRole(Role.ADMIN_NAME)) {
            throw new AccessDeniedException("Only administrators keep the message templates");
        }
    }

    private MessageTemplate require(String key) {
        MessageTemplate template = key == null ? null : em.find(MessageTemplate.class, key);
        if (template == null) {
            throw new CaseNotFoundException("There is no message template '" + key + "'");
        }
        return template;
    }

    private static Recipient recipientOrNull(String recipient) {
        try {
            return recipient == null ? null : Recipient.valueOf(recipient.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
