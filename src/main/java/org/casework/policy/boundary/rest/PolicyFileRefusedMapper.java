package org.casework.policy.boundary.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.casework.platform.boundary.Problems;
import org.casework.policy.control.PolicyFileRefusedException;

/** A refused policy file answers 400 with every problem named by its field; nothing of it was imported. */
@Provider
public class PolicyFileRefusedMapper implements ExceptionMapper<PolicyFileRefusedException> {
    @Override
    public Response toResponse(PolicyFileRefusedException e) {
        return Problems.of(400, "Invalid policy file", e.getMessage(), e.problems().stream()
                .map(p -> new Problems.FieldError(p.field(), p.reason())).toList());
    }
}
