package org.casework.workspace.boundary.rest;

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
import java.util.List;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.CaseMessages;
import org.casework.letters.entity.CaseMessage;
import org.casework.security.entity.StaffIdentity;
import org.casework.workspace.boundary.CaseCorrespondence;

/** A case's correspondence over the staff API: the list in order, and writing to one of its people. JSON only. */
@Path("v1/cases/{reference}")
@Produces(MediaType.APPLICATION_JSON)
public class CorrespondenceResource {

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
    CaseCorrespondence correspondence;
    @Inject
    CaseMessages messages;
    @Inject
    StaffIdentity staff;

    @GET
    @Path("correspondence")
    public List<CaseCorrespondence.Item> correspondence(@PathParam("reference") String reference) {
        return correspondence.of(CaseReference.parse(reference));
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("reference") String reference, MessageRequest request) {
        MessageRequest given = request == null ? new MessageRequest(null, null, null, null) : request;
        CaseMessage sent = messages.send(CaseReference.parse(reference), given.recipient(), given.subject(),
                given.body(), given.letterId(), staff);
        return Response.status(Response.Status.CREATED).entity(MessageView.of(sent)).build();
    }
}
