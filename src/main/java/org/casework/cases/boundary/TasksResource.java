package org.casework.cases.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casework.security.entity.StaffIdentity;

/** The caller's work queue: open tasks their roles may take. */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    CaseFiles caseFiles;

    @Inject
    StaffIdentity staff;

    @GET
    public List<CaseView.TaskView> tasks() {
        return caseFiles.tasksFor(staff);
    }
}
