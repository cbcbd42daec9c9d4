package org.casework.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casework.platform.control.DatabaseUnavailable;

/**
 * While the database is out of reach every page and API call that needs it answers 503 with Retry-After and a
 * plain explanation, at once, instead of a 500: the complainant knows to try again and nothing was half-written
 * (each change is one transaction). Declared first in web.xml so that it also covers the other filters.
 */
public class DatabaseOutage extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causes(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response);
        }
    }

    /** A 503 for this request: a problem document for the API, the explaining page for everything else. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable",
                    DatabaseUnavailable.MESSAGE, List.of());
            return;
        }
        response.setContentType("text/html");
        try (InputStream page = request.getServletContext().getResourceAsStream("/errors/503.html")) {
            response.getWriter().write(page == null ? "<!DOCTYPE html><html lang=\"en\"><title>Temporarily "
                    + "unavailable</title><p>" + DatabaseUnavailable.MESSAGE + "</p></html>"
                    : new String(page.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
