package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.casework.cases.control.CaseStore;
import org.casework.statistics.control.ClosedCases;

/** Closes a decided case once its letters are out. */
@ApplicationScoped
@Transactional
public class CaseClosing {

    @Inject
    CaseStore cases;

    @Inject
    ClosedCases closedCases;

    public void close(String reference) {
        var complaint = cases.require(reference);
        complaint.close(Instant.now());
        closedCases.record(complaint);
    }
}
