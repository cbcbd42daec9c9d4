package org.casework.portal.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casework.platform.boundary.FacesMessages;
import org.casework.portal.boundary.PractitionerCases;
import org.casework.portal.boundary.PractitionerCases.CaseLine;
import org.casework.portal.entity.PortalUser;

/** The portal's first page: every case this person may see, with what is asked of them and by when. */
@Named
@RequestScoped
public class SeeOwnCases {

    @Inject
    PractitionerCases cases;

    private List<CaseLine> lines;

    public List<CaseLine> getCases() {
        if (lines == null) {
            lines = cases.casesOf(PortalSession.user());
        }
        return lines;
    }

    public PortalUser getUser() {
        return PortalSession.user();
    }

    public String signOut() {
        PortalSession.signOut();
        PortalSession.showAt("signin.xhtml", null, FacesMessages.text("portal.signedOut"));
        return null;
    }
}
