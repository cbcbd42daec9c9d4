package org.casework.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.casework.security.boundary.web.ChooseOwnPasswordFirst;
import org.casework.security.control.LandingPage;
import org.casework.security.control.OpenIdConnect;
import org.casework.security.control.SignInGuard;
import org.casework.security.control.SingleSignOnException;
import org.casework.security.control.StaffDirectory;
import org.casework.security.entity.SingleSignOnRequest;
import org.casework.security.entity.StaffIdentity;

/**
 * Staff sign-in through the regulator's OpenID Connect provider, when one is configured: {@code /sso/start} sends the
 * browser to the provider, {@code /sso/callback} takes it back. The provider proves who someone is; only an active
 * Casework account of that username signs in, with the roles and team the account holds here. Failures are audited
 * and throttled like wrong passwords, and end on the sign-in page with a message.
 */
@ApplicationScoped
public class SingleSignOn {

    static final String START = "/sso/start";
    static final String CALLBACK = "/sso/callback";
    static final String PENDING = "casework.sso.pending";
    /** Query parameter of the sign-in page after a failed single sign-on. */
    static final String FAILED = "sso-failed";
    private static final String WAY = "single sign-on";
    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    @Inject
    OpenIdConnect openId;
    @Inject
    StaffDirectory directory;
    @Inject
    SignInGuard guard;

    public boolean enabled() {
        return openId.enabled();
    }

    boolean handles(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return enabled() && (START.equals(path) || CALLBACK.equals(path));
    }

    AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return START.equals(path) ? start(request, context) : callback(request, context);
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpMessageContext context) {
        try {
            SingleSignOnRequest pending = openId.begin(callbackUri(request), request.getParameter("next"));
            request.getSession(true).setAttribute(PENDING, pending);
            return context.redirect(pending.url());
        } catch (SingleSignOnException e) {
            LOG.warning(() -> "Single sign-on could not start: " + e.getMessage());
            return failed(request, context);
        }
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        SingleSignOnRequest pending = session == null ? null : (SingleSignOnRequest) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING); // an answer is used once
        }
        String address = request.getRemoteAddr();
        String username = "";
        try {
            if (request.getParameter("error") != null) {
                throw new SingleSignOnException("the provider answered " + request.getParameter("error"));
            }
            if (pending == null || !pending.answeredBy(request.getParameter("state"), Instant.now())) {
                throw new SingleSignOnException("the answer belongs to no sign-in started in this browser");
            }
            username = openId.complete(request.getParameter("code"), callbackUri(request), pending);
            if (guard.refusal(username, address, WAY) > 0) {
                return failed(request, context);
            }
            Optional<StaffIdentity> identity = directory.current(username);
            if (identity.isEmpty()) {
                throw new SingleSignOnException("no active Casework account is called " + username);
            }
            guard.succeeded(identity.get().username(), address, WAY);
            request.changeSessionId(); // no session fixation
            request.getSession(true).setAttribute(StaffAuthentication.SESSION_KEY, identity.get());
            request.getSession().setAttribute(ChooseOwnPasswordFirst.SINGLE_SIGN_ON, Boolean.TRUE);
            return context.redirect(request.getContextPath() + LandingPage.of(pending.next(), identity.get().roles()));
        } catch (SingleSignOnException e) {
            guard.failed(username, address, WAY + " (" + e.getMessage() + ")");
            return failed(request, context);
        }
    }

    private static AuthenticationStatus failed(HttpServletRequest request, HttpMessageContext context) {
        return context.redirect(request.getContextPath() + "/login.xhtml?" + FAILED + "=true");
    }

    /** The callback as the browser reaches this application; registered with the provider as the redirect URI. */
    private static String callbackUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath()
                + CALLBACK;
    }
}
