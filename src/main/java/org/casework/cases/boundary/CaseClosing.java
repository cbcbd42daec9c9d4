package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.casework.cases.control.CaseStore;

/** Closes a decided case once its letters are out. */
@ApplicationScoped
@Transactional
public class CaseClosing {

    @Inject
    CaseStore cases;

    public void close(String reference) {
        cases.require(reference).close(Instant.now());
    }
}
