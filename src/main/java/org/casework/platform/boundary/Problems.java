package org.casework.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Errors as RFC 9457 problem details ({@code application/problem+json}), naming each failing field. */
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
}
