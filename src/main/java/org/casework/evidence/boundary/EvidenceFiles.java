package org.casework.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.ComplaintMerged;
import org.casework.evidence.control.EvidenceStore;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;

/** Hands evidence out to staff, always through the case it belongs to. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceFiles {

    @Inject
    CaseStore cases;

    @Inject
    EvidenceStore store;

    @Inject
    EntityManager em;

    public List<EvidenceItem> evidenceOf(Complaint complaint) {
        return em.createNamedQuery(EvidenceItem.OF_CASE, EvidenceItem.class)
                .setParameter("complaint", complaint).getResultList();
    }

    /** A duplicate merged into a case: its evidence, unchanged, now belongs to that case (merging transaction). */
    void moveMerged(@Observes ComplaintMerged merged) {
        List<EvidenceItem> items = evidenceOf(merged.duplicate());
        items.forEach(item -> item.moveTo(merged.into()));
        merged.filesMoved(items.size());
    }

    public EvidenceItem item(CaseReference reference, long evidenceId) {
        Complaint complaint = cases.require(reference);
        return em.createQuery("select e from EvidenceItem e where e.id = :id and e.complaint = :complaint",
                        EvidenceItem.class)
                .setParameter("id", evidenceId).setParameter("complaint", complaint)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No evidence " + evidenceId + " in case " + reference));
    }

    /** The original, byte for byte as received. */
    public InputStream open(EvidenceItem item) throws IOException {
        return store.open(item.storageKey());
    }

    /** A metadata-free copy for everyday viewing: the working copy, or the thumbnail. */
    public InputStream openCopy(EvidenceItem item, boolean thumbnail) throws IOException {
        String key = thumbnail ? item.thumbnailKey() : item.workingKey();
        if (key == null) {
            throw new CaseNotFoundException("Evidence " + item.id() + " has no " + (thumbnail ? "thumbnail" : "working copy"));
        }
        return store.open(key);
    }
}
