package org.casework.portal.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casework.kernel.InvalidFieldException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.portal.boundary.PortalSignIn;
import org.casework.portal.boundary.PortalSignIn.CodeSent;

/** The portal's sign-in page: email address and password, then the code emailed to that address. */
@Named
@ViewScoped
public class SignInToPortal implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("password", "signIn:password", "code", "second:code");

    @Inject
    PortalSignIn signIn;

    private String email;
    private String password;
    private String code;
    private CodeSent sent;

    public void begin() {
        try {
            sent = signIn.begin(email, password == null ? new char[0] : password.toCharArray(), PortalSession.address());
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        } finally {
            password = null;
        }
    }

    public void confirm() {
        try {
            PortalSession.signIn(signIn.confirm(sent.accountId(), code, PortalSession.address()));
            PortalSession.showAt("index.xhtml", null, FacesMessages.text("portal.signedIn"));
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        } finally {
            code = null;
        }
    }

    /** Back to the first step: a code that expired or was mistyped too often. */
    public void again() {
        sent = null;
    }

    public boolean isCodeSent() { return sent != null; }
    public String getSentTo() { return sent == null ? null : sent.email(); }
    public String getDemoCode() { return sent == null ? null : sent.demoCode(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
