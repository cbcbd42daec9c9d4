package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.casework.cases.entity.CaseClosed;

/**
 * When a case's closing has committed, its interim order (if any) is lifted in a transaction of its own: the closing
 * happens inside a workflow step, where the engine must not correlate a message to the interim order's process.
 */
@ApplicationScoped
public class InterimOrderLifting {

    @Inject
    InterimOrders orders;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void lift(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed closed) {
        orders.lift(closed.complaint().reference());
    }
}
