package org.casework.letters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casework.cases.boundary.Hearings;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseStep;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.Decider;
import org.casework.cases.entity.Hearing;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.CaseReference;
import org.casework.kernel.Outcome;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.WrongStageException;
import org.casework.letters.control.LetterComposer;
import org.casework.letters.control.LetterContent;
import org.casework.letters.control.LetterFacts;
import org.casework.letters.control.LetterRenderer;
import org.casework.letters.control.LetterTemplates;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterDraft;
import org.casework.letters.entity.LetterKind;
import org.casework.letters.entity.LetterSet;
import org.casework.letters.entity.Recipient;
import org.casework.letters.entity.TemplateKey;
import org.casework.platform.control.CaseworkConfig;
import org.casework.policy.boundary.PolicyLibrary;
import org.casework.register.control.Register;
import org.casework.register.entity.Sanction;
import org.casework.security.entity.StaffAccount;
import org.casework.workflow.control.WorkflowVariables;

/**
 * Drafts a case's letters from the case as it stands and the wording in use today: a step's letter set, or the next
 * version of an issued letter. The drafts then wait for approval and are issued by {@link LetterIssuing}.
 */
@ApplicationScoped
@Transactional
public class LetterDrafting {

    @Inject
    LetterIssuing issuing;
    @Inject
    CaseStore cases;
    @Inject
    CaseworkConfig config;
    @Inject
    RegulatorTime time;
    @Inject
    EntityManager em;
    @Inject
    LetterTemplates templates;
    @Inject
    PolicyLibrary policies;
    @Inject
    LetterComposer composer;
    @Inject
    Register register;
    @Inject
    Hearings hearings;
    @Inject
    CaseSteps steps;

    /**
     * The letters of a step: the notice of investigation, a decision's letters, or a letter's correction; approved
     * at once where the regulator's settings issue that set without a second person's approval.
     */
    public List<LetterDraft> draft(CaseReference reference, LetterSet letterSet) {
        List<LetterDraft> drafts = switch (letterSet) {
            case NOTICE -> List.of(draftInvestigationNotice(reference));
            case CORRECTION -> redraftRejectedCorrections(reference);
            case DECISION -> draftDecisionLetters(reference);
            case HDC -> draftHdcLetters(reference);
            case HEARING -> List.of(draftHearingNotice(reference));
            case HEARING_DATE -> List.of(draftSittingNotice(reference));
            case INTERIM -> List.of(draftInterimNotice(reference));
        };
        if (config.lettersWithoutApproval().contains(letterSet.name())) {
            Instant now = Instant.now();
            drafts.forEach(d -> d.approveBySettings(now));
        }
        return drafts;
    }

    /**
     * Drafts the next version of an issued letter, from the case as it stands, opening with the correction and its
     * reason. Only the latest version of a letter is corrected, one correction at a time, and not while other
     * letters of the case wait for approval (one approval covers all of a case's pending drafts).
     */
    public LetterDraft requestCorrection(CaseReference reference, long letterId, String reason, String requestedBy) {
        Letter letter = issuing.letter(reference, letterId);
        Complaint complaint = letter.complaint();
        if (em.createQuery("select count(l) from Letter l where l.replaces = :letter", Long.class)
                .setParameter("letter", letter).getSingleResult() > 0) {
            throw new WrongStageException("Letter " + letter.fileName() + " has already been corrected; correct its "
                    + "latest version");
        }
        if (!issuing.pendingDrafts(complaint).isEmpty()) {
            throw new WrongStageException("Letters of case " + reference + " are waiting for approval; correct this "
                    + "letter once they are issued");
        }
        LetterDraft draft = LetterDraft.correcting(letter, render(letter, reason), reason, requestedBy, Instant.now());
        em.persist(draft);
        return draft;
    }

