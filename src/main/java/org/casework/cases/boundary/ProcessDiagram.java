package org.casework.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.workflow.control.CaseWorkflow;

/** A case's process as a diagram: the BPMN its process runs, the steps it completed and the step(s) it is at. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProcessDiagram {

    /** {@code xml}: the BPMN 2.0 model; {@code completed} and {@code current}: BPMN element ids. */
    public record Diagram(String reference, String xml, List<String> completed, List<String> current) {
    }

    @Inject
    CaseStore cases;
    @Inject
    CaseWorkflow workflow;

    public Diagram of(CaseReference reference) {
        Complaint c = cases.require(reference);
        String pid = c.processInstanceId();
        if (pid == null) {
            throw new CaseNotFoundException("Case " + reference + " has no process");
        }
        return new Diagram(c.reference().value(), workflow.processModel(pid),
                workflow.completedSteps(pid).stream().distinct().toList(), workflow.currentSteps(pid));
    }
}
