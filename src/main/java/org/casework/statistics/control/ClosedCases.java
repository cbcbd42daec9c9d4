package org.casework.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import org.casework.cases.entity.AppealDecided;
import org.casework.cases.entity.CaseClosed;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.DecisionReviewed;
import org.casework.kernel.AllegationCategory;
import org.casework.kernel.RegulatorTime;
import org.casework.statistics.entity.AppealOutcome;
import org.casework.statistics.entity.CaseSource;
import org.casework.statistics.entity.ClosedCase;
import org.casework.statistics.entity.DecidedBy;
import org.casework.statistics.entity.ReviewOutcome;

/**
 * Records a case in the statistics when it closes, in the closing transaction: counted once closed, never before,
 * and once only. A duplicate merged into another case is counted with that case's outcome and closing date when the
 * case it joined closes: the matter it raised is settled only then, and the registrar's tables would otherwise hold
 * a complaint with no outcome.
 */
@ApplicationScoped
public class ClosedCases {

    @Inject
    EntityManager em;

    @Inject
    RegulatorTime time;

    void record(@Observes CaseClosed closed) {
        Complaint complaint = closed.complaint();
        if (complaint.mergedInto().isPresent()) {
            return; // counted when the case it joined closes
        }
        recordWithDuplicates(complaint, complaint);
    }

    /** Duplicates merged into a duplicate (merged while both were at triage) belong to the same matter. */
    private void recordWithDuplicates(Complaint complaint, Complaint matter) {
        record(complaint, matter);
        em.createQuery("select c from Complaint c where c.routing.mergedInto = :reference", Complaint.class)
                .setParameter("reference", complaint.reference()).getResultList()
                .forEach(duplicate -> recordWithDuplicates(duplicate, matter));
    }

    /** The complaint's own reference, platform and day received; the matter's outcome, allegations and closing. */
    private void record(Complaint complaint, Complaint matter) {
        if (alreadyCounted(complaint)) {
            return;
        }
        String registration = matter.registrant() != null ? matter.registrant().registrationNumber()
                : matter.practitioner().registrationNumber();
        em.persist(new ClosedCase(complaint.reference().value(), CaseSource.WORKFLOW, registration,
                complaint.platform(), time.dayOf(complaint.receivedAt()),
                time.dayOf(matter.closedAt()), matter.decision().outcome(),
                matter.allegations().isEmpty() ? EnumSet.noneOf(AllegationCategory.class)
                        : EnumSet.copyOf(matter.allegations())).decidedBy(DecidedBy.valueOf(
                matter.decision().decider().name())));
    }

    /** The court's result is counted apart; the case keeps the outcome and decider it closed with. */
    void appealDecided(@Observes AppealDecided decided) {
        em.createQuery("select c from ClosedCase c where c.reference = :reference", ClosedCase.class)
                .setParameter("reference", decided.reference().value()).getResultList()
                .forEach(c -> c.appealDecided(AppealOutcome.valueOf(decided.result().name())));
    }

    /** A review's result is counted apart too: the first decision stays the one the case is counted with. */
    void decisionReviewed(@Observes DecisionReviewed review) {
        em.createQuery("select c from ClosedCase c where c.reference = :reference", ClosedCase.class)
                .setParameter("reference", review.reference().value()).getResultList()
                .forEach(c -> c.reviewed(review.setAside() ? ReviewOutcome.SET_ASIDE : ReviewOutcome.UPHELD));
    }

    private boolean alreadyCounted(Complaint complaint) {
        return !em.createQuery("select c.id from ClosedCase c where c.reference = :reference", Long.class)
                .setParameter("reference", complaint.reference().value()).setMaxResults(1).getResultList()
                .isEmpty();
    }
}
