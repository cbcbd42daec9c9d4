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
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.casework.platform.boundary.DatabaseOutage;
import org.casework.platform.boundary.Problems;
import org.casework.platform.control.DatabaseUnavailable;
import org.casework.security.control.SignInGuard;
import org.casework.security.control.StaffDirectory;
import org.casework.security.entity.StaffIdentity;

/**
 * One mechanism, three ways in. Pages: sign in on the login form or through the regulator's identity provider
 * ({@link SingleSignOn}, when configured), then the HTTP session carries the identity. The
 * staff API ({@code /api/}): HTTP Basic on every request and never the session, so a browser's session cookie cannot
 * be used to call the API from another site. Sign-ins are audited and throttled ({@link SignInGuard}).
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "casework.staff";
    static final String REALM = "Casework staff API";
    /** Request attribute: the seconds a throttled form sign-in must wait, for the form's message. */
    public static final String THROTTLED_FOR = "casework.signin.throttled";
    /** Request attribute: the caller as the directory holds them now (team, lead), read once per request here. */
    public static final String IDENTITY = "casework.staff.identity";
    private static final String FORM = "sign-in form";
    private static final String BASIC = "API (Basic)";

    @Inject
    StaffDirectory directory;

    @Inject
    SignInGuard guard;

    @Inject
    SingleSignOn singleSignOn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            // the accounts are in the database: runs before any filter, so it answers an outage itself
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            try {
                DatabaseOutage.answer(request, response);
                response.flushBuffer();
            } catch (IOException gone) {
                // the client went away
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (singleSignOn.handles(request)) {
            return singleSignOn.validate(request, context);
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
                request.setAttribute(IDENTITY, now.get());
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
        String address = request.getRemoteAddr();
        long wait = guard.refusal(form.getCaller(), address, FORM);
        if (wait > 0) {
            request.setAttribute(THROTTLED_FOR, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<StaffIdentity> identity = directory.authenticate(form.getCaller(), form.getPassword().getValue());
        if (identity.isEmpty()) {
            guard.failed(form.getCaller(), address, FORM);
            return AuthenticationStatus.SEND_FAILURE;
        }
        guard.succeeded(identity.get().username(), address, FORM);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the pre-login session id stops working
        }
        request.getSession(true).setAttribute(SESSION_KEY, identity.get());
        request.setAttribute(IDENTITY, identity.get());
        return context.notifyContainerAboutLogin(identity.get().username(), identity.get().roles());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<String[]> pair = decode(header.substring(6).strip());
            String username = pair.map(p -> p[0]).orElse("");
            String address = request.getRemoteAddr();
            long wait = guard.refusal(username, address, BASIC);
            if (wait > 0) {
                return throttled(request, response, wait);
            }
            // the account as it is now (deactivated, moved to another team), even when the check was remembered
            Optional<StaffIdentity> identity = pair.flatMap(p -> directory.authenticate(p[0], p[1].toCharArray()));
            if (identity.isPresent()) {
                request.setAttribute(IDENTITY, identity.get());
                return context.notifyContainerAboutLogin(identity.get().username(), identity.get().roles());
            }
            guard.failed(username, address, BASIC); // a success is every API call: recorded where it matters
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static AuthenticationStatus throttled(HttpServletRequest request, HttpServletResponse response,
                                                  long wait) {
        try {
            response.setHeader("Retry-After", String.valueOf(wait));
            Problems.send(request, response, 429, "Too many requests", "Too many failed sign-ins for this account "
                    + "or address; try again in " + wait + " seconds.", List.of());
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
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
