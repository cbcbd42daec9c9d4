package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.casework.kernel.CaseReference;
import org.casework.letters.entity.LetterDraft;
import org.casework.letters.entity.LetterSet;
import org.casework.workflow.control.CaseWorkflow;

/**
 * Staff correct an issued letter: the next version is drafted with the reason and goes through the same approval by
 * a second person (a letter approval of its own); once issued it is emailed like the first, which stays on file.
 */
@ApplicationScoped
@Transactional
public class LetterCorrections {

    @Inject
    LetterDrafting letters;

    @Inject
    CaseWorkflow workflow;

    public LetterDraft request(CaseReference reference, long letterId, String reason, String requestedBy) {
        LetterDraft draft = letters.requestCorrection(reference, letterId, reason, requestedBy);
        var c = draft.complaint();
        workflow.approveLetters(reference.value(), LetterSet.CORRECTION.name(), c.practitioner().nameKey(),
                c.platform().name(), c.team().value());
        return draft;
    }
}
