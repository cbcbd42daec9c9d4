package org.casework.platform.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.platform.control.ConcurrentChange;
import org.casework.platform.control.DatabaseUnavailable;

/** Turns the domain's exceptions into problem details with the right HTTP status. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
        @Override
        public Response toResponse(InvalidFieldException e) {
            int status = e.httpStatus();
            String title = switch (status) {
                case 413 -> "Content too large";
                case 415 -> "Unsupported evidence type";
                case 422 -> "Unprocessable request";
                default -> "Invalid input";
            };
            List<Problems.FieldError> errors = e.each().stream()
                    .map(each -> new Problems.FieldError(each.field(), each.reason())).toList();
            return Problems.of(status, title, errors.size() == 1 ? e.getMessage()
                    : errors.size() + " fields were refused; each is named in errors", errors);
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<CaseNotFoundException> {
        @Override
        public Response toResponse(CaseNotFoundException e) {
            return Problems.of(404, "Not found", e.getMessage(), List.of());
        }
    }

    /** Request attribute: the reference of the case the request is about, where the request names one. */
    public static final String CASE_OF_REQUEST = "casework.request.case";

    /**
     * Refused by the application's own checks (a role or a person, four eyes included): answered 403 and recorded in
     * the audit log, under the case when the request is about one, so that the case's audit trail shows it.
     */
    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @Context
        UriInfo uri;
        @Context
        SecurityContext security;
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(AccessDeniedException e) {
            Object reference = request == null ? null : request.getAttribute(CASE_OF_REQUEST);
            CDI.current().select(AuditLog.class).get()
                    .record(security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
                            AuditEntry.DENIED, reference == null ? uri.getPath() : "case " + reference, false,
                            reference == null ? e.getMessage() : uri.getPath() + ": " + e.getMessage());
            return Problems.of(403, "Forbidden", e.getMessage(), List.of());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<WrongStageException> {
        @Override
        public Response toResponse(WrongStageException e) {
            return Problems.of(409, "Conflict", e.getMessage(), List.of());
        }
    }

    /** A body that is not JSON, or JSON that does not fit the call (a list where text belongs): 400, not a 500 page. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    /** Jersey wraps a reader's failure; only a JSON one is the caller's fault. */
    @Provider
    public static class Unprocessable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException
                        || cause instanceof JsonParsingException) {
                    return unreadable(cause);
                }
            }
            return Problems.of(500, "Internal error", "The request could not be completed; nothing was changed.",
                    List.of());
        }
    }

    private static Response refusal(Response answer, String path) {
        if (answer.hasEntity() || answer.getStatus() < 400) {
            return answer;
        }
        Response.ResponseBuilder problem = Response.fromResponse(Problems.of(answer.getStatus(),
                Problems.title(answer.getStatus()), Problems.detail(answer.getStatus(), path), List.of()));
        answer.getStringHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem.build();
    }

    private static Response unreadable(Throwable e) {
        return Problems.of(400, "Invalid input", "The request body is not JSON of the expected shape",
                List.of(new Problems.FieldError("body", "could not be read as JSON of the expected shape")));
    }

    /**
     * Anything else: logged in full with an id, answered as a problem document with that id and no detail of the
     * server's internals. JAX-RS's own refusals (an unknown path, a method, media type or Accept it does not take)
     * become problem documents too, their headers (Allow) kept.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(
                Unexpected.class.getName());

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException web) {
                return refusal(web.getResponse(), uri == null ? "" : uri.getRequestUri().getPath());
            }
            if (DatabaseUnavailable.causes(e)) {
                LOG.warning("Database unavailable, answered 503: " + e);
                return Response.fromResponse(Problems.of(503, "Service unavailable",
                        DatabaseUnavailable.MESSAGE, List.of()))
                        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                        .build();
            }
            if (ConcurrentChange.causes(e)) {
                return Problems.of(409, "Conflict", ConcurrentChange.MESSAGE, List.of());
            }
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Request failed (problem " + id + ")", e);
            return Problems.of(500, "Internal error", "The request could not be completed; nothing was changed by it. "
                    + "Problem " + id + " is in the server's log.", List.of());
        }
    }
}
