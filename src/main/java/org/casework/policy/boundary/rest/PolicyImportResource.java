package org.casework.policy.boundary.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casework.kernel.InvalidFieldException;
import org.casework.policy.boundary.PolicyImports;
import org.casework.policy.control.PolicyFile;
import org.casework.policy.control.PolicySuccession;
import org.casework.policy.control.PolicyYaml;

/**
 * {@code POST /api/v1/admin/policy-versions} (administrators, see web.xml): a policy version as JSON or YAML; with
 * {@code preview=true} the answer says what the import would do and nothing is stored.
 */
@Path("v1/admin/policy-versions")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyImportResource {

    @Inject
    PolicyImports imports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importVersion(@QueryParam("preview") @DefaultValue("false") boolean preview, PolicyFile file) {
        if (file == null) {
            throw new InvalidFieldException("body", "must be a policy version as JSON");
        }
        return imported(preview, file);
    }

    /** The same version written in YAML ({@code application/yaml}, also {@code text/yaml}). */
    @POST
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml"})
    public Response importYaml(@QueryParam("preview") @DefaultValue("false") boolean preview, String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidFieldException("body", "must be a policy version as YAML");
        }
        return imported(preview, PolicyYaml.read(yaml));
    }

    private Response imported(boolean preview, PolicyFile file) {
        if (preview) {
            return Response.ok(imports.preview(file)).build();
        }
        PolicySuccession.Plan stored = imports.importVersion(file);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }
}
