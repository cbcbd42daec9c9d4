package org.casework.platform.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}), naming each failing field: as a JAX-RS
 * answer ({@link #of}), or written by a servlet filter that answers before JAX-RS does ({@link #write}); both give the
 * same fields in the same order.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    /** Request attribute: the problem {@link #send} leaves for {@link ErrorAnswers} to write. */
    static final String PROBLEM = "casework.problem";

    /** A refused field: its name as the API's fields are written, a JSON pointer to it, and why. */
    public record FieldError(String field, String pointer, String reason) {
        public FieldError(String field, String reason) {
            this(field, "#/" + field.replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"), reason);
        }
    }

    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    private Problems() {
    }

    public static Response of(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail, errors))
                .build();
    }

    /** Sets the status and writes the problem; headers such as {@code Retry-After} are the caller's to add. */
    public static void write(HttpServletResponse response, int status, String title, String detail,
                             List<FieldError> errors) throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, title, detail, errors));
    }

    /**
     * Answers with the error through the server's error handling ({@link ErrorAnswers}): a problem document on the
     * API, the site's error page elsewhere, and a status line with its reason phrase even where the server does not
     * know one (it would say "429 CUSTOM").
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String title,
                            String detail, List<FieldError> errors) throws IOException {
        request.setAttribute(PROBLEM, new Problem("about:blank", title, status, detail, errors));
        response.sendError(status, title);
    }

    /** The standard wording of a status, as a problem's title and the status line's reason phrase. */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable request";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }

    /** What a caller should know when nothing more particular was said. */
    public static String detail(int status, String path) {
        return switch (status) {
            case 400 -> "The request could not be read; nothing was changed.";
            case 401 -> "Sign in: the staff API takes HTTP Basic credentials on every request.";
            case 403 -> "Your account may not do this; nothing was changed.";
            case 404 -> "There is nothing at " + path + ". Check the address or the case reference.";
            case 405 -> "This address does not take that method; the Allow header lists those it takes.";
            case 406 -> "This address answers in JSON only (Accept: application/json).";
            case 413 -> "The request is larger than this address takes.";
            case 415 -> "This address does not take that content type; see the API description at /openapi.";
            case 429 -> "Too many requests; try again after the seconds in Retry-After.";
            case 503 -> "The service is briefly unavailable; try again after the seconds in Retry-After.";
            default -> "The request could not be completed; nothing was changed by it.";
        };
    }

    static String json(Problem problem) {
        return json(problem.status(), problem.title(), problem.detail(), problem.errors());
    }

    static String json(int status, String title, String detail, List<FieldError> errors) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("type", "about:blank").write("title", title).write("status", status)
                    .write("detail", detail).writeStartArray("errors");
            errors.forEach(e -> json.writeStartObject().write("field", e.field()).write("pointer", e.pointer())
                    .write("reason", e.reason()).writeEnd());
            json.writeEnd().writeEnd();
        }
        return out.toString();
    }
}
