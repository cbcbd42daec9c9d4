package org.casework.letters.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.letters.boundary.LetterTemplateAdmin;
import org.casework.security.entity.StaffIdentity;

/**
 * {@code /api/v1/admin/letter-templates} (administrators, see web.xml): the wording of every letter; {@code PUT}
 * rewords one (400 naming the field when a place is unknown or a required fact is missing), {@code DELETE} goes back
 * to the shipped wording, {@code sample.pdf} shows it on an invented case.
 */
@Path("v1/admin/letter-templates")
@Produces(MediaType.APPLICATION_JSON)
public class LetterTemplatesResource {

    /** A rewording as sent by an administrator. */
    public record Rewording(String subject, String body, Boolean issued) {
    }

    @Inject
    LetterTemplateAdmin admin;

    @Inject
    StaffIdentity staff;

    @GET
    public Listing<LetterTemplateAdmin.TemplateView> all() {
        return Listing.of(admin.all());
    }

    @GET
    @Path("{key}")
    public LetterTemplateAdmin.TemplateView one(@PathParam("key") String key) {
        return admin.one(key);
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LetterTemplateAdmin.TemplateView reword(@PathParam("key") String key, Rewording rewording) {
        if (rewording == null) {
            throw new InvalidFieldException("body", "must be the template's subject, body and issued flag as JSON");
        }
        return admin.reword(key, rewording.subject(), rewording.body(), !Boolean.FALSE.equals(rewording.issued()),
                staff.username());
    }

    @DELETE
    @Path("{key}")
    public LetterTemplateAdmin.TemplateView reset(@PathParam("key") String key) {
        return admin.reset(key);
    }

    @GET
    @Path("{key}/sample.pdf")
    @Produces("application/pdf")
    public Response sample(@PathParam("key") String key) {
        return Response.ok(admin.samplePdf(key)).header("Content-Disposition", "inline; filename=\"sample-"
                + key.toLowerCase().replaceAll("[^a-z._-]", "") + ".pdf\"").build();
    }
}
