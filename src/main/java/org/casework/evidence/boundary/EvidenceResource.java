package org.casework.evidence.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.casework.evidence.entity.EvidenceItem;

/** One evidence file of a case, as received. Staff only (web.xml). */
@Path("v1/cases/{reference}/evidence")
public class EvidenceResource {

    @Inject
    EvidenceFiles evidence;

    @GET
    @Path("{id}")
    public Response file(@PathParam("reference") String reference, @PathParam("id") long id) {
        EvidenceItem item = evidence.item(reference, id);
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
