package org.casework.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casework.cases.boundary.Decisions;
import org.casework.cases.boundary.Investigation;
import org.casework.cases.boundary.PractitionerAnswers;
import org.casework.cases.boundary.Triage;
import org.casework.cases.entity.SanctionFacts;
import org.casework.kernel.CaseReference;
import org.casework.kernel.ClauseId;
import org.casework.kernel.Outcome;
import org.casework.letters.boundary.LetterApproval;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.WorkflowVariables;

/**
 * Moves the demo's complaints to the stages a first-time visitor should find on every screen: closed at triage,
 * with the Health and Disability Commissioner, waiting on the practitioner, with the case examiners, and letters to
 * approve. Each step is the staff's own use case, done as the demo staff would do it (four eyes included), after
 * the engine's asynchronous steps before it; it runs in the background once the server is up.
 */
@ApplicationScoped
public class DemoStages {

    private static final Logger LOG = Logger.getLogger(DemoStages.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    static final StaffIdentity INVESTIGATOR = new StaffIdentity("investigator", "Ivy Investigator",
            Set.of("INVESTIGATOR"), "investigations", false);
    static final StaffIdentity EXAMINER = new StaffIdentity("examiner", "Eru Examiner", Set.of("CASE_EXAMINER"));

    /** Where the demo leaves each case. */
    public enum Stage { CLOSED_AT_TRIAGE, AT_HDC, AWAITING_RESPONSE, WITH_EXAMINERS, LETTERS_TO_APPROVE, WARNING_ON_REGISTER }

    public record Staged(CaseReference reference, Stage stage) {
    }

    @Resource
    ManagedExecutorService executor;
    @Inject
    CaseWorkflow workflow;
    @Inject
    Triage triage;
    @Inject
    LetterApproval letters;
    @Inject
    Investigation investigation;
    @Inject
    Decisions decisions;
    @Inject
    PractitionerAnswers answers;

    /** Each case on its own managed thread: they wait on the engine's steps side by side. */
    public void advanceInBackground(List<Staged> cases) {
        for (Staged staged : cases) {
            executor.submit(() -> {
                try {
                    advance(staged.reference(), staged.stage());
                    LOG.info(() -> "Demo case " + staged.reference() + " is at " + staged.stage());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Demo case " + staged.reference() + " stayed short of " + staged.stage(),
                            e);
                }
            });
        }
    }

    void advance(CaseReference reference, Stage stage) {
        String note = "Demo: " + stage.name().toLowerCase().replace('_', ' ') + ".";
        String choice = switch (stage) {
            case CLOSED_AT_TRIAGE -> "CLOSE";
            case AT_HDC -> "FORWARD_TO_HDC";
            default -> "ACCEPT";
        };
        step(reference, WorkflowVariables.TRIAGE_TASK, () -> triage.decide(reference, new Triage.TriageDecision(
                choice, stage == Stage.CLOSED_AT_TRIAGE
                        ? "Networking with colleagues is the policy's own example of good practice: no breach."
                        : "Patients may be identifiable; the post is public.", null, null, null, null,
                List.of("Confidentiality and privacy")), INVESTIGATOR));
        // the letters of each step (the closure letter, the HDC transfer, the notice) approved by a colleague
        step(reference, WorkflowVariables.APPROVAL_TASK, () -> letters.review(reference, true, null, EXAMINER));
        if (stage == Stage.CLOSED_AT_TRIAGE || stage == Stage.AT_HDC) {
            return;
        }
        if (stage == Stage.AWAITING_RESPONSE) {
            return;
        }
        step(reference, WorkflowVariables.RESPONSE_TASK, () -> investigation.recordResponse(reference,
                "The practitioner says the post is gone and they did not mean harm.", INVESTIGATOR));
        step(reference, WorkflowVariables.INVESTIGATION_TASK, () -> investigation.referToExaminers(reference,
                "Posts public; patients identifiable by people who know them. " + note, null,
                new SanctionFacts("MINOR", false, false, true), INVESTIGATOR));
        if (stage == Stage.WITH_EXAMINERS) {
            return;
        }
        if (stage == Stage.LETTERS_TO_APPROVE) {
            step(reference, WorkflowVariables.DECISION_TASK, () -> decisions.record(reference, Outcome.ADVICE,
                    "Patients' details could be read in a public post; the practitioner removed it at once.",
                    List.of(new ClauseId("MSC-SM-2020/8")), EXAMINER));
            return;
        }
        // a warning: its letters approved by a colleague of the examiner, accepted, and on the public register
        step(reference, WorkflowVariables.DECISION_TASK, () -> decisions.record(reference, Outcome.WARNING,
                "Patients were described so that people who know them could recognise them, after earlier advice.",
                List.of(new ClauseId("MSC-SM-2020/8")), EXAMINER));
        step(reference, WorkflowVariables.APPROVAL_TASK, () -> letters.review(reference, true, null, INVESTIGATOR));
        step(reference, WorkflowVariables.WARNING_TASK, () -> answers.answerWarning(reference,
                WorkflowVariables.ACCEPTED, "Accepted by letter.", INVESTIGATOR));
    }

    /**
     * Waits for the step's task (the engine may still be drafting letters), then does it; a conflict with a job
     * finishing at that moment is tried again.
     */
    private void step(CaseReference reference, String taskKey, Runnable action) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                if (workflow.openTask(reference.value(), taskKey).isPresent()) {
                    action.run();
                    return;
                }
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No step " + taskKey + " in " + reference);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
