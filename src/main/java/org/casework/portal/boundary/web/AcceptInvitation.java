package org.casework.portal.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.portal.boundary.InvitationRefusedException;
import org.casework.portal.boundary.PortalInvitations;
import org.casework.portal.boundary.PortalInvitations.Invitation;

/** The invitation link's page: who it is for and which case, then a password chosen (or an existing one typed). */
@Named
@ViewScoped
public class AcceptInvitation implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("newPassword", "accept:password",
            "password", "accept:password", "repeatPassword", "accept:repeat");

    @Inject
    PortalInvitations invitations;

    private String token;
    private Invitation invitation;
    private String password;
    private String repeat;

    public void load() {
        if (invitation == null) {
            invitation = invitations.look(token);
        }
    }

    public void accept() {
        try {
            PortalSession.signIn(invitations.accept(token, chars(password), chars(repeat), PortalSession.address()));
            PortalSession.showAt("case.xhtml", invitation.caseReference(), FacesMessages.text("portal.accepted"));
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        } catch (InvitationRefusedException e) {
            invitation = invitations.look(token);
        } finally {
            password = null;
            repeat = null;
        }
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public Invitation getInvitation() { return invitation; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
