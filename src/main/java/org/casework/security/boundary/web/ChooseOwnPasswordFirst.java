package org.casework.security.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.casework.platform.boundary.Problems;
import org.casework.security.control.StaffDirectory;

/**
 * Whoever signed in with a one-time password an administrator gave out does nothing before choosing their own: pages
 * lead to the password page, the API answers 403 naming the one call that is open to them. Whoever came through
 * single sign-on never uses a Casework password, so nothing stops them.
 */
@WebFilter(urlPatterns = {"/staff/*", "/api/v1/*"})
public class ChooseOwnPasswordFirst extends HttpFilter {

    static final String PAGE = "/staff/password.xhtml";
    static final String API = "/api/v1/account/password";
    /** Session attribute: signed in through the organisation's identity provider. */
    public static final String SINGLE_SIGN_ON = "casework.staff.single-sign-on";

    @Inject
    StaffDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || path.equals(PAGE) || path.equals(API) || bySingleSignOn(request)
                || !directory.mustChoosePassword(user)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Choose your own password first",
                    "This account signed in with a one-time password. Choose your own with PUT " + API
                            + " (currentPassword, newPassword); nothing else is open until then.",
                    List.of(new Problems.FieldError("password", "is a one-time password")));
        } else {
            response.sendRedirect(request.getContextPath() + PAGE);
        }
    }

    private static boolean bySingleSignOn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(SINGLE_SIGN_ON));
    }
}
