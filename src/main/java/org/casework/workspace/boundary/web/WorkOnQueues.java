package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.TaskClaims;
import org.casework.cases.boundary.TaskQueues;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.Platform;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.QueueFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The tasks page: "My tasks" and the team queue, each read a page at a time, with filters and claim / release. */
@Named
@ViewScoped
public class WorkOnQueues implements Serializable {

    @Inject
    TaskQueues queues;
    @Inject
    TaskClaims claims;
    @Inject
    StaffIdentity staff;

    private String reference;
    private String practitioner;
    private String platform;
    private boolean overdueOnly;
    private boolean unassignedOnly;
    private QueueFilter.Sort sort = QueueFilter.Sort.CREATED;
    private boolean ascending = true;
    private Map<QueueFilter.Queue, Long> counts;

    private final Queue mine = new Queue(QueueFilter.Queue.MINE);
    private final Queue team = new Queue(QueueFilter.Queue.TEAM);

    /** One queue as PrimeFaces pages through it. */
    public class Queue extends LazyDataModel<CaseView.TaskView> {
        private final QueueFilter.Queue which;

        Queue(QueueFilter.Queue which) {
            this.which = which;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // a queue of more than 1,000 pages through its first 1,000; filters narrow it
            return (int) Math.min(CaseWorkflow.COUNTED_TASKS, queues.count(filter(which), staff));
        }

        @Override
        public List<CaseView.TaskView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            // PrimeFaces has asked count() for the row count already
            return queues.tasks(filter(which), staff, first, Math.min(pageSize, TaskQueues.MAX_PAGE));
        }

        @Override
        public String getRowKey(CaseView.TaskView task) {
            return task.id();
        }

        @Override
        public CaseView.TaskView getRowData(String rowKey) {
            return null;
        }
    }

    private QueueFilter filter(QueueFilter.Queue which) {
        return new QueueFilter(which, reference, practitioner, platform, overdueOnly, unassignedOnly, sort, ascending);
    }

    public void apply() {
        counts = null; // the filters apply to both tables as they load
    }

    public void claim(String taskId) {
        act(() -> claims.claim(taskId, staff), "The task is yours; it is under My tasks.");
    }

    public void release(String taskId) {
        act(() -> claims.release(taskId, staff), "The task is back in the team queue.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            counts = null;
        } catch (WrongStageException | AccessDeniedException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    /** The badge: the number of tasks, or "1000+" for a queue longer than queues count. */
    public String count(String queue) {
        if (counts == null) {
            counts = queues.counts(staff);
        }
        long count = counts.getOrDefault(QueueFilter.Queue.valueOf(queue), 0L);
        return count > CaseWorkflow.COUNTED_TASKS ? CaseWorkflow.COUNTED_TASKS + "+" : String.valueOf(count);
    }

    public boolean isMine(CaseView.TaskView task) {
        return staff.username().equals(task.assignee());
    }

    public Platform[] getPlatforms() { return Platform.values(); }
    public QueueFilter.Sort[] getSorts() { return QueueFilter.Sort.values(); }
    public Queue getMine() { return mine; }
    public Queue getTeam() { return team; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getPractitioner() { return practitioner; }
    public void setPractitioner(String practitioner) { this.practitioner = practitioner; }
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public boolean isUnassignedOnly() { return unassignedOnly; }
    public void setUnassignedOnly(boolean unassignedOnly) { this.unassignedOnly = unassignedOnly; }
    public QueueFilter.Sort getSort() { return sort; }
    public void setSort(QueueFilter.Sort sort) { this.sort = sort; }
    public boolean isAscending() { return ascending; }
    public void setAscending(boolean ascending) { this.ascending = ascending; }
}
