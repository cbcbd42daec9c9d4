package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/** Staff retry a step of a case that failed after its retries (a letter, a mail): it runs again, once. */
@ApplicationScoped
@Transactional
public class CaseIncidents {

    @Inject
    CaseStore cases;
    @Inject
    CaseWorkflow workflow;

    public void retry(CaseReference reference, String incidentId, StaffIdentity staff) {
        Complaint complaint = cases.require(reference);
        var incident = workflow.incidents(complaint.reference().value(), complaint.processInstanceId()).stream()
                .filter(i -> i.getId().equals(incidentId)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No incident " + incidentId + " in case " + reference));
        workflow.retry(incident);
    }
}
