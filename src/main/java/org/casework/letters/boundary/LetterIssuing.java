package org.casework.letters.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.WrongStageException;
import org.casework.cases.entity.CaseNotFoundException;
import org.casework.cases.entity.Complaint;
import org.casework.letters.control.DecisionLetterComposer;
import org.casework.letters.control.LetterRenderer;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterKind;
import org.casework.platform.control.CaseworkConfig;

/** Issues a case's letters and hands them out again, always through the case they belong to. */
@ApplicationScoped
@Transactional
public class LetterIssuing {

    @Inject
    CaseStore cases;

    @Inject
    CaseworkConfig config;

    @PersistenceContext
    EntityManager em;

    private final LetterRenderer renderer = new LetterRenderer();
    private DecisionLetterComposer composer;

    @PostConstruct
    void init() {
        composer = new DecisionLetterComposer(config.regulatorName(), config.regulatorAddress(), config.signatory());
    }

    public Letter issueDecisionLetter(String reference) {
        Complaint complaint = cases.require(reference);
        if (complaint.decision() == null) {
            throw new WrongStageException("Case " + reference + " has no decision to write a letter about");
        }
        LocalDate today = LocalDate.now(config.zone());
        byte[] pdf = renderer.render(composer.toPractitioner(complaint, today));
        Letter letter = new Letter(complaint, LetterKind.DECISION_TO_PRACTITIONER, complaint.practitioner().name(),
                pdf, Instant.now());
        em.persist(letter);
        return letter;
    }

    public List<Letter> lettersOf(String reference) {
        return lettersOf(cases.require(reference));
    }

    public List<Letter> lettersOf(Complaint complaint) {
        return em.createNamedQuery(Letter.OF_CASE, Letter.class).setParameter("complaint", complaint).getResultList();
    }

    /** The letter, only if it belongs to the case named: an id alone never opens a letter. */
    public Letter letter(String reference, long letterId) {
        Complaint complaint = cases.require(reference);
        return em.createQuery("select l from Letter l where l.id = :id and l.complaint = :complaint", Letter.class)
                .setParameter("id", letterId).setParameter("complaint", complaint)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No letter " + letterId + " in case " + reference));
    }
}
