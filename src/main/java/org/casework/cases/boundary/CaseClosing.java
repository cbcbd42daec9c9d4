package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseClosed;
import org.casework.kernel.CaseReference;

/** Closes a decided case once its letters are out. */
@ApplicationScoped
@Transactional
public class CaseClosing {

    @Inject
    CaseStore cases;

    @Inject
    Event<CaseClosed> closed;

    public void close(CaseReference reference) {
        var complaint = cases.require(reference);
        complaint.close(Instant.now());
        closed.fire(new CaseClosed(complaint));
    }
}
