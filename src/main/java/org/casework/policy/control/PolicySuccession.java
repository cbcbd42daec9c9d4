package org.casework.policy.control;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casework.kernel.ClauseId;
import org.casework.kernel.WrongStageException;
import org.casework.policy.control.PolicyFile.Problem;
import org.casework.policy.entity.PolicyClause;
import org.casework.policy.entity.PolicyDocument;
import org.casework.policy.entity.PolicyVersion;

/**
 * Plans the import of a policy version and, when asked, carries it out: a new document if its code is new, a new
 * version that supersedes the one in force before it (which then ends the day the new one starts), or, for a label
 * already imported and never cited, the version replaced. A version a decision has cited is never changed.
 */
public class PolicySuccession {

    private final EntityManager em;

    public PolicySuccession(EntityManager em) {
        this.em = em;
    }

    /** What an import does (or did, when {@code stored}). */
    public record Plan(String documentCode, String documentTitle, boolean newDocument, String label,
                       LocalDate effectiveFrom, String supersedes, boolean replaces, List<PlannedClause> clauses,
                       boolean stored) implements Serializable {
    }

    public record PlannedClause(String clauseId, String number, String heading) implements Serializable {
    }

    public Plan preview(PolicyFile file) {
        return plan(file, false);
    }

    public Plan apply(PolicyFile file) {
        return plan(file, true);
    }

    private Plan plan(PolicyFile file, boolean store) {
        List<Problem> problems = new ArrayList<>(file.problems());
        if (!problems.isEmpty()) {
            throw new PolicyFileRefusedException(problems);
        }
        PolicyFile.Document named = file.document();
        LocalDate from = file.version().effectiveFrom();
        PolicyDocument document = em.createQuery("select d from PolicyDocument d where d.code = :code",
                PolicyDocument.class).setParameter("code", named.code()).getResultStream().findFirst().orElse(null);
        if (document == null) {
            requiredForNew(problems, "document.title", named.title());
            requiredForNew(problems, "document.issuer", named.issuer());
        }
        List<PolicyVersion> versions = document == null ? List.of() : em.createQuery(
                "select v from PolicyVersion v where v.document = :document order by v.effectiveFrom",
                PolicyVersion.class).setParameter("document", document).getResultList();
        PolicyVersion same = versions.stream().filter(v -> v.label().equals(file.version().label())).findFirst()
                .orElse(null);
        if (same != null && cited(same)) {
            throw new WrongStageException(same.describe() + " has been cited by a decision: it can no longer be "
                    + "changed, only superseded by a new version");
        }
        PolicyVersion previous = null;
        for (PolicyVersion v : versions) {
            if (v == same) {
                continue;
            }
            if (!v.effectiveFrom().isBefore(from)) {
                problems.add(new Problem("version.effectiveFrom", "must be after " + v.effectiveFrom()
                        + ", when version " + v.label() + " came into force"));
            } else {
                previous = v;
            }
        }
        List<ClauseId> ids = file.clauses().stream().map(c -> new ClauseId(file.clauseId(c))).toList();
        Map<ClauseId, PolicyClause> taken = em.createNamedQuery(PolicyClause.BY_CLAUSE_IDS, PolicyClause.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(PolicyClause::clauseId, Function.identity()));
        List<PlannedClause> planned = new ArrayList<>();
        for (int i = 0; i < file.clauses().size(); i++) {
            PolicyFile.Clause clause = file.clauses().get(i);
            String id = ids.get(i).value();
            PolicyClause existing = taken.get(ids.get(i));
            if (existing != null && !existing.version().equals(same)) {
                problems.add(new Problem("clauses[" + i + "].number", "would give the id " + id + ", which "
                        + existing.version().describe() + " already uses"));
            }
            planned.add(new PlannedClause(id, clause.number(), clause.heading()));
        }
        if (!problems.isEmpty()) {
            throw new PolicyFileRefusedException(problems);
        }
        boolean supersedes = previous != null && (previous.effectiveTo() == null || previous.effectiveTo().isAfter(from));
        if (store) {
            store(file, document, same, supersedes ? previous : null);
        }
        return new Plan(named.code(), document == null ? named.title() : document.title(), document == null,
                file.version().label(), from, supersedes ? previous.label() : null, same != null, planned, store);
    }

    private void store(PolicyFile file, PolicyDocument document, PolicyVersion replaced, PolicyVersion superseded) {
        if (document == null) {
            document = new PolicyDocument(file.document().code(), file.document().title().strip(),
                    file.document().issuer().strip());
            em.persist(document);
        }
        if (replaced != null) {
            em.createQuery("select c from PolicyClause c where c.version = :version", PolicyClause.class)
                    .setParameter("version", replaced).getResultList().forEach(em::remove);
            em.remove(replaced);
            em.flush();
        }
        LocalDate from = file.version().effectiveFrom();
        if (superseded != null) {
            superseded.supersedeOn(from);
        }
        PolicyVersion version = new PolicyVersion(document, file.version().label().strip(), from, null,
                file.version().source());
        em.persist(version);
        int position = 0;
        for (PolicyFile.Clause clause : file.clauses()) {
            em.persist(new PolicyClause(version, new ClauseId(file.clauseId(clause)), clause.number(),
                    clause.heading().strip(), clause.text().strip(), ++position));
        }
    }

    /** Whether a decision cites a clause of the version: then its text is final. */
    private boolean cited(PolicyVersion version) {
        return em.createQuery("select count(d) from Decision d join d.citedClauses c where c.version = :version",
                Long.class).setParameter("version", version).getSingleResult() > 0;
    }

    private static void requiredForNew(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "is required for a new document"));
        }
    }
}
