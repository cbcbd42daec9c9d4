package org.casework.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import org.casework.cases.entity.AllegationCategory;
import org.casework.cases.entity.Complaint;
import org.casework.platform.control.CaseworkConfig;
import org.casework.statistics.entity.CaseSource;
import org.casework.statistics.entity.ClosedCase;

/** Records a case in the statistics when it closes, in the closing transaction: counted once closed, never before. */
@ApplicationScoped
public class ClosedCases {

    @Inject
    EntityManager em;

    @Inject
    CaseworkConfig config;

    public void record(Complaint complaint) {
        String registration = complaint.registrant() != null ? complaint.registrant().registrationNumber()
                : complaint.practitioner().registrationNumber();
        em.persist(new ClosedCase(complaint.reference().value(), CaseSource.WORKFLOW, registration,
                complaint.platform(), LocalDate.ofInstant(complaint.receivedAt(), config.zone()),
                LocalDate.ofInstant(complaint.closedAt(), config.zone()), complaint.decision().outcome(),
                complaint.allegations().isEmpty() ? EnumSet.noneOf(AllegationCategory.class)
                        : EnumSet.copyOf(complaint.allegations())));
    }
}
