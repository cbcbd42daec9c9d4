package org.casework.retention.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;

/**
 * A batch of closed cases one administrator proposes to dispose of; nothing goes until a second administrator
 * approves it (four eyes on an act that cannot be undone).
 */
@Entity
@Table(name = "disposal_proposal")
public class DisposalProposal {

    public enum State { PROPOSED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disposal_proposal_seq")
    @SequenceGenerator(name = "disposal_proposal_seq", sequenceName = "disposal_proposal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "closed_before", nullable = false)
    private LocalDate closedBefore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private Integer disposed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disposal_proposal_case", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "reference", length = 30)
    private List<String> references = new ArrayList<>();

    protected DisposalProposal() {
    }

    public DisposalProposal(String proposedBy, Instant at, LocalDate closedBefore, List<String> references) {
        if (references == null || references.isEmpty()) {
            throw new InvalidFieldException("references",
                    "no closed case is due for disposal");
        }
        this.proposedBy = Require.text(proposedBy, "proposedBy", 100);
        this.proposedAt = Require.present(at, "proposedAt");
        this.closedBefore = Require.present(closedBefore, "closedBefore");
        this.references = new ArrayList<>(references);
        this.state = State.PROPOSED;
    }

    /** A second administrator approves; the proposer cannot, and a batch is approved once. */
    public void approve(String by, Instant at) {
        if (state != State.PROPOSED) {
            throw new WrongStageException("Disposal proposal " + id + " was already approved by " + decidedBy);
        }
        if (proposedBy.equals(by)) {
            throw new AccessDeniedException("A disposal must be approved by another administrator than "
                    + proposedBy + ", who proposed it");
        }
        this.state = State.APPROVED;
        this.decidedBy = Require.text(by, "decidedBy", 100);
        this.decidedAt = Require.present(at, "decidedAt");
    }

    public void disposedOf(int count) {
        this.disposed = count;
    }

    public Long id() { return id; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public LocalDate closedBefore() { return closedBefore; }
    public State state() { return state; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Integer disposed() { return disposed; }
    public List<String> references() { return List.copyOf(references); }
}
