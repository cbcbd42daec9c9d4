package org.casework.register.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casework.kernel.Listing;
import org.casework.register.boundary.PublicRegister;

/**
 * {@code /api/v1/register} (no sign-in, see web.xml): the public register, by registration number or by name, with
 * the sanctions that run today.
 */
@Path("v1/register/practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRegisterResource {

    @Inject
    PublicRegister register;

    @GET
    public Listing<PublicRegister.Entry> find(@QueryParam("registration") String registration,
                                              @QueryParam("name") String name) {
        return Listing.of(register.find(registration, name));
    }

    @GET
    @Path("{registrationNumber}")
    public PublicRegister.Entry one(@PathParam("registrationNumber") String registrationNumber) {
        return register.one(registrationNumber);
    }
}
