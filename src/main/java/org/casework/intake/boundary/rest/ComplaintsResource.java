package org.casework.intake.boundary.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.casework.evidence.control.EvidenceStore;
import org.casework.intake.boundary.ComplaintIntake;
import org.casework.intake.boundary.UploadedName;
import org.casework.intake.control.StrictJson;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.EvidenceUpload;
import org.casework.intake.entity.IdempotencyKey;
import org.casework.intake.entity.PublicStatus;
import org.casework.intake.entity.Receipt;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Sha256;

/**
 * The public intake API. {@code POST} takes a multipart body: one {@code complaint} part (JSON) and any number of
 * {@code evidence} file parts. {@code GET} answers the public status to whoever holds the tracking code.
 */
@Path("v1/complaints")
public class ComplaintsResource {

    public static final String TRACKING_HEADER = "X-Tracking-Code";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ComplaintIntake intake;

    @Inject
    EvidenceStore evidenceStore;

    @Context
    UriInfo uri;

    /**
     * With an {@code Idempotency-Key} header, a retry of the same request (after a lost answer, say) gets the first
     * answer again and creates nothing; the same key with another request is refused (422).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, List<EntityPart> parts)
            throws IOException {
        IdempotencyKey key = IdempotencyKey.ofHeader(idempotencyKey);
        Parts read = read(parts, "complaint");
        String complaint = read.text();
        List<EvidenceUpload> uploads = read.uploads();
        if (complaint == null) {
            throw new InvalidFieldException("complaint", "part is required");
        }
        ComplaintSubmission submission = parse(complaint);
        Receipt receipt = key == null ? intake.submit(submission, uploads)
                : submitOnce(key, requestHash(complaint, uploads), submission, uploads);
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.reference()).build())
                .entity(receipt).type(MediaType.APPLICATION_JSON).build();
    }

    /** Two requests with one key at the same moment: the second fails on the key's row, and answers the first's. */
    private Receipt submitOnce(IdempotencyKey key, String requestHash, ComplaintSubmission submission,
                               List<EvidenceUpload> uploads) {
        try {
            return intake.submitOnce(key, requestHash, submission, uploads);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (RuntimeException e) {
            return intake.replay(key, requestHash).orElseThrow(() -> e);
        }
    }

    /** The complaint's JSON and each file's name and content, as sent. */
    private static String requestHash(String complaint, List<EvidenceUpload> uploads) {
        MessageDigest digest = Sha256.digest();
        digest.update(complaint.getBytes(StandardCharsets.UTF_8));
        for (EvidenceUpload upload : uploads) {
            digest.update((byte) 0);
            digest.update(String.valueOf(upload.fileName()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Sha256.of(upload.content()).hex().getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** While a complaint is open its complainant may add a message and/or evidence, proving it with the code. */
    @POST
    @Path("{reference}/additions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public PublicStatus add(@PathParam("reference") String reference, @HeaderParam(TRACKING_HEADER) String trackingCode,
                            List<EntityPart> parts) throws IOException {
        Parts read = read(parts, "message");
        return intake.addToComplaint(reference, trackingCode, read.text(), read.uploads());
    }

    @GET
    @Path("{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public PublicStatus status(@PathParam("reference") String reference,
                               @HeaderParam(TRACKING_HEADER) String trackingCode) {
        return intake.status(reference, trackingCode)
                .orElseThrow(() -> new CaseNotFoundException("No complaint " + reference + " with that tracking code"));
    }

    /** A letter addressed to the complainant (listed in the status), as issued; 404 for any other id. */
    @GET
    @Path("{reference}/letters/{id}")
    @Produces("application/pdf")
    public Response letter(@PathParam("reference") String reference, @PathParam("id") long id,
                           @HeaderParam(TRACKING_HEADER) String trackingCode) {
        var letter = intake.letter(reference, trackingCode, id);
        return Response.ok(letter.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static ComplaintSubmission parse(String complaint) {
        StrictJson.onlyKnownFields(complaint, ComplaintSubmission.class, "complaint");
        try {
            return JSON.fromJson(complaint, ComplaintSubmission.class);
        } catch (JsonbException e) {
            throw new InvalidFieldException("complaint", "is not valid complaint JSON");
        }
    }

    /** A request's one text part and its evidence files, in the order sent. */
    private record Parts(String text, List<EvidenceUpload> uploads) {
    }

    /** Any part other than the text part and {@code evidence} is refused, naming it. */
    private Parts read(List<EntityPart> parts, String textPart) throws IOException {
        String text = null;
        List<EvidenceUpload> uploads = new ArrayList<>();
        for (EntityPart part : parts) {
            if (textPart.equals(part.getName())) {
                if (text != null) {
                    throw new InvalidFieldException(textPart, "is sent twice: send one '" + textPart + "' part");
                }
                text = StrictJson.utf8(evidenceStore.readUpload(part.getContent(), textPart), textPart);
            } else if ("evidence".equals(part.getName())) {
                uploads.add(new EvidenceUpload(UploadedName.of(part), evidenceStore.readUpload(part.getContent(), "evidence["
                        + uploads.size() + "]")));
            } else {
                throw new InvalidFieldException(part.getName(), "is not a part this API takes (expected '"
                        + textPart + "' and 'evidence')");
            }
        }
        return new Parts(text, uploads);
    }

}
