package org.casework.statistics.entity;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.kernel.Require;

/**
 * What the statistics know of a closed case, and nothing more: no names, no text, no evidence. Written when a case
 * closes in the workflow, or imported from a legacy file; the two are counted alike.
 */
@Entity
@Table(name = "closed_case")
public class ClosedCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "closed_case_seq")
    @SequenceGenerator(name = "closed_case_seq", sequenceName = "closed_case_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseSource source;

    @Column(name = "registration_number", length = 40)
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Platform platform;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "closed_on", nullable = false)
    private LocalDate closedOn;

    @Column(name = "days_to_close", nullable = false)
    private int daysToClose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Outcome outcome;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "closed_case_allegation", joinColumns = @JoinColumn(name = "closed_case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private Set<AllegationCategory> allegations = EnumSet.noneOf(AllegationCategory.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false, length = 20)
    private DecidedBy decidedBy = DecidedBy.NOT_RECORDED;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome", nullable = false, length = 20)
    private AppealOutcome appealOutcome = AppealOutcome.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome", nullable = false, length = 20)
    private ReviewOutcome reviewOutcome = ReviewOutcome.NONE;

    protected ClosedCase() {
    }

    public ClosedCase(String reference, CaseSource source, String registrationNumber, Platform platform,
                      LocalDate receivedOn, LocalDate closedOn, Outcome outcome, Set<AllegationCategory> allegations) {
        this.reference = Require.text(reference, "reference", 40);
        this.source = source;
        this.registrationNumber = Require.optionalText(registrationNumber, "registrationNumber", 40);
        this.platform = Require.present(platform, "platform");
        this.receivedOn = Require.present(receivedOn, "dateReceived");
        this.closedOn = Require.present(closedOn, "dateClosed");
        if (closedOn.isBefore(receivedOn)) {
            throw new InvalidFieldException("dateClosed", "is before the date received (" + receivedOn + ")");
        }
        if (closedOn.isAfter(LocalDate.now().plusDays(1))) { // a day's grace for time zones
            throw new InvalidFieldException("dateClosed", "is in the future (" + closedOn + ")");
        }
        this.daysToClose = (int) ChronoUnit.DAYS.between(receivedOn, closedOn);
        this.outcome = Require.present(outcome, "outcome");
        this.allegations.addAll(allegations);
    }

    /** Who decided: recorded when the workflow closes the case (an import does not know). */
    public ClosedCase decidedBy(DecidedBy who) {
        this.decidedBy = Require.present(who, "decidedBy");
        return this;
    }

    /** A court decided an appeal against the decision; the case keeps its outcome and decider. */
    public void appealDecided(AppealOutcome result) {
        this.appealOutcome = Require.present(result, "appealOutcome");
    }

    /** A review (Rule 12) upheld or set aside the decision; the case keeps its outcome and decider. */
    public void reviewed(ReviewOutcome result) {
        this.reviewOutcome = Require.present(result, "reviewOutcome");
    }

    public ReviewOutcome reviewOutcome() { return reviewOutcome; }
    public DecidedBy decidedBy() { return decidedBy; }
    public AppealOutcome appealOutcome() { return appealOutcome; }
    public String reference() { return reference; }
    public CaseSource source() { return source; }
    public Outcome outcome() { return outcome; }
    public LocalDate closedOn() { return closedOn; }
    public int daysToClose() { return daysToClose; }
}
