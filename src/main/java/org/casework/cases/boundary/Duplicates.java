package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.casework.cases.control.CaseAccess;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.control.RelatedComplaintLinks;
import org.casework.cases.entity.CaseClosed;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.ComplaintMerged;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/**
 * An investigator settles a link between two complaints: merge the other, a duplicate not yet triaged, into this
 * case (its evidence and post links come over, it closes, its process ends and its complainant's status page follows
 * this case), or keep the two apart (the link goes). Both are steps on both cases.
 */
@ApplicationScoped
@Transactional
public class Duplicates {

    static final String MERGE_STEP = "mergeComplaint";
    static final String KEEP_APART_STEP = "keepApart";

    @Inject
    CaseStore cases;
    @Inject
    CaseAccess access;
    @Inject
    RelatedComplaintLinks related;
    @Inject
    Event<ComplaintMerged> mergedEvents;
    @Inject
    Event<CaseClosed> closed;
    @Inject
    CaseWorkflow workflow;
    @Inject
    CaseSteps steps;

    public void merge(CaseReference reference, CaseReference duplicate, StaffIdentity investigator) {
        Complaint[] pair = linked(reference, duplicate, investigator);
        Instant now = Instant.now();
        pair[1].mergeInto(pair[0], now);
        ComplaintMerged merged = new ComplaintMerged(pair[1], pair[0]);
        mergedEvents.fire(merged);
        closed.fire(new CaseClosed(pair[1]));
        workflow.endAll(pair[1].reference().value(), "merged into " + pair[0].reference().value());
        steps.record(pair[0], MERGE_STEP, investigator.username(), now, "Complaint " + pair[1].reference().value()
                + " merged into this case with its post links and " + merged.filesMoved() + " evidence file(s)");
        steps.record(pair[1], MERGE_STEP, investigator.username(), now, "Merged into case "
                + pair[0].reference().value());
    }

    public void keepApart(CaseReference reference, CaseReference other, StaffIdentity investigator) {
        Complaint[] pair = linked(reference, other, investigator);
        related.unlink(pair[0], pair[1]);
        Instant now = Instant.now();
        steps.record(pair[0], KEEP_APART_STEP, investigator.username(), now, "Not the same matter as "
                + pair[1].reference().value() + ": no longer linked");
        steps.record(pair[1], KEEP_APART_STEP, investigator.username(), now, "Not the same matter as "
                + pair[0].reference().value() + ": no longer linked");
    }

    /** This case and the other, linked, both the investigator's to open. */
    private Complaint[] linked(CaseReference reference, CaseReference other, StaffIdentity investigator) {
        if (!investigator.hasRole(Role.INVESTIGATOR_NAME)) {
            throw new AccessDeniedException("Only investigators merge or separate related complaints");
        }
        Complaint one = cases.require(reference);
        Complaint two = cases.require(other);
        if (!access.mayOpen(two, investigator)) {
            throw new AccessDeniedException("Case " + other + " is not a case of your team");
        }
        if (related.between(one, two).isEmpty()) {
            throw new InvalidFieldException("related", other + " is not linked to " + reference);
        }
        return new Complaint[] {one, two};
    }
}
