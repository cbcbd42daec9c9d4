package org.casework.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Objects;

/**
 * Security headers on every answer, error pages included. The content security policy (web.xml's
 * {@code primefaces.CSP_POLICY}, one text for both) allows only this application's own scripts, styles, images and
 * fonts, no inline or evaluated script, no plugins, no framing by other sites and no form posting elsewhere. On a page
 * PrimeFaces adds the same policy with the page's script nonce; that header replaces this one, because two policies
 * would both be enforced and the nonce-less one would block the page's scripts. HSTS only over TLS, where it means
 * something. Declared in web.xml before every other filter, so that their refusals carry the headers too.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private String policy;

    @Override
    public void init() {
        policy = Objects.requireNonNull(getServletContext().getInitParameter(POLICY_PARAMETER),
                "web.xml must give " + POLICY_PARAMETER);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        // on an error's dispatch, the address asked for, not the error page's
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = asked == null ? request.getRequestURI() : asked.toString();
        if (uri.startsWith(request.getContextPath() + "/staff/") || uri.startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store"); // case files and evidence stay off shared caches
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A content security policy set later (PrimeFaces', with the nonce) takes the place of the one set here. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
