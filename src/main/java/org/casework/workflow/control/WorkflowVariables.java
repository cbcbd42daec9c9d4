package org.casework.workflow.control;

/** Names shared by the BPMN files, the delegates and the process tests. Evidence and documents never go in here. */
public final class WorkflowVariables {

    public static final String PROCESS_KEY = "complaintHandling";

    /** The case's reference, also the process instance's business key. */
    public static final String CASE_REFERENCE = "caseReference";
    /** ACCEPT or CLOSE, set when the triage task completes. */
    public static final String TRIAGE_OUTCOME = "triageOutcome";
    public static final String ACCEPT = "ACCEPT";
    public static final String CLOSE = "CLOSE";
    /** The outcome recorded by the case examiners (an {@code Outcome} name). */
    public static final String OUTCOME = "outcome";

    public static final String TRIAGE_TASK = "triageComplaint";
    public static final String DECISION_TASK = "caseExaminerDecision";

    private WorkflowVariables() {
    }
}
