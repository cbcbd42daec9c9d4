package org.casework.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.CaseReference;
import org.casework.cases.entity.Complainant;
import org.casework.cases.entity.Complaint;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.NamedPractitioner;
import org.casework.cases.entity.Platform;
import org.casework.cases.entity.Relationship;
import org.casework.cases.entity.Require;
import org.casework.evidence.control.EvidenceStore;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.evidence.entity.EvidenceRejectedException;
import org.casework.intake.control.CaseReferences;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.EvidenceUpload;
import org.casework.intake.entity.PublicStatus;
import org.casework.intake.entity.Receipt;
import org.casework.intake.entity.TrackingCode;
import org.casework.platform.control.CaseworkConfig;
import org.casework.register.control.Register;
import org.casework.workflow.control.CaseWorkflow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives a complaint, from the portal form or the API alike: every check first, then the case, its evidence and
 * its process in one transaction. A complaint that fails any check leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class ComplaintIntake {

    static final String UPLOADER = "complainant";

    @Inject
    CaseStore cases;

    @Inject
    CaseReferences references;

    @Inject
    EvidenceStore evidenceStore;

    @Inject
    Register register;

    @Inject
    CaseWorkflow workflow;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseworkConfig config;

    @Inject
    @ConfigProperty(name = "casework.evidence.max-files", defaultValue = "10")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "casework.evidence.max-total-bytes", defaultValue = "26214400")
    long maxTotalBytes;

    public Receipt submit(ComplaintSubmission submission, List<EvidenceUpload> uploads) {
        Require.present(submission, "complaint");
        checkEvidence(uploads);
        Instant now = Instant.now();
        var person = Require.present(submission.complainant(), "complainant");
        var named = Require.present(submission.practitioner(), "practitioner");
        TrackingCode code = TrackingCode.generate();
        Complaint complaint = new Complaint(references.next(now), code.hash(),
                new Complainant(person.name(), person.email(), person.phone(), relationship(person.relationship())),
                new NamedPractitioner(named.name(), named.registrationNumber(), named.workplace(), named.profession()),
                platform(submission.platform()), submission.postLinks(), date(submission.conductDate()),
                submission.description(), now);
        register.match(named.registrationNumber(), named.name()).ifPresent(complaint::suggestRegistrant);
        cases.add(complaint);
        for (int i = 0; i < uploads.size(); i++) {
            EvidenceUpload upload = uploads.get(i);
            var stored = evidenceStore.store(upload.content(), field(i));
            em.persist(new EvidenceItem(complaint, stored, upload.fileName(), UPLOADER, now));
        }
        complaint.attachProcess(workflow.startFor(complaint.reference().value()));
        return new Receipt(complaint.reference().value(), code.value(), complaint.status().publicLabel());
    }

    /** The public status, only for the right reference and tracking code together; anything else finds nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PublicStatus> status(String reference, String trackingCode) {
        if (!CaseReference.isWellFormed(reference) || trackingCode == null) {
            return Optional.empty();
        }
        return cases.find(new CaseReference(reference))
                .filter(c -> c.trackingCodeMatches(TrackingCode.hashOf(trackingCode)))
                .map(c -> new PublicStatus(c.reference().value(), c.status().publicLabel(),
                        LocalDate.ofInstant(lastChange(c), config.zone())));
    }

    private static Instant lastChange(Complaint c) {
        if (c.closedAt() != null) {
            return c.closedAt();
        }
        if (c.decision() != null) {
            return c.decision().decidedAt();
        }
        return c.triagedAt() != null ? c.triagedAt() : c.receivedAt();
    }

    private void checkEvidence(List<EvidenceUpload> uploads) {
        if (uploads.size() > maxFiles) {
            throw new EvidenceRejectedException("evidence", "takes at most " + maxFiles + " files", 413);
        }
        long total = 0;
        for (int i = 0; i < uploads.size(); i++) {
            evidenceStore.inspect(uploads.get(i).content(), field(i));
            total += uploads.get(i).content().length;
        }
        if (total > maxTotalBytes) {
            throw new EvidenceRejectedException("evidence", "adds up to " + total + " bytes; the limit is "
                    + maxTotalBytes + " bytes a complaint", 413);
        }
    }

    private static String field(int index) {
        return "evidence[" + index + "]";
    }

    private static Platform platform(String value) {
        try {
            return Platform.valueOf(Require.text(value, "platform", 30).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("platform", "must be one of " + List.of(Platform.values()));
        }
    }

    private static Relationship relationship(String value) {
        if (value == null || value.isBlank()) {
            return Relationship.OTHER;
        }
        try {
            return Relationship.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("complainant.relationship", "must be one of "
                    + List.of(Relationship.values()));
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(Require.text(value, "conductDate", 10));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("conductDate", "must be a date written as YYYY-MM-DD");
        }
    }
}