    /**
     * Drafts the letters of the decision in force: to the practitioner (outcome, reasons, clauses), to the
     * complainant (the outcome only) and to the employer where the case names one and the outcome's employer
     * letter is sent (by default a referral only). They wait for a second person's approval.
     */
    private List<LetterDraft> draftDecisionLetters(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        if (complaint.decision() == null) {
            throw new WrongStageException("Case " + reference + " has no decision to write letters about");
        }
        LocalDate today = time.today();
        Instant now = Instant.now();
        Outcome outcome = complaint.decision().outcome();
        // the same facts for every letter of the set: the evidence, the clauses alleged, the named contact
        LetterComposer.CaseFacts facts = facts(complaint, evidenceOf(complaint));
        List<LetterDraft> drafts = new ArrayList<>();
        // a complaint closed at triage (or sent to another body) was never put to the practitioner: only the
        // complainant hears of it, with the reason
        boolean closedAtTriage = complaint.decision().decider() == Decider.TRIAGE
                && outcome == Outcome.NO_FURTHER_ACTION;
        if (!closedAtTriage) {
            drafts.add(new LetterDraft(complaint, LetterKind.DECISION_TO_PRACTITIONER, complaint.practitioner().name(),
                    renderer().render(compose(LetterKind.DECISION_TO_PRACTITIONER, complaint, facts, today)), now));
        }
        if (complaint.complainant().fullName() != null) {
            drafts.add(new LetterDraft(complaint, LetterKind.OUTCOME_TO_COMPLAINANT, complaint.complainant().fullName(),
                    renderer().render(compose(LetterKind.OUTCOME_TO_COMPLAINANT, complaint, facts, today)), now));
        }
        if (complaint.decision().referredTo() != null) { // the body the complaint goes to, posted
            drafts.add(new LetterDraft(complaint, LetterKind.REFERRAL_TO_BODY, complaint.decision().referredTo(),
                    renderer().render(compose(LetterKind.REFERRAL_TO_BODY, complaint, facts, today)), now));
        }
        // whoever complained of the same matter, their complaint merged into this case, hears the outcome too: in a
        // letter of their own, under their own reference, quoting only their own words
        for (Complaint joined : mergedInto(complaint)) {
            if (joined.complainant().fullName() != null) {
                drafts.add(new LetterDraft(joined, LetterKind.OUTCOME_TO_COMPLAINANT, joined.complainant().fullName(),
                        renderer().render(compose(LetterKind.OUTCOME_TO_COMPLAINANT, complaint, facts.to(joined),
                                today)), now));
            }
        }
        LetterKind toEmployer = LetterKind.toEmployer(outcome);
        if (!closedAtTriage && LetterComposer.hasEmployer(complaint)
                && templates.of(TemplateKey.of(outcome, Recipient.EMPLOYER)).issued()) {
            LetterContent employer = compose(toEmployer, complaint, facts, today);
            drafts.add(new LetterDraft(complaint, toEmployer, employer.recipient().get(0), renderer().render(employer),
                    now));
        }
        drafts.forEach(em::persist);
        return drafts;
    }

    private LetterDraft draftHearingNotice(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        return draftOne(complaint, LetterKind.HEARING_NOTICE, complaint.practitioner().name(),
                facts(complaint, evidenceOf(complaint)));
    }

    /** The interim order just made, with the panel's reasons as recorded on the case. */
    private LetterDraft draftInterimNotice(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        Sanction order = register.interimOrder(reference).orElseThrow(() -> new WrongStageException("Case "
                + reference + " has no interim order to write about"));
        String reasons = steps.latest(complaint, WorkflowVariables.INTERIM_DECISION_TASK).map(CaseStep::note)
                .orElse("");
        var interim = new LetterComposer.InterimFacts(order.label().toLowerCase(Locale.ROOT), order.endsOn(),
                config.interimReviewMonths(), reasons.replaceFirst("^[^:]*: ", ""));
        return draftOne(complaint, LetterKind.INTERIM_ORDER_NOTICE, complaint.practitioner().name(),
                facts(complaint, evidenceOf(complaint)).with(interim));
    }

    /** The sitting just fixed, and the adjourned one it replaces, if any. */
    private LetterDraft draftSittingNotice(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        List<Hearing> sittings = em.createNamedQuery(Hearing.OF_CASE, Hearing.class)
                .setParameter("complaint", complaint).getResultList();
        if (sittings.isEmpty() || sittings.get(sittings.size() - 1).isAdjourned()) {
            throw new WrongStageException("Case " + reference + " has no hearing fixed to give notice of");
        }
        Hearing fixed = sittings.get(sittings.size() - 1);
        String replaces = sittings.size() < 2 ? null : hearings.when(sittings.get(sittings.size() - 2));
        var sitting = new LetterComposer.SittingFacts(hearings.when(fixed), fixed.venue(), Hearings.panel(fixed),
                replaces, config.hearingNoticeDays());
        return draftOne(complaint, LetterKind.HEARING_DATE_NOTICE, complaint.practitioner().name(),
                facts(complaint, evidenceOf(complaint)).at(sitting));
    }

    /**
     * HPCA Act s64: the complaint as made, with its material described, to the Commissioner (posted), and a letter
     * each to the complainant (if named) and the practitioner saying where it went and that our work waits.
     */
    private List<LetterDraft> draftHdcLetters(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        LetterComposer.CaseFacts facts = facts(complaint, evidenceOf(complaint));
        List<LetterDraft> drafts = new ArrayList<>();
        drafts.add(draftOne(complaint, LetterKind.HDC_TRANSFER, "Health and Disability Commissioner", facts));
        if (complaint.complainant().fullName() != null) {
            drafts.add(draftOne(complaint, LetterKind.HDC_NOTICE_TO_COMPLAINANT, complaint.complainant().fullName(),
                    facts));
        }
        drafts.add(draftOne(complaint, LetterKind.HDC_NOTICE_TO_PRACTITIONER, complaint.practitioner().name(), facts));
        return drafts;
    }

