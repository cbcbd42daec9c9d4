package org.casework.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.casework.cases.entity.CaseNotFoundException;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.WrongStageException;
import org.casework.security.entity.AccessDeniedException;
import org.casework.statistics.control.ImportRefusedException;

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
            return Problems.of(status, title, e.getMessage(), List.of(new Problems.FieldError(e.field(), e.reason())));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<CaseNotFoundException> {
        @Override
        public Response toResponse(CaseNotFoundException e) {
            return Problems.of(404, "Not found", e.getMessage(), List.of());
        }
    }

    /** Refused by the application's own checks (a role or a person): answered 403 and recorded in the audit log. */
    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.UriInfo uri;
        @jakarta.ws.rs.core.Context
        jakarta.ws.rs.core.SecurityContext security;

        @Override
        public Response toResponse(AccessDeniedException e) {
            jakarta.enterprise.inject.spi.CDI.current().select(org.casework.audit.control.AuditLog.class).get()
                    .record(security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
                            org.casework.audit.entity.AuditEntry.DENIED, uri.getPath(), false, e.getMessage());
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

    @Provider
    public static class ImportRefused implements ExceptionMapper<ImportRefusedException> {
        @Override
        public Response toResponse(ImportRefusedException e) {
            return Problems.of(400, "Invalid file", e.getMessage(), e.errors().stream()
                    .map(r -> new Problems.FieldError("line " + r.line() + ": " + r.field(), r.reason())).toList());
        }
    }

    @Provider
    public static class PolicyFileRefused
            implements ExceptionMapper<org.casework.policy.control.PolicyFileRefusedException> {
        @Override
        public Response toResponse(org.casework.policy.control.PolicyFileRefusedException e) {
            return Problems.of(400, "Invalid policy file", e.getMessage(), e.problems().stream()
                    .map(p -> new Problems.FieldError(p.field(), p.reason())).toList());
        }
    }

    /** A body that is not JSON, or JSON that does not fit the call (a list where text belongs): 400, not a 500 page. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<jakarta.json.bind.JsonbException> {
        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            return unreadable(e);
        }
    }

    /** Jersey wraps a reader's failure; only a JSON one is the caller's fault. */
    @Provider
    public static class Unprocessable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.json.bind.JsonbException
                        || cause instanceof jakarta.json.stream.JsonParsingException) {
                    return unreadable(cause);
                }
            }
            return Problems.of(500, "Internal error", "The request could not be completed; nothing was changed.",
                    List.of());
        }
    }

    private static Response unreadable(Throwable e) {
        return Problems.of(400, "Invalid input", "The request body is not JSON of the expected shape",
                List.of(new Problems.FieldError("body", "could not be read as JSON of the expected shape")));
    }

    /**
     * Anything else: logged in full with an id, answered as a problem document with that id and no detail of the
     * server's internals. JAX-RS's own answers (404, 405, 415...) pass through as they are.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
                Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof jakarta.ws.rs.WebApplicationException web) {
                return web.getResponse();
            }
            if (org.casework.platform.control.DatabaseUnavailable.causes(e)) {
                LOG.warning("Database unavailable, answered 503: " + e);
                return Response.fromResponse(Problems.of(503, "Service unavailable",
                        org.casework.platform.control.DatabaseUnavailable.MESSAGE, List.of()))
                        .header("Retry-After", org.casework.platform.control.DatabaseUnavailable.RETRY_AFTER_SECONDS)
                        .build();
            }
            if (org.casework.platform.control.ConcurrentChange.causes(e)) {
                return Problems.of(409, "Conflict", org.casework.platform.control.ConcurrentChange.MESSAGE, List.of());
            }
            String id = java.util.UUID.randomUUID().toString();
            LOG.log(java.util.logging.Level.SEVERE, "Request failed (problem " + id + ")", e);
            return Problems.of(500, "Internal error", "The request could not be completed; nothing was changed by it. "
                    + "Problem " + id + " is in the server's log.", List.of());
        }
    }
}
