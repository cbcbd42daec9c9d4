package org.casework.letters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.letters.entity.LetterTemplate;
import org.casework.letters.entity.TemplateKey;

/** The wording in use for each letter: the administrators' where they reworded it, else the shipped default. */
@ApplicationScoped
public class LetterTemplates {

    @Inject
    EntityManager em;

    public LetterTemplate of(TemplateKey key) {
        LetterTemplate stored = em.find(LetterTemplate.class, key.value());
        return stored != null ? stored : DefaultTemplates.of(key);
    }

    /** Every template in the administrators' order: the reworded ones read in one query. */
    public List<LetterTemplate> all() {
        Map<TemplateKey, LetterTemplate> stored = em.createQuery("select t from LetterTemplate t",
                LetterTemplate.class).getResultStream().collect(Collectors.toMap(LetterTemplate::key,
                t -> t));
        return TemplateKey.all().stream().map(k -> stored.getOrDefault(k, DefaultTemplates.of(k))).toList();
    }

    /** Stores a new wording after checking it in full; the row is locked so two administrators cannot interleave. */
    public LetterTemplate reword(TemplateKey key, String subject, String body, boolean issued, String by) {
        LetterTemplate stored = em.find(LetterTemplate.class, key.value(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            LetterTemplate fresh = new LetterTemplate(key, subject, body, issued);
            fresh.reword(subject, body, issued, by, Instant.now());
            em.persist(fresh);
            return fresh;
        }
        stored.reword(subject, body, issued, by, Instant.now());
        return stored;
    }

    /** Back to the shipped wording. */
    public LetterTemplate reset(TemplateKey key) {
        LetterTemplate stored = em.find(LetterTemplate.class, key.value());
        if (stored != null) {
            em.remove(stored);
        }
        return DefaultTemplates.of(key);
    }
}
