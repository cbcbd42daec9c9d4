package org.casework.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;

/** Hands out case references from a database sequence: unique across nodes, never reused. */
@ApplicationScoped
public class CaseReferences {

    @Inject
    EntityManager em;

    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;

    public CaseReference next(Instant receivedAt) {
        Number serial = (Number) em.createNativeQuery("SELECT NEXT VALUE FOR case_reference_seq").getSingleResult();
        return CaseReference.of(config.referencePrefix(), receivedAt.atZone(time.zone()).getYear(),
                serial.longValue());
    }
}
