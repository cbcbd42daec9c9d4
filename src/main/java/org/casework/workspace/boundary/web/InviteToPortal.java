package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.platform.boundary.FacesMessages;
import org.casework.portal.boundary.PortalCase.Person;
import org.casework.portal.boundary.PortalInvitations;
import org.casework.portal.boundary.PortalPeople;
import org.casework.security.entity.StaffIdentity;

/** On the case page: who answers for the case in the practitioner's portal, and a new invitation when one is lost. */
@Named
@ViewScoped
public class InviteToPortal implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("practitioner", "portalInvite:invite");

    @Inject
    WorkOnCase page;
    @Inject
    PortalPeople people;
    @Inject
    PortalInvitations invitations;
    @Inject
    StaffIdentity staff;

    private List<Person> inPortal;

    public List<Person> getPeople() {
        if (inPortal == null) {
            inPortal = people.of(page.caseReference());
        }
        return inPortal;
    }

    public void invite() {
        page.act(() -> invitations.invitePractitioner(page.caseReference(), staff).ifPresent(link ->
                FacesMessages.info("Demo: mail is off, so here is the link the practitioner would get: " + link)),
                "A new invitation to the portal is on its way to the practitioner's address on the register; earlier "
                        + "links no longer work.", FIELDS);
    }
}
