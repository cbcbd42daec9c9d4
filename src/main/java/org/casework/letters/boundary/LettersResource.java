package org.casework.letters.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.casework.letters.entity.Letter;

/** A case's letters: the list, and each PDF as issued. Staff only (web.xml). */
@Path("v1/cases/{reference}/letters")
public class LettersResource {

    @Inject
    LetterIssuing letters;

    public record LetterView(long id, String kind, String recipient, Instant issuedAt, String fileName, String sha256,
                             String emailedTo, Instant emailedAt) {
        static LetterView of(Letter l) {
            return new LetterView(l.id(), l.kind().name(), l.recipientName(), l.issuedAt(), l.fileName(),
                    l.sha256().hex(), l.addressedTo(), l.emailedAt());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LetterView> list(@PathParam("reference") String reference) {
        return letters.lettersOf(reference).stream().map(LetterView::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces("application/pdf")
    public Response pdf(@PathParam("reference") String reference, @PathParam("id") long id) {
        Letter letter = letters.letter(reference, id);
        return Response.ok(letter.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"")
                .header("X-Content-SHA256", letter.sha256().hex())
                .build();
    }
}
