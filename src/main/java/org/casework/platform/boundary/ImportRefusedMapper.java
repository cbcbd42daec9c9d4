package org.casework.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.casework.kernel.ImportRefusedException;

/** A refused import (legacy cases, the register) answers 400 with one error per problem, named {@code line N: column}. */
@Provider
public class ImportRefusedMapper implements ExceptionMapper<ImportRefusedException> {
    @Override
    public Response toResponse(ImportRefusedException e) {
        return Problems.of(400, "Invalid file", e.getMessage(), e.errors().stream()
                .map(r -> new Problems.FieldError("line " + r.line() + ": " + r.field(), r.reason())).toList());
    }
}
