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
import java.time.Instant;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.letters.boundary.MessageTemplates;
import org.casework.letters.entity.MessageTemplate;
import org.casework.security.entity.StaffIdentity;

/**
 * {@code /api/v1/admin/message-templates} (administrators, see web.xml): the messages staff start from; {@code PUT}
 * creates or rewords one (400 naming every refused field, an unknown fact among them), {@code DELETE} removes it.
 */
@Path("v1/admin/message-templates")
@Produces(MediaType.APPLICATION_JSON)
public class MessageTemplatesResource {

    /** A template as an administrator sends it; {@code recipient}: COMPLAINANT, PRACTITIONER or EMPLOYER. */
    public record Wording(String name, String recipient, String subject, String body) {
    }

    public record TemplateView(String key, String name, String recipient, String subject, String body,
                               String updatedBy, Instant updatedAt) {
        static TemplateView of(MessageTemplate t) {
            return new TemplateView(t.key(), t.name(), t.recipient().name(), t.subject(), t.body(), t.updatedBy(),
                    t.updatedAt());
        }
    }

    @Inject
    MessageTemplates templates;
    @Inject
    StaffIdentity staff;

    @GET
    public Listing<TemplateView> all() {
        return Listing.of(templates.all().stream().map(TemplateView::of).toList());
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateView save(@PathParam("key") String key, Wording wording) {
        if (wording == null) {
            throw new InvalidFieldException("body", "must be the template's name, recipient, subject and body as JSON");
        }
        return TemplateView.of(templates.save(key, wording.name(), wording.recipient(), wording.subject(),
                wording.body(), staff));
    }

    @DELETE
    @Path("{key}")
    public Response delete(@PathParam("key") String key) {
        templates.delete(key, staff);
        return Response.noContent().build();
    }
}
