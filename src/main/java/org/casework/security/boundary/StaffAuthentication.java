package org.casework.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.casework.security.control.StaffDirectory;
import org.casework.security.entity.StaffIdentity;

/**
 * One mechanism, two ways in. Pages: sign in on the login form, then the HTTP session carries the identity. The
 * staff API ({@code /api/}): HTTP Basic on every request and never the session, so a browser's session cookie cannot
 * be used to call the API from another site.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "casework.staff";
    static final String REALM = "Casework staff API";

    @Inject
    StaffDirectory directory;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signIn(request, context, form);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof StaffIdentity signedIn) {
            Optional<StaffIdentity> now = directory.current(signedIn.username());
            if (now.isPresent()) {
                if (!now.get().equals(signedIn)) {
                    session.setAttribute(SESSION_KEY, now.get());
                }
                return context.notifyContainerAboutLogin(now.get().username(), now.get().roles());
            }
            session.invalidate(); // deactivated since signing in
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential form) {
        Optional<StaffIdentity> identity = directory.authenticate(form.getCaller(), form.getPassword().getValue());
        if (identity.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the pre-login session id stops working
        }
        request.getSession(true).setAttribute(SESSION_KEY, identity.get());
        return context.notifyContainerAboutLogin(identity.get().username(), identity.get().roles());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<StaffIdentity> identity = decode(header.substring(6).strip())
                    .flatMap(pair -> directory.authenticate(pair[0], pair[1].toCharArray()));
            if (identity.isPresent()) {
                return context.notifyContainerAboutLogin(identity.get().username(), identity.get().roles());
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static Optional<String[]> decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
