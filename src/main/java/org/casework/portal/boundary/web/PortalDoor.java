package org.casework.portal.boundary.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The portal's pages need a portal sign-in, except the sign-in and invitation pages. Nothing the portal shows is
 * kept by the browser's cache (a shared computer's next user must not page back into a case). Which case a person
 * may see is decided by the use cases, per case.
 */
@WebFilter("/practitioner/*")
public class PortalDoor extends HttpFilter {

    private static final Set<String> OPEN = Set.of("/practitioner/signin.xhtml", "/practitioner/invitation.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Cache-Control", "no-store");
        if (OPEN.contains(path) || PortalSession.user(request) != null) {
            chain.doFilter(request, response);
        } else if ("GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/practitioner/signin.xhtml");
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
