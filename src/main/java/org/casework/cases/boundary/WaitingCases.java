package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casework.cases.entity.CaseStatus;
import org.casework.kernel.CaseReference;
import org.casework.kernel.TeamCode;
import org.casework.security.entity.StaffIdentity;

/**
 * The open cases that wait on someone outside the regulator: the practitioner's answer to the notice (their 28
 * days), the Health and Disability Commissioner (the case's clock paused) or a hearing panel. An investigator sees
 * their team's; everyone else every team's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WaitingCases {

    /** Who the case waits on; the words are in the message bundle under {@code waitingOn.*}. */
    public enum On { PRACTITIONER, HDC, HEARING }

    /** {@code dueOn}: the day the wait should end, where there is one (the practitioner's 28 days). */
    public record Waiting(String reference, String practitioner, On on, Instant since, LocalDate dueOn)
            implements Serializable {
    }

    @Inject
    EntityManager em;

    /** At most {@code most} of each kind, the practitioner's earliest due first, then the longest waiting. */
    public List<Waiting> of(StaffIdentity who, int most) {
        TeamCode team = who.investigationTeam() == null ? null : new TeamCode(who.investigationTeam());
        List<Waiting> waiting = new ArrayList<>();
        waiting.addAll(read("select c.reference, c.practitioner.name, c.responseClock.notifiedAt, "
                + "c.responseClock.dueOn from Complaint c where c.status = :status "
                + "and c.responseClock.receivedAt is null and c.responseClock.dueOn is not null",
                "c.responseClock.dueOn", CaseStatus.UNDER_INVESTIGATION, team, most, On.PRACTITIONER));
        waiting.addAll(read("select c.reference, c.practitioner.name, c.hdcPause.pausedAt "
                + "from Complaint c where c.status = :status", "c.hdcPause.pausedAt", CaseStatus.AT_HDC, team, most,
                On.HDC));
        waiting.addAll(read("select c.reference, c.practitioner.name, d.decidedAt "
                + "from Complaint c join c.decision d where c.status = :status", "d.decidedAt",
                CaseStatus.AT_HEARING, team, most, On.HEARING));
        waiting.sort(Comparator.comparing((Waiting w) -> w.dueOn() == null ? LocalDate.MAX : w.dueOn())
                .thenComparing(Waiting::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return waiting;
    }

    private List<Waiting> read(String select, String order, CaseStatus status, TeamCode team, int most, On on) {
        String jpql = select + (team == null ? "" : " and c.routing.team = :team") + " order by " + order;
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("status", status)
                .setMaxResults(most);
        if (team != null) {
            query.setParameter("team", team);
        }
        return query.getResultStream().map(r -> new Waiting(((CaseReference) r[0]).value(), (String) r[1], on,
                (Instant) r[2], r.length > 3 ? (LocalDate) r[3] : null)).toList();
    }
}
