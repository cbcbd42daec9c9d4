package org.casework.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.casework.cases.entity.Complaint;
import org.casework.evidence.control.EvidenceStore;
import org.casework.workflow.control.CaseWorkflow;

/**
 * Disposes of one case: its complaint, complainant, practitioner details, description, post links, evidence and document rows and
 * files, letters and drafts, messages (received and sent), notes and steps, allegations, decisions, the API's stored first answer to its
 * submission (Idempotency-Key) and the engine's history of it. What stays is the anonymous statistics row
 * ({@code closed_case}, its registration number removed) and the audit log, which is append-only and names cases by
 * reference only. Evidence and document files go once the transaction commits.
 */
@ApplicationScoped
public class CaseDisposal {

    /** What went with a case. */
    public record Disposed(String reference, int evidenceItems, int letters) {
    }

    /** In an order the foreign keys allow; every value a bound parameter. */
    private static final List<String> CHILDREN = List.of(
            "DELETE FROM evidence_item WHERE complaint_id = ?1",
            "DELETE FROM case_document WHERE complaint_id = ?1",
            "DELETE FROM post_link WHERE complaint_id = ?1",
            "DELETE FROM complainant_message WHERE complaint_id = ?1",
            "DELETE FROM case_step WHERE complaint_id = ?1",
            "DELETE FROM complaint_allegation_clause WHERE complaint_id = ?1",
            "DELETE FROM complaint_allegation WHERE complaint_id = ?1",
            "DELETE FROM case_message WHERE complaint_id = ?1",
            "DELETE FROM letter_draft WHERE complaint_id = ?1",
            "UPDATE letter SET replaces_id = NULL WHERE complaint_id = ?1",
            "DELETE FROM letter WHERE complaint_id = ?1",
            "DELETE FROM related_complaint WHERE complaint_id = ?1 OR related_id = ?1");

    @Inject
    EntityManager em;
    @Inject
    EvidenceStore evidence;
    @Inject
    CaseWorkflow workflow;

    public Disposed dispose(Complaint complaint) {
        long id = complaint.id();
        String reference = complaint.reference().value();
        String process = complaint.processInstanceId();
        Object[] owned = (Object[]) em.createNativeQuery("SELECT complainant_id, decision_id, examiners_decision_id "
                + "FROM complaint WHERE id = ?1").setParameter(1, id).getSingleResult();
        List<String> files = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery("SELECT storage_key, working_key, thumbnail_key FROM evidence_item "
                + "WHERE complaint_id = ?1").setParameter(1, id).getResultList();
        keys.forEach(row -> Arrays.stream(row).filter(Objects::nonNull).map(Object::toString)
                .forEach(files::add));
        @SuppressWarnings("unchecked")
        List<Object[]> documentKeys = em.createNativeQuery("SELECT storage_key, working_key, thumbnail_key FROM "
                + "case_document WHERE complaint_id = ?1").setParameter(1, id).getResultList();
        documentKeys.forEach(row -> Arrays.stream(row).filter(Objects::nonNull).map(Object::toString)
                .forEach(files::add));
        int letters = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM letter WHERE complaint_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
        em.flush();
        em.clear(); // the rows go by SQL below: nothing of them may be written back from memory
        CHILDREN.forEach(sql -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate());
        em.createNativeQuery("DELETE FROM complaint WHERE id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM complainant WHERE id = ?1").setParameter(1, owned[0]).executeUpdate();
        for (Object decision : new Object[] {owned[1], owned[2]}) {
            if (decision != null) {
                em.createNativeQuery("DELETE FROM decision_clause WHERE decision_id = ?1").setParameter(1, decision)
                        .executeUpdate();
                em.createNativeQuery("DELETE FROM decision WHERE id = ?1").setParameter(1, decision).executeUpdate();
            }
        }
        em.createNativeQuery("UPDATE closed_case SET registration_number = NULL WHERE reference = ?1")
                .setParameter(1, reference).executeUpdate();
        // the sealed first answer holds the tracking code: a replayed key must not lead back to a disposed case
        em.createNativeQuery("DELETE FROM idempotent_submission WHERE reference = ?1")
                .setParameter(1, reference).executeUpdate();
        evidence.removeAfterCommit(files);
        if (process != null) {
            workflow.forgetHistory(process);
        }
        return new Disposed(reference, keys.size(), letters);
    }
}
