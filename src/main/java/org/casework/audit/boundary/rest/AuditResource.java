package org.casework.audit.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.ChainCheck;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;

/**
 * {@code /api/v1/admin/audit} (administrators, see web.xml): the newest entries, by target or actor, and
 * {@code /verification}, which walks the whole chain and says whether any entry was changed or removed.
 */
@Path("v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** An entry as administrators read it. */
    public record EntryView(long id, Instant at, String actor, String action, String target, boolean allowed,
                            String source, String detail, String hash) {
    }

    @Inject
    AuditLog log;

    /** Entries of one {@code target} or, failing that, one {@code actor}; newest first. */
    @GET
    public Listing<EntryView> entries(@QueryParam("target") String target, @QueryParam("actor") String actor,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > 500) {
            throw new InvalidFieldException(first < 0 ? "first" : "max", first < 0 ? "must be 0 or more"
                    : "must be between 1 and 500");
        }
        return Listing.of(log.entries(blank(target), blank(actor), first, max).stream()
                .map(e -> new EntryView(e.id(), e.recordedAt(), e.actor(), e.action(), e.target(), e.allowed(),
                        e.source(), e.detail(), e.hash()))
                .toList());
    }

    @GET
    @Path("verification")
    public ChainCheck.Result verify() {
        return log.verify();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
