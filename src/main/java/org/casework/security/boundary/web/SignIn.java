package org.casework.security.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.casework.security.boundary.SingleSignOn;
import org.casework.security.boundary.StaffAuthentication;
import org.casework.security.control.LandingPage;
import org.casework.security.entity.StaffIdentity;

/** The staff sign-in form. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    SingleSignOn singleSignOn;

    private String username;
    private boolean singleSignOnFailed;
    private String password;
    private String next;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + landingPage());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (external.getRequestMap().get(StaffAuthentication.THROTTLED_FOR) instanceof Long wait) {
            faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Too many failed sign-ins. Try again in " + Math.max(1, (wait + 59) / 60) + " minutes.", null));
        } else {
            faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Wrong username or password.", null));
        }
        return null;
    }

    private String landingPage() {
        var identity = (StaffIdentity) faces.getExternalContext().getRequestMap()
                .get(StaffAuthentication.IDENTITY);
        return LandingPage.of(next, identity == null ? Set.of() : identity.roles());
    }

    public boolean isSingleSignOnEnabled() { return singleSignOn.enabled(); }
    public boolean isSingleSignOnFailed() { return singleSignOnFailed; }
    public void setSingleSignOnFailed(boolean failed) { this.singleSignOnFailed = failed; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
