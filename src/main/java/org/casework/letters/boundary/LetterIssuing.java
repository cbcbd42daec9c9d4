package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decider;
import org.casework.cases.entity.NoticeIssued;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.WrongStageException;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterDraft;
import org.casework.letters.entity.LetterKind;
import org.casework.letters.entity.LetterSet;
import org.casework.platform.control.CaseworkConfig;
import org.casework.register.control.Register;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.WorkflowVariables;

/**
 * Approves and issues a case's letters ({@link LetterDrafting} drafts them) and hands them out again, always through
 * the case they belong to.
 */
@ApplicationScoped
@Transactional
public class LetterIssuing {

    @Inject
    CaseStore cases;

    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;

    @Inject
    EntityManager em;

    @Inject
    Event<NoticeIssued> noticeIssued;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Register register;

    @Inject
    CaseSteps steps;

    /** The approver's verdict on every pending draft of the case, with the four-eyes rule of {@link LetterDraft}. */
    public void review(CaseReference reference, boolean approved, String reviewer, String note) {
        review(reference, null, approved, reviewer, note);
    }

    /**
     * The verdict on the pending drafts of one letter set: an interim order's letter runs beside the case's other
     * letters, so approving one set never approves the other's ({@code set} null: every pending draft).
     */
    public void review(CaseReference reference, LetterSet set, boolean approved, String reviewer, String note) {
        Complaint complaint = cases.require(reference);
        List<LetterDraft> pending = pendingDrafts(complaint).stream().filter(d -> set == null
                || (d.kind() == LetterKind.INTERIM_ORDER_NOTICE) == (set == LetterSet.INTERIM)).toList();
        if (pending.isEmpty()) {
            throw new WrongStageException("Case " + reference + " has no letters waiting for approval");
        }
        Instant now = Instant.now();
        // the letters carry someone's decision: the examiners' (or the triage referral's), or for the notice the
        // acceptance at triage; that person is not the second pair of eyes
        String decider = complaint.decision() != null ? complaint.decision().decidedBy() : complaint.triagedBy();
        // an interim order's letter carries the interim orders panel's decision, as its recorder put it
        String author = pending.stream().allMatch(d -> d.kind() == LetterKind.INTERIM_ORDER_NOTICE)
                ? steps.latest(complaint, WorkflowVariables.INTERIM_DECISION_TASK).map(CaseStep::recordedBy)
                        .orElse(decider) : decider;
        pending.forEach(d -> d.review(approved, reviewer, note, d.author(author), now));
    }

    /**
     * Issues the approved drafts exactly as approved, each letter with an address handed to a delivery process of
     * its own; issuing twice issues nothing twice. The notice of
     * investigation starts the practitioner's 28 days (the case hears of it through {@link NoticeIssued}).
     */
    public List<Letter> issueApproved(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        Instant now = Instant.now();
        List<Letter> issued = em.createNamedQuery(LetterDraft.OF_CASE, LetterDraft.class)
                .setParameter("complaint", complaint).setParameter("reference", complaint.reference())
                .getResultStream()
                .filter(d -> d.state() == LetterDraft.State.APPROVED)
                .map(d -> d.issue(now)).toList();
        config.hdcEmail().ifPresent(hdc -> issued.stream().filter(l -> l.kind() == LetterKind.HDC_TRANSFER)
                .forEach(l -> l.emailToTheCommissioner(hdc)));
        issued.forEach(em::persist);
        issued.stream().filter(Letter::awaitsEmail).forEach(letter -> workflow.deliver(reference.value(), letter.id()));
        if (issued.stream().anyMatch(l -> l.kind() == LetterKind.INVESTIGATION_NOTICE && l.replaces() == null)) {
            noticeIssued.fire(new NoticeIssued(complaint.reference(), now));
        }
        if (complaint.decision() != null && complaint.decision().decider() == Decider.HEARING_PANEL
                && issued.stream().anyMatch(l -> l.kind() == LetterKind.DECISION_TO_PRACTITIONER && l.replaces() == null)) {
            // the appeal window runs from the letter that tells the practitioner of the hearing's decision
            register.running(reference).stream().filter(s -> !s.interim())
                    .forEach(s -> s.openToAppeal(time.today(), config.appealDays()));
        }
        return issued;
    }

    List<LetterDraft> pendingDrafts(Complaint complaint) {
        return em.createNamedQuery(LetterDraft.PENDING, LetterDraft.class).setParameter("complaint", complaint)
                .setParameter("reference", complaint.reference())
                .getResultList();
    }

    public List<LetterDraft> draftsOf(Complaint complaint) {
        return em.createNamedQuery(LetterDraft.OF_CASE, LetterDraft.class).setParameter("complaint", complaint)
                .setParameter("reference", complaint.reference())
                .getResultList();
    }

    /** A draft's PDF for the approver's preview, only through the case it belongs to. */
    public LetterDraft draft(CaseReference reference, long draftId) {
        Complaint complaint = cases.require(reference);
        return em.createQuery("select d from LetterDraft d where d.id = :id and (d.complaint = :complaint "
                        + "or d.complaint.routing.mergedInto = :reference)", LetterDraft.class)
                .setParameter("id", draftId).setParameter("complaint", complaint)
                .setParameter("reference", complaint.reference())
                .getResultStream().findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No letter draft " + draftId + " in case " + reference));
    }

    public List<Letter> lettersOf(CaseReference reference) {
        return lettersOf(cases.require(reference));
    }

    public List<Letter> lettersOf(Complaint complaint) {
        return em.createNamedQuery(Letter.OF_CASE, Letter.class).setParameter("complaint", complaint)
                .setParameter("reference", complaint.reference()).getResultList();
    }

    /** The letter, only if it belongs to the case named: an id alone never opens a letter. */
    public Letter letter(CaseReference reference, long letterId) {
        Complaint complaint = cases.require(reference);
        return em.createQuery("select l from Letter l where l.id = :id and (l.complaint = :complaint "
                        + "or l.complaint.routing.mergedInto = :reference)", Letter.class)
                .setParameter("id", letterId).setParameter("complaint", complaint)
                .setParameter("reference", complaint.reference())
                .getResultStream().findFirst()
                .orElseThrow(() -> new CaseNotFoundException("No letter " + letterId + " in case " + reference));
    }


}
