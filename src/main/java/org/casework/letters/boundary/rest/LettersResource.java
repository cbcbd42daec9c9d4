package org.casework.letters.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Listing;
import org.casework.letters.boundary.LetterCorrections;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterDraft;
import org.casework.security.entity.StaffIdentity;

/** A case's letters: the list, and each PDF as issued. Staff only (web.xml). */
@Path("v1/cases/{reference}/letters")
public class LettersResource {

    @Inject
    LetterIssuing letters;

    @Inject
    LetterCorrections corrections;

    @Inject
    StaffIdentity staff;

    @Inject
    AuditLog audit;

    /** Why a letter must be corrected, in words the recipient will read at the top of the next version. */
    public record CorrectionRequest(String reason) {
    }

    public record DraftView(long draftId, String kind, String state, long corrects) {
    }

    public record LetterView(long id, String kind, String recipient, Instant issuedAt, String fileName, String sha256,
                             String emailedTo, Instant emailedAt, int version, Long replaces, String correctionReason) {
        static LetterView of(Letter l) {
            return new LetterView(l.id(), l.kind().name(), l.recipientName(), l.issuedAt(), l.fileName(),
                    l.sha256().hex(), l.addressedTo(), l.emailedAt(), l.version(),
                    l.replaces() == null ? null : l.replaces().id(), l.correctionReason());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Listing<LetterView> list(@PathParam("reference") String reference) {
        return Listing.of(letters.lettersOf(CaseReference.parse(reference)).stream().map(LetterView::of).toList());
    }

    /** 202: the correction is drafted and waits for a second person's approval (the case's {@code approveLetters}). */
    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("reference") String reference, @PathParam("id") long id,
                            CorrectionRequest request) {
        LetterDraft draft = corrections.request(CaseReference.parse(reference), id, request == null ? null : request.reason(),
                staff.username());
        return Response.accepted(new DraftView(draft.id(), draft.kind().name(), draft.state().name(), id)).build();
    }

    @GET
    @Path("{id}")
    @Produces("application/pdf")
    public Response pdf(@PathParam("reference") String reference, @PathParam("id") long id) {
        Letter letter = letters.letter(CaseReference.parse(reference), id);
        audit.record(staff.username(), AuditEntry.DOWNLOAD_LETTER, "letter " + letter.id()
                + " of case " + reference, true, "API, " + letter.fileName());
        return Response.ok(letter.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"")
                .header("X-Content-SHA256", letter.sha256().hex())
                .build();
    }
}
