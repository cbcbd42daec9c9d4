package org.casework.retention.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.retention.boundary.Retention;
import org.casework.security.entity.StaffIdentity;

/** The retention page: the dry run, proposing its cases for disposal, approving another administrator's proposal. */
@Named
@ViewScoped
public class DisposeOfClosedCases implements Serializable {

    @Inject
    Retention retention;
    @Inject
    StaffIdentity staff;

    private transient Retention.DryRun dryRun;
    private transient List<Retention.ProposalView> proposals;

    public void propose() {
        try {
            Retention.ProposalView p = retention.propose(null, staff);
            FacesMessages.info("Proposal " + p.id() + " lists " + p.references().size() + " cases; another "
                    + "administrator must approve it before anything is disposed of.");
        } catch (InvalidFieldException e) {
            FacesMessages.error("Nothing to propose: " + e.reason() + ".");
        }
        reload();
    }

    public void approve(long id) {
        try {
            Retention.Approval approval = retention.approve(id, staff);
            FacesMessages.info(approval.disposed().size() + " cases disposed of"
                    + (approval.kept().isEmpty() ? "." : "; kept, no longer due: " + String.join(", ",
                    approval.kept()) + "."));
        } catch (AccessDeniedException | WrongStageException e) {
            FacesMessages.error(e.getMessage());
        }
        reload();
    }

    /** Another administrator's proposal still waiting: the one this person may approve. */
    public boolean mayApprove(Retention.ProposalView p) {
        return "PROPOSED".equals(p.state()) && !p.proposedBy().equals(staff.username());
    }

    public Retention.DryRun getDryRun() {
        if (dryRun == null) {
            dryRun = retention.dryRun();
        }
        return dryRun;
    }

    public List<Retention.ProposalView> getProposals() {
        if (proposals == null) {
            proposals = retention.proposals();
        }
        return proposals;
    }

    private void reload() {
        dryRun = null;
        proposals = null;
    }
}
