package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.casework.cases.control.CaseAccess;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Require;
import org.casework.security.entity.StaffIdentity;

/**
 * Internal notes on a case (a phone call, a thought for whoever picks the case up next), written by investigators
 * and case examiners at any stage, kept with author and time, never changed and never shown to the complainant or
 * the practitioner.
 */
@ApplicationScoped
@Transactional
public class CaseNotes {

    public static final int MAX_LENGTH = 5_000;

    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseAccess access;

    public CaseView.StepView add(CaseReference reference, String text, StaffIdentity staff) {
        if (!staff.worksOnCases()) {
            throw new AccessDeniedException("Only investigators and case examiners write notes on a case");
        }
        Complaint complaint = cases.require(reference);
        // the case page and the API are behind CaseAccessFilter; asked again here because a note is a change
        if (!access.mayOpen(complaint, staff)) {
            throw new AccessDeniedException("Case " + complaint.reference().value()
                    + " is not a case of your team or referred to you");
        }
        CaseStep note = steps.record(complaint, CaseStep.NOTE, staff.username(), Instant.now(),
                Require.multiline(text, "text", MAX_LENGTH));
        return view(note);
    }

    public List<CaseView.StepView> of(CaseReference reference) {
        return steps.of(cases.require(reference)).stream().filter(CaseStep::isNote).map(CaseNotes::view).toList();
    }

    static CaseView.StepView view(CaseStep step) {
        return new CaseView.StepView(step.step(), step.recordedBy(), step.recordedAt(), step.note());
    }
}
