package org.casework.evidence.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.evidence.boundary.EvidenceFiles;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.CaseReference;
import org.casework.security.entity.StaffIdentity;

/** One evidence file of a case, as received. Staff only (web.xml). */
@Path("v1/cases/{reference}/evidence")
public class EvidenceResource {

    @Inject
    EvidenceFiles evidence;

    @Inject
    AuditLog audit;

    @Inject
    StaffIdentity staff;

    @GET
    @Path("{id}/working-copy")
    @Produces("image/jpeg")
    public Response workingCopy(@PathParam("reference") String reference, @PathParam("id") long id) {
        return copy(evidence.item(CaseReference.parse(reference), id), false);
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces("image/jpeg")
    public Response thumbnail(@PathParam("reference") String reference, @PathParam("id") long id) {
        return copy(evidence.item(CaseReference.parse(reference), id), true);
    }

    private Response copy(EvidenceItem item, boolean thumbnail) {
        StreamingOutput body = out -> {
            try (InputStream in = evidence.openCopy(item, thumbnail)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "image/jpeg").header("X-Content-Type-Options", "nosniff").build();
    }

    /** The original as received: always a download, never rendered by the browser. */
    @GET
    @Path("{id}")
    public Response file(@PathParam("reference") String reference, @PathParam("id") long id) {
        EvidenceItem item = evidence.item(CaseReference.parse(reference), id);
        audit.record(staff.username(), AuditEntry.OPEN_ORIGINAL, "evidence " + item.id()
                + " of case " + reference, true, "API, SHA-256 " + item.sha256().hex());
        StreamingOutput body = out -> {
            try (InputStream in = evidence.open(item)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, item.type().mediaType())
                .header("Content-Disposition", "attachment; filename=\"evidence-" + item.id() + "."
                        + item.type().extension() + "\"")
                .header("X-Content-SHA256", item.sha256().hex())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
