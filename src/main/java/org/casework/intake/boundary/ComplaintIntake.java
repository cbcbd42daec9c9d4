package org.casework.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casework.cases.control.CaseStore;
import org.casework.cases.control.RelatedComplaintLinks;
import org.casework.cases.entity.CaseStatus;
import org.casework.cases.entity.Complainant;
import org.casework.cases.entity.ComplainantMessage;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.NamedPractitioner;
import org.casework.cases.entity.PatientIdentifiable;
import org.casework.cases.entity.Relationship;
import org.casework.cases.entity.TriageRecord;
import org.casework.evidence.control.EvidenceStore;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.evidence.entity.StoredFile;
import org.casework.intake.control.CaseReferences;
import org.casework.intake.control.IdempotencyPurge;
import org.casework.intake.control.Receipts;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.EvidenceUpload;
import org.casework.intake.entity.FormStep;
import org.casework.intake.entity.IdempotencyKey;
import org.casework.intake.entity.IdempotentSubmission;
import org.casework.intake.entity.PublicStatus;
import org.casework.intake.entity.Receipt;
import org.casework.intake.entity.TrackingCode;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Platform;
import org.casework.kernel.Reason;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.letters.entity.Letter;
import org.casework.platform.control.CaseworkConfig;
import org.casework.register.control.Register;
import org.casework.workflow.control.CaseWorkflow;
import org.casework.workflow.control.WorkflowVariables;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import static org.casework.intake.control.SubmissionFields.date;
import static org.casework.intake.control.SubmissionFields.identifiable;
import static org.casework.intake.control.SubmissionFields.optionalDate;
import static org.casework.intake.control.SubmissionFields.platform;
import static org.casework.intake.control.SubmissionFields.relationship;

/**
 * Receives a complaint, from the portal form or the API alike: cheap checks of everything first, then the case, its
 * evidence (original, working copy, thumbnail) and its process in one transaction. A complaint that fails any check
 * leaves nothing behind: no row, and no file (files written before a failure are removed on rollback).
 */
@ApplicationScoped
@Transactional
public class ComplaintIntake {

    static final String UPLOADER = "complainant";
    /** Received, and an investigator has started the assessment (the triage task is claimed). */
    static final String BEING_ASSESSED = "Being assessed";

    @Inject
    ComplainantLetters complainantLetters;

    @Inject
    CaseStore cases;
    @Inject
    IdempotencyPurge idempotency;
    @Inject
    CaseReferences references;
    @Inject
    EvidenceStore evidenceStore;
    @Inject
    Register register;
    @Inject
    RelatedComplaintLinks related;
    @Inject
    CaseWorkflow workflow;
    @Inject
    CaseworkConfig config;

    @Inject
    RegulatorTime time;
    @Inject
    Receipts receipts;
    @Inject
    EntityManager em;

