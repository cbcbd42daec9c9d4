package org.casework.workspace.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.casework.cases.boundary.CaseView;
import org.casework.cases.boundary.TaskClaims;
import org.casework.cases.boundary.TaskQueues;
import org.casework.cases.boundary.TeamWork;
import org.casework.cases.boundary.Workloads;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Platform;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.QueueFilter;
import org.casework.workflow.control.WorkQueues;
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
    @Inject
    TeamWork teamWork;
    @Inject
    Workloads workloads;

    private String reference;
    private String practitioner;
    private String platform;
    private boolean overdueOnly;
    private boolean unassignedOnly;
    private QueueFilter.Sort sort = QueueFilter.Sort.CREATED;
    private boolean ascending = true;
    private Map<QueueFilter.Queue, Long> counts;
    private String handTo;
    private List<Workloads.Load> members;

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
            return (int) Math.min(WorkQueues.COUNTED_TASKS, queues.count(filter(which), staff));
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

    /** The filters become the page's address, so a filtered queue can be bookmarked and survives every action. */
    public String apply() {
        return again();
    }

    public String claim(String taskId) {
        return act(List.of(taskId), id -> claims.claim(id, staff), n -> "The task is yours; it is under My tasks.");
    }

    public String release(String taskId) {
        return act(List.of(taskId), id -> claims.release(id, staff), n -> "The task is back in the team queue.");
    }

    public String takeSelected() {
        return act(selected("team"), id -> claims.claim(id, staff), n -> tasks(n) + " taken; they are under My tasks.");
    }

    public String releaseSelected() {
        return act(selected("mine"), id -> claims.release(id, staff), n -> tasks(n) + " back in the team queue.");
    }

    /** A lead hands the ticked tasks to a member of the team (or, choosing nobody, back to the queue). */
    public String handSelected() {
        String to = handTo == null || handTo.isBlank() ? "the team queue" : getMembers().stream()
                .filter(m -> m.username().equals(handTo)).map(Workloads.Load::name).findFirst().orElse(handTo);
        return act(selected("team"), id -> teamWork.assign(id, handTo, staff), n -> tasks(n) + " handed to " + to + ".");
    }

    /**
     * Does the action to each task, each in its own transaction: what could not be done is said task by task and
     * the rest stands. {@code done} says what happened to how many.
     */
    private String act(List<String> taskIds, Consumer<String> action, IntFunction<String> done) {
        int succeeded = 0;
        if (taskIds.isEmpty()) {
            FacesMessages.error("Tick the tasks first: nothing was changed.");
        }
        for (String id : taskIds) {
            try {
                action.accept(id);
                succeeded++;
            } catch (WrongStageException | AccessDeniedException | InvalidFieldException
                     | CaseNotFoundException e) {
                FacesMessages.error(e.getMessage());
            }
        }
        if (succeeded > 0) {
            FacesMessages.info(done.apply(succeeded));
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return again();
    }

    private static String tasks(int n) {
        return n == 1 ? "1 task" : n + " tasks";
    }

    private String again() {
        return "/staff/tasks?faces-redirect=true&includeViewParams=true";
    }

    /** The tasks ticked in a table: plain check boxes named after it ({@code teamTask}), at most a page's worth. */
    private List<String> selected(String table) {
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get(table + "Task");
        return ticked == null ? List.of() : Arrays.stream(ticked).distinct().limit(TaskQueues.MAX_PAGE).toList();
    }

    /** For a team lead: the members to hand tasks to, each with what they hold. */
    public List<Workloads.Load> getMembers() {
        if (members == null) {
            members = workloads.teamOf(staff, Clock.systemUTC().instant());
        }
        return members;
    }

    /** The badge: the number of tasks, or "1000+" for a queue longer than queues count. */
    public String count(String queue) {
        if (counts == null) {
            counts = queues.counts(staff);
        }
        long count = counts.getOrDefault(QueueFilter.Queue.valueOf(queue), 0L);
        return count > WorkQueues.COUNTED_TASKS ? WorkQueues.COUNTED_TASKS + "+" : String.valueOf(count);
    }

    public boolean isMine(CaseView.TaskView task) {
        return staff.username().equals(task.assignee());
    }

    public String getHandTo() { return handTo; }
    public void setHandTo(String handTo) { this.handTo = handTo; }
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
