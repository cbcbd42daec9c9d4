package org.casework.retention.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.audit.control.AuditLog;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.retention.control.CaseDisposal;
import org.casework.retention.control.RetentionPolicy;
import org.casework.retention.entity.DisposalProposal;
import org.casework.security.entity.StaffIdentity;
import org.casework.statistics.entity.ClosedCase;

/**
 * The administrators' retention work: a dry run of what is due, a proposal of cases to dispose of, and a second
 * administrator's approval, which disposes of each proposed case that is still due.
 */
@ApplicationScoped
@Transactional
public class Retention {

    public static final int LISTED = 1_000;
    public static final String PROPOSE_DISPOSAL = "PROPOSE_DISPOSAL";
    public static final String DISPOSE_CASE = "DISPOSE_CASE";

    /** A case past its retention period, as the dry run lists it: no personal data. */
    public record DueCase(String reference, Instant receivedAt, Instant closedAt, String platform, String outcome) {
    }

    public record DryRun(int retentionDays, LocalDate closedBefore, List<DueCase> cases, boolean complete) {
    }

    public record ProposalView(long id, String proposedBy, Instant proposedAt, LocalDate closedBefore, String state,
                               String decidedBy, Instant decidedAt, Integer disposed, List<String> references) {
        static ProposalView of(DisposalProposal p) {
            return new ProposalView(p.id(), p.proposedBy(), p.proposedAt(), p.closedBefore(), p.state().name(),
                    p.decidedBy(), p.decidedAt(), p.disposed(), p.references());
        }
    }

    /** The outcome of an approval: what went, and the proposed cases kept because they were no longer due. */
    public record Approval(ProposalView proposal, List<CaseDisposal.Disposed> disposed, List<String> kept) {
    }

    @Inject
    RetentionPolicy policy;
    @Inject
    CaseDisposal disposal;
    @Inject
    CaseStore cases;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    public DryRun dryRun() {
        List<Complaint> due = policy.due(LISTED + 1);
        List<Complaint> listed = due.subList(0, Math.min(LISTED, due.size()));
        Map<String, String> outcomes = outcomes(listed.stream().map(c -> c.reference().value()).toList());
        return new DryRun(policy.days(), policy.closedBefore(), listed.stream().map(c -> new DueCase(
                c.reference().value(), c.receivedAt(), c.closedAt(), c.platform().name(),
                outcomes.get(c.reference().value()))).toList(), due.size() <= LISTED);
    }

    /** Proposes the given due cases, or every due case listed by the dry run when none are given. */
    public ProposalView propose(List<String> references, StaffIdentity admin) {
        List<String> chosen;
        if (references == null || references.isEmpty()) {
            chosen = policy.due(LISTED).stream().map(c -> c.reference().value()).toList();
        } else {
            chosen = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                String field = "references[" + i + "]";
                Complaint c = find(references.get(i), field);
                if (!policy.isDue(c)) {
                    throw new InvalidFieldException(field, "case " + references.get(i) + " is not due for disposal: "
                            + "it must be closed before " + policy.closedBefore() + " and its process ended");
                }
                if (!chosen.contains(c.reference().value())) {
                    chosen.add(c.reference().value());
                }
            }
        }
        DisposalProposal proposal = new DisposalProposal(admin.username(), Instant.now(), policy.closedBefore(),
                chosen);
        em.persist(proposal);
        em.flush();
        audit.record(admin.username(), PROPOSE_DISPOSAL, "disposal proposal " + proposal.id(), true,
                chosen.size() + " cases closed before " + policy.closedBefore());
        return ProposalView.of(proposal);
    }

    public List<ProposalView> proposals() {
        return em.createQuery("select p from DisposalProposal p order by p.proposedAt desc", DisposalProposal.class)
                .setMaxResults(100).getResultList().stream().map(ProposalView::of).toList();
    }

    public Approval approve(long id, StaffIdentity admin) {
        DisposalProposal proposal = proposal(id);
        proposal.approve(admin.username(), Instant.now());
        List<CaseDisposal.Disposed> disposed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String reference : proposal.references()) {
            Complaint c = cases.find(new CaseReference(reference)).orElse(null);
            if (c == null || !policy.isDue(c)) {
                kept.add(reference); // disposed already, or reopened by a later step: nothing goes
                continue;
            }
            disposed.add(disposal.dispose(c));
            audit.record(admin.username(), DISPOSE_CASE, "case " + reference, true, "disposal proposal " + id
                    + " of " + proposal.proposedBy() + ", approved by " + admin.username());
        }
        DisposalProposal approved = proposal(id); // disposing cleared the persistence context
        approved.disposedOf(disposed.size());
        return new Approval(ProposalView.of(approved), disposed, kept);
    }

    private DisposalProposal proposal(long id) {
        DisposalProposal p = em.find(DisposalProposal.class, id);
        if (p == null) {
            throw new CaseNotFoundException("There is no disposal proposal " + id);
        }
        return p;
    }

    private Complaint find(String reference, String field) {
        if (reference == null || !CaseReference.isWellFormed(reference)) {
            throw new InvalidFieldException(field, "is not a case reference like MSC-2026-000001");
        }
        return cases.find(new CaseReference(reference))
                .orElseThrow(() -> new InvalidFieldException(field, "there is no case " + reference));
    }

    private Map<String, String> outcomes(List<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from ClosedCase c where c.reference in :references", ClosedCase.class)
                .setParameter("references", references).getResultStream()
                .collect(Collectors.toMap(ClosedCase::reference, c -> c.outcome().name(), (a, b) -> a));
    }
}
