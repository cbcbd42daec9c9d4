package org.casework.workspace.boundary.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.control.CaseStore;
import org.casework.evidence.boundary.CaseDocuments;
import org.casework.evidence.control.EvidenceStore;
import org.casework.evidence.entity.CaseDocument;
import org.casework.intake.boundary.UploadedName;
import org.casework.intake.control.StrictJson;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.security.entity.StaffIdentity;

/**
 * The documents of a case over the staff API: list, add (multipart: {@code kind}, {@code suppliedBy}, {@code file}),
 * download the original (audited) or the working copy of an image or PDF (audited). A multipart body is one a
 * cross-site form could send, so a request whose {@code Origin} is another site is refused.
 */
@Path("v1/cases/{reference}/documents")
public class CaseDocumentsResource {

    /** A document as the case file lists it. */
    public record DocumentView(long id, String kind, String kindLabel, String suppliedBy, String fileName,
                               String mediaType, long sizeBytes, String sha256, Instant addedAt, String addedBy,
                               boolean workingCopy) {
        static DocumentView of(CaseDocument d) {
            return new DocumentView(d.id(), d.kind().name(), d.kind().label(), d.suppliedBy(), d.fileName(),
                    d.type().mediaType(), d.sizeBytes(), d.sha256().hex(), d.addedAt(), d.addedBy(),
                    d.workingKey() != null);
        }
    }

    @Inject
    CaseDocuments documents;
    @Inject
    CaseStore cases;
    @Inject
    StaffIdentity staff;
    @Inject
    AuditLog audit;
    @Inject
    EvidenceStore evidenceStore;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Listing<DocumentView> list(@PathParam("reference") String reference) {
        return Listing.of(documents.documentsOf(cases.require(CaseReference.parse(reference))).stream().map(DocumentView::of)
                .toList());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("reference") String reference, List<EntityPart> parts, @Context UriInfo uri)
            throws IOException {
        sameSite();
        String kind = null;
        String suppliedBy = null;
        CaseDocuments.Upload file = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "kind" -> kind = StrictJson.utf8(part.getContent().readNBytes(200), "kind");
                case "suppliedBy" -> suppliedBy = StrictJson.utf8(part.getContent().readNBytes(1_000), "suppliedBy");
                case "file" -> {
                    if (file != null) {
                        throw new InvalidFieldException("file", "is sent twice: send one document at a time");
                    }
                    file = new CaseDocuments.Upload(UploadedName.of(part), evidenceStore.readUpload(part.getContent(), "file"));
                }
                default -> throw new InvalidFieldException(part.getName(), "is not a part this API takes (expected "
                        + "'kind', 'suppliedBy' and 'file')");
            }
        }
        CaseDocument added = documents.add(CaseReference.parse(reference), kind, suppliedBy, file, staff);
        return Response.created(URI.create(uri.getBaseUri() + "v1/cases/" + reference + "/documents/" + added.id()))
                .entity(DocumentView.of(added)).type(MediaType.APPLICATION_JSON).build();
    }

    /** The original as added: always a download, never rendered by the browser; audited. */
    @GET
    @Path("{id}")
    public Response original(@PathParam("reference") String reference, @PathParam("id") long id) {
        CaseDocument document = documents.document(CaseReference.parse(reference), id);
        audit.record(staff.username(), AuditEntry.OPEN_ORIGINAL, "document " + document.id() + " of case "
                + reference, true, "API, SHA-256 " + document.sha256().hex());
        StreamingOutput body = out -> {
            try (InputStream in = documents.open(document)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, document.type().mediaType())
                .header("Content-Disposition", "attachment; filename=\"document-" + document.id() + "."
                        + document.type().extension() + "\"")
                .header("X-Content-SHA256", document.sha256().hex())
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /** The working copy of an image or PDF (404 for an office document, which is never converted); audited. */
    @GET
    @Path("{id}/working-copy")
    @Produces("image/jpeg")
    public Response workingCopy(@PathParam("reference") String reference, @PathParam("id") long id) {
        CaseDocument document = documents.document(CaseReference.parse(reference), id);
        if (document.workingKey() == null) {
            documents.openCopyRefused(document);
        }
        audit.record(staff.username(), AuditEntry.VIEW_CASE, "document " + document.id() + " of case " + reference,
                true, "API, working copy");
        StreamingOutput body = out -> {
            try (InputStream in = documents.openCopy(document)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "image/jpeg").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").build();
    }

    private void sameSite() {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals(request.getScheme() + "://" + request.getHeader("Host"))) {
            throw new AccessDeniedException("A document cannot be added from another site (Origin " + origin + ")");
        }
    }

}
