package org.casework.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casework.security.entity.StaffIdentity;

/** The staff task list: what is waiting for the signed-in user's roles. */
@Named
@RequestScoped
public class TaskList {

    @Inject
    CaseFiles caseFiles;

    @Inject
    StaffIdentity staff;

    private List<CaseView.TaskView> tasks;

    public List<CaseView.TaskView> getTasks() {
        if (tasks == null) {
            tasks = caseFiles.tasksFor(staff);
        }
        return tasks;
    }
}
