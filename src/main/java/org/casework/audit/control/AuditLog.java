package org.casework.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.casework.audit.entity.AuditEntry;
import org.casework.audit.entity.ChainCheck;

/**
 * Appends to the hash-chained audit log and checks the chain. An entry is written in a transaction of its own, so a
 * refused request (whose own transaction rolls back) is still recorded. Appends are serialised on the one row of
 * {@code audit_head}, which holds the last entry's id and hash: the chain has no gaps and no forks, on one node or
 * several sharing the database.
 */
@ApplicationScoped
public class AuditLog {

    static final int PAGE = 1000;

    @Inject
    EntityManager em;

    @Inject
    HttpServletRequest request;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry record(String actor, String action, String target, boolean allowed, String detail) {
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        AuditEntry entry = new AuditEntry(((Number) head[0]).longValue(), ((String) head[1]).strip(), Instant.now(),
                actor, action, target, allowed, source(), detail);
        em.persist(entry);
        em.createNativeQuery("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")
                .setParameter(1, entry.id()).setParameter(2, entry.hash()).executeUpdate();
        return entry;
    }

    /**
     * Walks the chain from the first entry to the one the head names: every id in turn, every hash recomputed, the
     * head matching the end. The head is read first: entries written while the walk goes on lie beyond it and are
     * left for the next check, instead of looking like entries the walk never saw.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChainCheck.Result verify() {
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
                .getSingleResult();
        long headId = ((Number) head[0]).longValue();
        ChainCheck check = new ChainCheck();
        List<AuditEntry> page;
        do {
            page = em.createQuery("select a from AuditEntry a where a.id >= :from and a.id <= :last order by a.id",
                            AuditEntry.class)
                    .setParameter("from", check.nextId()).setParameter("last", headId).setMaxResults(PAGE)
                    .getResultList();
            for (AuditEntry entry : page) {
                if (!check.next(entry)) {
                    return check.end(-1, "");
                }
            }
            em.clear();
        } while (page.size() == PAGE);
        return check.end(headId, (String) head[1]);
    }

    /** The newest entries first, of one target or one actor or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> entries(String target, String actor, int first, int max) {
        String where = target != null ? " where a.target = :value" : actor != null ? " where a.actor = :value" : "";
        var query = em.createQuery("select a from AuditEntry a" + where + " order by a.id desc", AuditEntry.class);
        if (!where.isEmpty()) {
            query.setParameter("value", target != null ? target : actor);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The entries about one case: the case file, and its evidence and letters; oldest first, at most 500. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> ofCase(String reference) {
        return em.createQuery("select a from AuditEntry a where a.target = :file or a.target like :part order by a.id",
                        AuditEntry.class)
                .setParameter("file", "case " + reference).setParameter("part", "% of case " + reference)
                .setMaxResults(500).getResultList();
    }

    /** The client's address, when there is a request (a workflow job has none). */
    private String source() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
