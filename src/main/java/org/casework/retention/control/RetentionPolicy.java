package org.casework.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.cases.entity.CaseStatus;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;
import org.casework.workflow.control.CaseWorkflow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a closed case is kept ({@code casework.retention.days}, ten years by default) and which cases are past
 * it: closed before the cut-off date, with no process still running for them (a published warning's expiry, say).
 */
@ApplicationScoped
public class RetentionPolicy {

    @Inject
    @ConfigProperty(name = "casework.retention.days", defaultValue = "3653")
    int days;
    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;
    @Inject
    CaseWorkflow workflow;
    @Inject
    EntityManager em;

    public int days() {
        return days;
    }

    /** Cases closed before this date (the regulator's calendar) are due; with 0 days, everything closed until today. */
    public LocalDate closedBefore() {
        return time.today().minusDays(days).plusDays(1);
    }

    /** The due cases, longest closed first, at most {@code max}. */
    public List<Complaint> due(int max) {
        return em.createQuery("select c from Complaint c where c.status = :closed and c.closedAt < :cutoff "
                        + "order by c.closedAt, c.id", Complaint.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("cutoff", cutoff())
                .setMaxResults(max).getResultList().stream().filter(this::processEnded).toList();
    }

    public boolean isDue(Complaint c) {
        return c.status() == CaseStatus.CLOSED && c.closedAt() != null && c.closedAt().isBefore(cutoff())
                && processEnded(c);
    }

    private boolean processEnded(Complaint c) {
        return c.processInstanceId() == null || workflow.hasEnded(c.processInstanceId());
    }

    private Instant cutoff() {
        return closedBefore().atStartOfDay(time.zone()).toInstant();
    }
}
