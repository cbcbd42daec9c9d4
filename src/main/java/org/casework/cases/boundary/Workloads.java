package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.casework.kernel.TeamCode;
import org.casework.security.control.StaffAdministration;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.QueueFilter;
import org.casework.workflow.control.WorkQueues;

/**
 * How much work people hold: one's own tasks (overdue, due within the week) and what waits untaken in one's queue;
 * for a team lead, the same for each member of the team, so work can be handed to whoever has room.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Workloads {

    /** One person's load; {@code untaken}: the tasks of their queue nobody has taken (up to 1,001). */
    public record Load(String username, String name, Set<String> roles, long tasks, long overdue, long dueThisWeek,
                       long untaken) implements Serializable {
    }

    @Inject
    WorkQueues queues;
    @Inject
    StaffAdministration staff;

    public Load of(StaffIdentity who, Instant now) {
        WorkQueues.Held held = queues.heldBy(who.username(), now);
        QueueFilter untaken = new QueueFilter(QueueFilter.Queue.TEAM, null, null, null, false, true, null, true);
        long waiting = queues.queueCount(untaken, who.username(), who.roles(), who.investigationTeam(), null);
        return new Load(who.username(), who.displayName(), who.roles(), held.tasks(), held.overdue(),
                held.dueThisWeek(), waiting);
    }

    /** Each active member of the lead's team with what they hold; empty for anyone who leads no team. */
    public List<Load> teamOf(StaffIdentity lead, Instant now) {
        if (lead.team() == null || !lead.leads(lead.team())) {
            return List.of();
        }
        return staff.members(new TeamCode(lead.team())).stream().map(member -> {
            WorkQueues.Held held = queues.heldBy(member.username(), now);
            return new Load(member.username(), member.displayName(), member.identity().roles(), held.tasks(),
                    held.overdue(), held.dueThisWeek(), 0);
        }).toList();
    }
}