    private LetterDraft draftOne(Complaint complaint, LetterKind kind, String recipientName,
                                 LetterComposer.CaseFacts facts) {
        LetterDraft draft = new LetterDraft(complaint, kind, recipientName,
                renderer().render(compose(kind, complaint, facts, time.today())), Instant.now());
        em.persist(draft);
        return draft;
    }

    /** After a rejected correction: drafted again from the case as it now stands, for the same reason. */
    private List<LetterDraft> redraftRejectedCorrections(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        List<LetterDraft> pending = issuing.pendingDrafts(complaint);
        if (!pending.isEmpty()) {
            return pending; // the correction just requested
        }
        List<LetterDraft> drafts = issuing.draftsOf(complaint);
        LetterDraft rejected = drafts.get(drafts.size() - 1);
        if (rejected.corrects() == null || rejected.state() != LetterDraft.State.REJECTED) {
            throw new WrongStageException("Case " + reference + " has no rejected correction to draft again");
        }
        LetterDraft again = LetterDraft.correcting(rejected.corrects(),
                render(rejected.corrects(), rejected.correctionReason()), rejected.correctionReason(),
                rejected.author(null), Instant.now());
        em.persist(again);
        return List.of(again);
    }

    private byte[] render(Letter earlier, String reason) {
        // a letter to a merged complainant is about the decision of the case their complaint joined
        Complaint addressed = earlier.complaint();
        Complaint complaint = addressed.mergedInto().flatMap(cases::find).orElse(addressed);
        LetterComposer.CaseFacts facts = facts(complaint, evidenceOf(complaint));
        LetterContent content = compose(earlier.kind(), complaint, addressed == complaint ? facts : facts.to(addressed),
                time.today());
        return renderer().render(content.correcting(time.dayOf(earlier.issuedAt()),
                earlier.version(), reason));
    }

    /** The notice that opens the investigation: what is alleged, and 28 days to respond from its issue. */
    private LetterDraft draftInvestigationNotice(CaseReference reference) {
        Complaint complaint = cases.require(reference);
        byte[] pdf = renderer().render(compose(LetterKind.INVESTIGATION_NOTICE, complaint,
                facts(complaint, List.of()), time.today())); // the notice describes no evidence
        LetterDraft notice = new LetterDraft(complaint, LetterKind.INVESTIGATION_NOTICE,
                complaint.practitioner().name(), pdf, Instant.now());
        em.persist(notice);
        return notice;
    }

    /**
     * A letter of the case in the wording in use today, with the evidence the case holds described, the clauses
     * alleged, and the case's investigator named as the contact.
     */
    private LetterContent compose(LetterKind kind, Complaint complaint, LetterComposer.CaseFacts facts,
                                  LocalDate date) {
        return composer.compose(templates.of(kind.template(complaint)), complaint, facts, date);
    }

    private LetterComposer.CaseFacts facts(Complaint complaint, List<String> evidence) {
        List<String> alleged = complaint.allegedClauses().values().stream().flatMap(List::stream).distinct().toList();
        return new LetterComposer.CaseFacts(evidence, alleged.isEmpty() ? List.of() : policies.clauses(alleged),
                contactName(complaint));
    }

    private List<Complaint> mergedInto(Complaint complaint) {
        return em.createQuery("select c from Complaint c where c.routing.mergedInto = :reference order by c.id",
                Complaint.class).setParameter("reference", complaint.reference()).getResultList();
    }

    /** The investigator of the case (or who triaged it), by the name staff administration gives them. */
    private String contactName(Complaint complaint) {
        String username = complaint.investigatedBy() != null ? complaint.investigatedBy() : complaint.triagedBy();
        if (username == null) {
            return null;
        }
        return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class).setParameter("username", username)
                .getResultStream().findFirst().map(StaffAccount::displayName).orElse(null);
    }

    private List<String> evidenceOf(Complaint complaint) {
        return em.createNamedQuery(EvidenceItem.OF_CASE, EvidenceItem.class).setParameter("complaint", complaint)
                .getResultStream().map(e -> LetterFacts.describe(e, time.zone())).toList();
    }

    /** The logo is read for each document, so that a replaced logo file needs no restart (and a broken one fails
     * that document, which as a workflow step is retried and then shown as an incident). */
    private LetterRenderer renderer() {
        return new LetterRenderer(config.logo());
    }
}
