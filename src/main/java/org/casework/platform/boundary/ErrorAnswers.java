package org.casework.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Every error the server answers before or around the application (no credentials, a role's constraint, an unknown
 * address, a method or media type not taken, a throttle, an exception) ends here, by web.xml's error pages: the API
 * gets a problem document like every other API error, a page gets the site's own error page. It runs as an ERROR
 * dispatch, so {@link SecurityHeaders} has set the same headers as on any other answer. The status line is left as
 * it was sent: setting the status again would lose the reason phrase {@link Problems#send} gave it.
 */
@WebServlet(ErrorAnswers.PATH)
public class ErrorAnswers extends HttpServlet {

    static final String PATH = "/errors/answer";
    /** The site's own pages for these; the rest share one page that names the error. */
    private static final Set<Integer> PAGES = Set.of(403, 404, 500, 503);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(
                uri.toString().startsWith(request.getContextPath()) ? request.getContextPath().length() : 0);
        Problems.Problem problem = request.getAttribute(Problems.PROBLEM) instanceof Problems.Problem given
                ? given : new Problems.Problem("about:blank", Problems.title(status), status,
                Problems.detail(status, path), List.of());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith("/api/")) {
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.getWriter().write(Problems.json(problem));
        } else if (PAGES.contains(status) && request.getAttribute(Problems.PROBLEM) == null) {
            request.getRequestDispatcher("/errors/" + status + ".html").forward(request, response);
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(problem));
        }
    }

    private static String page(Problems.Problem problem) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="UTF-8"/><title>%1$s - Casework</title>
                <style>body{font-family:Arial,sans-serif;margin:0}header{background:#12355b;color:#fff;padding:.75rem 1.5rem}header a{color:#fff}main{max-width:60rem;margin:0 auto;padding:1.5rem}</style></head>
                <body>
                <header class="site-header"><div class="brand"><a class="brand-name" href="/">Casework</a></div></header>
                <main id="main" class="content"><h1>%1$s</h1><p>%2$s</p><p><a href="/">Back to the start</a></p></main>
                </body>
                </html>
                """.formatted(escape(problem.title()), escape(problem.detail()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
