package org.casework.portal.boundary.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.casework.platform.boundary.FacesMessages;
import org.casework.portal.entity.PortalUser;

/**
 * The portal's sign-in lives in the HTTP session, apart from staff sign-ins: a new session id at sign-in (no
 * fixation), and a short idle time, since a practitioner may use a shared computer.
 */
final class PortalSession {

    static final String KEY = "casework.portal.user";
    static final int IDLE_SECONDS = 15 * 60;

    private PortalSession() {
    }

    static void signIn(PortalUser user) {
        HttpServletRequest request = request();
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(KEY, user);
        session.setMaxInactiveInterval(IDLE_SECONDS);
    }

    static PortalUser user() {
        return user(request());
    }

    static PortalUser user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (PortalUser) session.getAttribute(KEY);
    }

    static void signOut() {
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static String address() {
        return request().getRemoteAddr();
    }

    /** Post/Redirect/Get: what happened, on the stable address of the page to look at next. */
    static void showAt(String page, String reference, String done) {
        FacesMessages.info(done);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/practitioner/" + page
                    + (reference == null ? "" : "?ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
