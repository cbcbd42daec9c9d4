package org.casework.register.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Listing;
import org.casework.register.boundary.RegisterMaintenance;
import org.casework.register.boundary.RegisterMaintenance.Imported;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.Practitioner.Details;
import org.casework.security.entity.StaffIdentity;

/**
 * {@code /api/v1/admin/practitioners} (administrators, see web.xml): the register as the regulator keeps it. List or
 * look up, add ({@code POST}, 201), change ({@code PUT}), or import the register as CSV ({@code POST /import}, every
 * line or none: 400 names each problem by line and column).
 */
@Path("v1/admin/practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterAdminResource {

    /** A registrant as the register holds them; {@code status} by its key, its words beside it. */
    public record RegistrantView(String registrationNumber, String fullName, String profession, String scope,
                                 String status, String statusLabel, String employer, String email,
                                 String employerEmail, String postalAddress) {
        static RegistrantView of(Practitioner p) {
            return new RegistrantView(p.registrationNumber(), p.fullName(), p.profession(), p.scope(),
                    p.status().name(), p.status().label(), p.employer(), p.email(), p.employerEmail(),
                    p.postalAddress());
        }
    }

    @Inject
    RegisterMaintenance register;
    @Inject
    StaffIdentity staff;

    @GET
    public Listing<RegistrantView> find(@QueryParam("q") String text,
                                        @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("50") int max) {
        return Listing.of(register.find(text, first, max, staff).stream().map(RegistrantView::of).toList());
    }

    @GET
    @Path("{registrationNumber}")
    public RegistrantView one(@PathParam("registrationNumber") String number) {
        return RegistrantView.of(register.one(number, staff));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Details details) {
        RegistrantView added = RegistrantView.of(register.add(required(details), staff));
        return Response.created(UriBuilder.fromResource(RegisterAdminResource.class).path(added.registrationNumber())
                .build()).entity(added).build();
    }

    @PUT
    @Path("{registrationNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrantView change(@PathParam("registrationNumber") String number, Details details) {
        return RegistrantView.of(register.change(number, required(details), staff));
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Imported importCsv(String csv) {
        return register.importCsv(csv, staff);
    }

    private static Details required(Details details) {
        if (details == null) {
            throw new InvalidFieldException("body", "must be the registrant's details as JSON");
        }
        return details;
    }
}
