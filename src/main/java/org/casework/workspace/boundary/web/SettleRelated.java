package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.casework.cases.boundary.Duplicates;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;

/** The case page's related complaints: merge a duplicate into the case, or keep the two apart. */
@Named
@ViewScoped
public class SettleRelated implements Serializable {

    @Inject
    Duplicates related;
    @Inject
    StaffIdentity staff;
    @Inject
    WorkOnCase workOnCase;

    public void merge(String other) {
        act(() -> related.merge(workOnCase.caseReference(), CaseReference.parse(other), staff),
                "Complaint " + other + " is merged into this case.");
    }

    public void keepApart(String other) {
        act(() -> related.keepApart(workOnCase.caseReference(), CaseReference.parse(other), staff),
                "Complaint " + other + " is no longer linked to this case.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            workOnCase.showAgain(done);
        } catch (InvalidFieldException | WrongStageException | AccessDeniedException e) {
            FacesMessages.error(e.getMessage());
        }
    }
}
