package org.casework.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.casework.cases.entity.CaseNotFoundException;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.WrongStageException;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.security.entity.AccessDeniedException;

/** Turns the domain's exceptions into problem details with the right HTTP status. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
        @Override
        public Response toResponse(InvalidFieldException e) {
            int status = e instanceof EvidenceRejectedException rejected ? rejected.httpStatus() : 400;
            String title = switch (status) {
                case 413 -> "Content too large";
                case 415 -> "Unsupported evidence type";
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

    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
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
}