    @Inject
    @ConfigProperty(name = "casework.evidence.max-files", defaultValue = "10")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "casework.evidence.max-total-bytes", defaultValue = "26214400")
    long maxTotalBytes;

    @Inject
    @ConfigProperty(name = "casework.intake.require-identity", defaultValue = "true")
    boolean requireIdentity;

    private static final LocalDate STAND_IN_DATE = LocalDate.of(2020, 1, 1);

    public Receipt submit(ComplaintSubmission submission, List<EvidenceUpload> uploads) {
        Require.present(submission, "complaint");
        FieldErrors errors = new FieldErrors();
        for (FormStep step : FormStep.values()) {
            errors.run(() -> check(step, submission, uploads));
        }
        errors.throwIfAny(); // every field's error at once, before anything is written
        Instant now = Instant.now();
        var person = Require.present(submission.complainant(), "complainant");
        var named = Require.present(submission.practitioner(), "practitioner");
        TrackingCode code = TrackingCode.generate();
        Complaint complaint = new Complaint(references.next(now), code.hash(),
                new Complainant(person.name(), person.email(), person.phone(), relationship(person.relationship()),
                        requireIdentity),
                new NamedPractitioner(named.name(), named.registrationNumber(), named.workplace(), named.profession()),
                platform(submission.platform(), submission.postLinks()), submission.postLinks(),
                date(submission.conductDate(), "conductDate"), submission.description(), now);
        complaint.describeConduct(identifiable(submission.patientIdentifiable()),
                submission.complainantIsPersonShown(), optionalDate(submission.conductDateTo(), "conductDateTo"));
        complaint.recordConsent(Boolean.TRUE.equals(submission.consentToShare()),
                Boolean.TRUE.equals(submission.consentToContact()));
        register.match(named.registrationNumber(), named.name()).ifPresent(complaint::suggestRegistrant);
        complaint.assignTo(config.intakeTeam());
        cases.add(complaint);
        storeEvidence(complaint, uploads, 0, now);
        related.linkNew(complaint);
        complaint.attachProcess(workflow.startFor(complaint.reference().value(), complaint.practitioner().nameKey(),
                complaint.platform().name(), complaint.team().value()));
        return new Receipt(complaint.reference().value(), code.value(), complaint.status().publicLabel());
    }

    /**
     * {@link #submit} once per Idempotency-Key: the key's row is written in the complaint's transaction, so it exists
     * exactly when the complaint does; a second transaction with the same key fails on the row's primary key.
     */
    public Receipt submitOnce(IdempotencyKey key, String requestHash, ComplaintSubmission submission,
                              List<EvidenceUpload> uploads) {
        IdempotentSubmission earlier = em.find(IdempotentSubmission.class, key.hash());
        if (earlier != null && earlier.expired(Instant.now(), idempotency.lifetime())) {
            em.remove(earlier); // its lifetime is over: the key starts afresh, as if the purge had run
            em.flush();
        } else if (earlier != null) {
            return earlier.replay(key, requestHash);
        }
        Receipt receipt = submit(submission, uploads);
        em.persist(new IdempotentSubmission(key, requestHash, receipt, Instant.now()));
        em.flush();
        return receipt;
    }

    /** The first answer to a submission made with this key, if one was made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Receipt> replay(IdempotencyKey key, String requestHash) {
        return Optional.ofNullable(em.find(IdempotentSubmission.class, key.hash()))
                .filter(earlier -> !earlier.expired(Instant.now(), idempotency.lifetime()))
                .map(earlier -> earlier.replay(key, requestHash));
    }

    /** Checks one step of the portal form as the submission will be checked, so errors show on the right step. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(FormStep step, ComplaintSubmission s, List<EvidenceUpload> uploads) {
        FieldErrors errors = new FieldErrors();
        switch (step) {
            case ABOUT_YOU -> {
                var person = Require.present(s.complainant(), "complainant");
                Relationship relationship = errors.check(() -> relationship(person.relationship()));
                errors.run(() -> new Complainant(person.name(), person.email(), person.phone(), relationship,
                        requireIdentity));
            }
            case PRACTITIONER -> {
                var named = Require.present(s.practitioner(), "practitioner");
                new NamedPractitioner(named.name(), named.registrationNumber(), named.workplace(), named.profession());
            }
            case WHAT_HAPPENED -> {
                // a stand-in for a refused date or platform, so that the other fields are still checked
                LocalDate conductDate = errors.check(() -> date(s.conductDate(), "conductDate"));
                Platform platform = errors.check(() -> platform(s.platform(), s.postLinks()));
                PatientIdentifiable identifiable = errors.check(() -> identifiable(s.patientIdentifiable()));
                LocalDate until = errors.check(() -> optionalDate(s.conductDateTo(), "conductDateTo"));
                Complaint probe = errors.check(() -> new Complaint(CaseReference.of("CHECK", 2000, 0), "0".repeat(64),
                        new Complainant("check", "check@example.org", null, Relationship.OTHER),
                        new NamedPractitioner("check", null, null, null), platform == null ? Platform.OTHER : platform,
                        s.postLinks(), conductDate == null ? STAND_IN_DATE : conductDate, s.description(),
                        Instant.now()));
                if (probe != null && conductDate != null) {
                    errors.run(() -> probe.describeConduct(identifiable, s.complainantIsPersonShown(), until));
                }
            }
            case EVIDENCE -> precheck(uploads, 0);
            case REVIEW -> {
            }
        }
        errors.throwIfAny();
    }

    /** The receipt as a PDF, for whoever holds the reference and its tracking code. */
    public byte[] receiptPdf(String reference, String trackingCode) {
        Complaint complaint = own(reference, trackingCode);
        return receipts.render(complaint, trackingCode, evidenceNames(complaint));
    }

    private List<String> evidenceNames(Complaint complaint) {
        return em.createNamedQuery(EvidenceItem.OF_CASE, EvidenceItem.class).setParameter("complaint", complaint)
                .getResultStream().map(e -> e.fileName() + " (SHA-256 " + e.sha256() + ")").toList();
    }

    /** The complainant adds evidence and/or a message to an open complaint, proving it with the tracking code. */
    public PublicStatus addToComplaint(String reference, String trackingCode, String message,
                                       List<EvidenceUpload> uploads) {
        Complaint complaint = followed(own(reference, trackingCode));
        if (!complaint.isOpen()) {
            throw new WrongStageException("Complaint " + reference + " is closed; nothing more can be added");
        }
        boolean hasMessage = message != null && !message.isBlank();
        if (!hasMessage && uploads.isEmpty()) {
            throw new InvalidFieldException("message", "is required when no evidence is added");
        }
        long already = evidenceCount(complaint);
        precheck(uploads, already);
        Instant now = Instant.now();
        if (hasMessage) {
            em.persist(new ComplainantMessage(complaint, message, now));
        }
        storeEvidence(complaint, uploads, (int) already, now);
        return publicStatus(complaint);
    }

    /** The public status, only for the right reference and tracking code together; anything else finds nothing. */
    public Optional<PublicStatus> status(String reference, String trackingCode) {
        return find(reference, trackingCode).map(this::publicStatus);
    }

    private Complaint own(String reference, String trackingCode) {
        return find(reference, trackingCode).orElseThrow(() -> new CaseNotFoundException(
                "No complaint " + reference + " with that tracking code"));
    }

    private Optional<Complaint> find(String reference, String trackingCode) {
        if (!CaseReference.isWellFormed(reference) || trackingCode == null) {
            return Optional.empty();
        }
        return cases.find(new CaseReference(reference))
                .filter(c -> c.trackingCodeMatches(TrackingCode.hashOf(trackingCode)));
    }

    /** A complaint merged into another case is followed through that case: its status, and where additions go. */
    private Complaint followed(Complaint c) {
        return c.mergedInto().flatMap(cases::find).orElse(c);
    }

    private PublicStatus publicStatus(Complaint own) {
        Complaint c = followed(own);
        String label = c.status().publicLabel();
        if (c.status() == CaseStatus.RECEIVED && c.processInstanceId() != null
                && workflow.openTask(c.reference().value(), WorkflowVariables.TRIAGE_TASK)
                        .map(t -> t.getAssignee() != null).orElse(false)) {
            label = BEING_ASSESSED;
        }
        var issued = complainantLetters.addressedTo(own);
        String outcome = complainantLetters.outcome(c, issued);
        return new PublicStatus(own.reference().value(), label, time.dayOf(lastChange(c)), c.isOpen(), outcome,
                complainantLetters.outcomeText(c, outcome), issued);
    }

    /** A letter addressed to the complainant, proven by the complaint's tracking code; anything else is not found. */
    public Letter letter(String reference, String trackingCode, long id) {
        return complainantLetters.letter(own(reference, trackingCode), id);
    }

    private static Instant lastChange(Complaint c) {
        if (c.closedAt() != null) {
            return c.closedAt();
        }
        if (c.decision() != null) {
            return c.decision().decidedAt();
        }
        return c.triage().map(TriageRecord::triagedAt).orElse(c.receivedAt());
    }

    private void storeEvidence(Complaint complaint, List<EvidenceUpload> uploads, int firstIndex, Instant now) {
        for (int i = 0; i < uploads.size(); i++) {
            EvidenceUpload upload = uploads.get(i);
            StoredFile stored;
            try {
                stored = evidenceStore.store(upload.content(), field(i));
            } catch (EvidenceRejectedException refused) {
                throw refused.naming(upload.fileName());
            }
            em.persist(new EvidenceItem(complaint, stored, upload.fileName(), UPLOADER, now));
        }
    }

    private long evidenceCount(Complaint complaint) {
        return em.createQuery("select count(e) from EvidenceItem e where e.complaint = :c", Long.class)
                .setParameter("c", complaint).getSingleResult();
    }

    private void precheck(List<EvidenceUpload> uploads, long alreadyStored) {
        if (uploads.size() + alreadyStored > maxFiles) {
            throw new EvidenceRejectedException("evidence", Reason.TOO_MANY_FILES, "takes at most " + maxFiles
                    + " files a complaint", 413, maxFiles);
        }
        long total = 0;
        for (int i = 0; i < uploads.size(); i++) {
            try {
                evidenceStore.precheck(uploads.get(i).content(), field(i));
            } catch (EvidenceRejectedException refused) {
                throw refused.naming(uploads.get(i).fileName());
            }
            total += uploads.get(i).content().length;
        }
        if (total > maxTotalBytes) {
            throw new EvidenceRejectedException("evidence", Reason.FILES_TOO_LARGE, "adds up to " + total
                    + " bytes; the limit is " + maxTotalBytes + " bytes a complaint", 413, maxTotalBytes / 1_048_576);
        }
    }

    private static String field(int index) {
        return "evidence[" + index + "]";
    }
}
