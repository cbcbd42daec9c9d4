package org.casework.security.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.control.LandingPage;
import org.casework.security.control.PasswordChange;
import org.casework.security.control.StaffDirectory;
import org.casework.security.entity.StaffIdentity;

/** The password page: a member of staff replaces their password, first of all after a one-time one. */
@Named
@RequestScoped
public class ChoosePassword {

    private static final Map<String, String> FIELDS = Map.of("currentPassword", "password:current",
            "newPassword", "password:chosen", "repeated", "password:repeated");

    @Inject
    PasswordChange passwords;
    @Inject
    StaffDirectory directory;
    @Inject
    StaffIdentity staff;
    @Inject
    FacesContext faces;

    private String current;
    private String chosen;
    private String repeated;

    public void choose() throws IOException {
        ExternalContext external = faces.getExternalContext();
        try {
            if (chosen == null || !chosen.equals(repeated)) {
                throw new InvalidFieldException("repeated", "must match the new password");
            }
            passwords.choose(staff.username(), chars(current), chars(chosen),
                    ((HttpServletRequest) external.getRequest()).getRemoteAddr());
            external.getFlash().setKeepMessages(true);
            FacesMessages.info("Your new password is saved. Use it from your next sign-in.");
            external.redirect(external.getRequestContextPath() + LandingPage.of(null, staff.roles()));
            faces.responseComplete();
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    /** Signed in with a one-time password: the page says why it comes first. */
    public boolean isRequired() {
        return directory.mustChoosePassword(staff.username());
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getChosen() { return chosen; }
    public void setChosen(String chosen) { this.chosen = chosen; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
