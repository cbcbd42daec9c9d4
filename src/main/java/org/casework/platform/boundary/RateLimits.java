package org.casework.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.casework.platform.control.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-address limits on the public portal: complaint submissions, and status look-ups that fail (so tracking codes
 * cannot be guessed by brute force). Over the limit: 429 with Retry-After, before any work is done: a problem document
 * on the API, a page saying so on the portal.
 */
@WebFilter(urlPatterns = {"/api/v1/complaints", "/api/v1/complaints/*", "/index.xhtml", "/status.xhtml"})
public class RateLimits extends HttpFilter {

    @Inject
    @ConfigProperty(name = "casework.rate.submissions-per-hour", defaultValue = "20")
    int submissionsPerHour;

    @Inject
    @ConfigProperty(name = "casework.rate.failed-lookups-per-hour", defaultValue = "30")
    int failedLookupsPerHour;

    @Inject
    RateLimiter limiter;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request.getRemoteAddr();
        boolean submission = "POST".equals(request.getMethod()) && isSubmission(request);
        boolean lookup = isLookup(request);
        if (submission) {
            long wait = limiter.acquire("submit:" + client, submissionsPerHour);
            if (wait > 0) {
                refuse(request, response, wait, "Too many complaints from your address. Please try again later.");
                return;
            }
        }
        long lookupWait = lookup ? limiter.exhausted("lookup:" + client, failedLookupsPerHour) : 0;
        if (lookupWait > 0) {
            refuse(request, response, lookupWait, "Too many unsuccessful look-ups from your address. Please try again later.");
            return;
        }
        chain.doFilter(request, response);
        if (lookup && (response.getStatus() == 404 || failedLookupMarked(request))) {
            limiter.acquire("lookup:" + client, failedLookupsPerHour);
        }
    }

    /** The status page marks a failed look-up on the request, since a JSF page answers 200 either way. */
    public static void markFailedLookup(HttpServletRequest request) {
        request.setAttribute(RateLimits.class.getName(), Boolean.TRUE);
    }

    private static boolean failedLookupMarked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(RateLimits.class.getName()));
    }

    private static boolean isSubmission(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api/v1/complaints") || path.endsWith("/additions") || path.equals("/index.xhtml");
    }

    private static boolean isLookup(HttpServletRequest request) {
        String path = path(request);
        return ("GET".equals(request.getMethod()) && path.startsWith("/api/v1/complaints/"))
                || ("POST".equals(request.getMethod()) && (path.equals("/status.xhtml") || path.endsWith("/additions")));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long waitSeconds,
                               String message) throws IOException {
        response.setHeader("Retry-After", String.valueOf(waitSeconds));
        Problems.send(request, response, 429, "Too many requests", message, List.of());
    }
}
