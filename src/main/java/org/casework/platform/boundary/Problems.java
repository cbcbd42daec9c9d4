package org.casework.platform.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
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

    public record FieldError(String field, String reason) {
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

    static String json(int status, String title, String detail, List<FieldError> errors) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("type", "about:blank").write("title", title).write("status", status)
                    .write("detail", detail).writeStartArray("errors");
            errors.forEach(e -> json.writeStartObject().write("field", e.field()).write("reason", e.reason())
                    .writeEnd());
            json.writeEnd().writeEnd();
        }
        return out.toString();
    }
}
