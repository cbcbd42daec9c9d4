package org.casework.workspace.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.CaseMessages;
import org.casework.letters.boundary.MessageTemplates;
import org.casework.letters.entity.CaseMessage;
import org.casework.security.entity.StaffIdentity;

/** Writing to one of a case's people over the staff API (JSON only, so a cross-site form cannot post here). */
@Path("v1/cases/{reference}/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    /** {@code recipient}: COMPLAINANT, PRACTITIONER or EMPLOYER; {@code letterId}: an issued letter to attach. */
    public record MessageRequest(String recipient, String subject, String body, Long letterId) {
    }

    public record MessageView(long id, String recipient, String addressedTo, String subject, String sentBy,
                              Instant sentAt, Instant emailedAt, Long letterId) {
        static MessageView of(CaseMessage m) {
            return new MessageView(m.id(), m.recipient().name(), m.addressedTo(), m.subject(), m.sentBy(),
                    m.sentAt(), m.emailedAt(), m.letter() == null ? null : m.letter().id());
        }
    }

    @Inject
    CaseMessages messages;
    @Inject
    MessageTemplates templates;
    @Inject
    StaffIdentity staff;

    /** A message template with this case's facts put in, to change and send (nothing is sent or stored). */
    @GET
    @Path("draft")
    public MessageTemplates.Draft draft(@PathParam("reference") String reference,
                                        @QueryParam("template") String template) {
        return templates.draft(CaseReference.parse(reference), template, staff);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("reference") String reference, MessageRequest request) {
        MessageRequest given = request == null ? new MessageRequest(null, null, null, null) : request;
        CaseMessage sent = messages.send(CaseReference.parse(reference), given.recipient(), given.subject(),
                given.body(), given.letterId(), staff);
        return Response.status(Response.Status.CREATED).entity(MessageView.of(sent)).build();
    }
}
