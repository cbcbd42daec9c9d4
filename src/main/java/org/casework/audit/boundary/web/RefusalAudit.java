package org.casework.audit.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;

/**
 * Records the refusals the server makes before the application sees the request (web.xml's role constraints: a
 * registrar asking for a case file, say), on their way to the 403 page. A refusal the application already recorded
 * is marked {@link #RECORDED} and not written twice. A case's refusals are filed under the case.
 */
@WebFilter(urlPatterns = "/errors/answer", dispatcherTypes = DispatcherType.ERROR)
public class RefusalAudit extends HttpFilter {

    /** Request attribute: this refusal is in the audit log already. */
    public static final String RECORDED = "casework.refusal.recorded";

    private static final Pattern CASE = Pattern.compile(
            "/(?:api/v1/cases|staff/download/[a-z]+|staff/diagram)/([A-Z]{2,10}-\\d{4}-\\d{6,})(?:/.*)?");

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
                && request.getAttribute(RECORDED) == null) {
            String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length())
                    : uri;
            Matcher onCase = CASE.matcher(path);
            audit.record(request.getRemoteUser(), AuditEntry.DENIED, onCase.matches() ? "case " + onCase.group(1)
                    : path, false, path + ": refused for the caller's role");
            request.setAttribute(RECORDED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
