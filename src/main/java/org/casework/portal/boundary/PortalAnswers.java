package org.casework.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.casework.audit.control.AuditLog;
import org.casework.cases.boundary.Investigation;
import org.casework.cases.boundary.PractitionerAnswers;
import org.casework.cases.boundary.ResponseExtensions;
import org.casework.cases.control.CaseSteps;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.evidence.boundary.CaseDocuments;
import org.casework.evidence.boundary.CaseDocuments.Upload;
import org.casework.kernel.CaseReference;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.kernel.WrongStageException;
import org.casework.portal.control.PortalDirectory;
import org.casework.portal.entity.CaseAccess;
import org.casework.portal.entity.PortalMessage;
import org.casework.portal.entity.PortalRole;
import org.casework.portal.entity.PortalUser;

/**
 * What the practitioner (or their representative) sends and chooses in the portal: the written response with its
 * documents, which completes the investigator's "record response" step at once; later additions to it; and the
 * answers to a warning or to undertakings, which move the workflow on as the investigator's recording did. Each is
 * confirmed by the person first, checked whole (every refused field at once) and changes nothing when refused.
 */
@ApplicationScoped
@Transactional
public class PortalAnswers {

    public static final String RESPONDED = "PORTAL_RESPONSE";
    public static final String ADDED = "PORTAL_ADDITION";
    public static final String ANSWERED = "PORTAL_ANSWER";
    public static final String ASKED_TIME = "PORTAL_TIME_REQUEST";
    public static final String WROTE = "PORTAL_MESSAGE";
    static final String ADDITION_STEP = "practitionerAddition";
    static final int MOST_FILES = 10;

    @Inject
    PortalDirectory directory;
    @Inject
    CaseStore cases;
    @Inject
    CaseSteps steps;
    @Inject
    CaseDocuments documents;
    @Inject
    Investigation investigation;
    @Inject
    PractitionerAnswers answers;
    @Inject
    ResponseExtensions extensions;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    public void respond(PortalUser user, CaseReference reference, String response, List<Upload> files,
                        boolean confirmed) {
        CaseAccess access = directory.requireAccess(user, reference);
        String text = checked(response, files, confirmed);
        // the step first: a case no longer waiting refuses before any file is stored; a refused file undoes the step
        investigation.recordResponse(reference, signed(text, user, access), user.actor());
        sendFiles(user, access, reference, files);
        audit.record(user.actor(), RESPONDED, "case " + reference, true, files.size() + " document(s)");
    }

    /** After the response: more to say or more documents, while the case is open. */
    public void addToResponse(PortalUser user, CaseReference reference, String addition, List<Upload> files,
                              boolean confirmed) {
        CaseAccess access = directory.requireAccess(user, reference);
        Complaint complaint = cases.require(reference);
        if (complaint.responseClock().receivedAt() == null || !complaint.isOpen()) {
            throw new WrongStageException("Case " + reference + " takes no additions now");
        }
        String text = checked(addition, files, confirmed);
        sendFiles(user, access, reference, files);
        steps.record(complaint, ADDITION_STEP, user.actor(), Instant.now(), signed(text, user, access));
        audit.record(user.actor(), ADDED, "case " + reference, true, files.size() + " document(s)");
    }

    public void answerWarning(PortalUser user, CaseReference reference, String answer, boolean confirmed) {
        directory.requireAccess(user, reference);
        confirmedOrRefused(confirmed);
        answers.answerWarning(reference, answer, user.actor());
        audit.record(user.actor(), ANSWERED, "case " + reference, true, "warning: " + answer);
    }

    public void answerUndertakings(PortalUser user, CaseReference reference, String answer, boolean confirmed) {
        directory.requireAccess(user, reference);
        confirmedOrRefused(confirmed);
        answers.answerUndertakings(reference, answer, user.actor());
        audit.record(user.actor(), ANSWERED, "case " + reference, true, "undertakings: " + answer);
    }

    /** Asks the investigator for more days to respond, with a reason; they grant or refuse it. */
    public void askForMoreTime(PortalUser user, CaseReference reference, String days, String reason) {
        directory.requireAccess(user, reference);
        Integer parsed;
        try {
            parsed = days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            parsed = null;
        }
        extensions.ask(reference, parsed, reason, user.actor());
        audit.record(user.actor(), ASKED_TIME, "case " + reference, true, days + " days");
    }

    /** A message to the investigator: on the case's correspondence at once. */
    public void writeToInvestigator(PortalUser user, CaseReference reference, String message) {
        CaseAccess access = directory.requireAccess(user, reference);
        if (!cases.require(reference).isOpen()) {
            throw new WrongStageException("Case " + reference + " is closed");
        }
        em.persist(new PortalMessage(access, message, Instant.now()));
        audit.record(user.actor(), WROTE, "case " + reference, true, "message to the investigator");
    }

    private static String checked(String text, List<Upload> files, boolean confirmed) {
        FieldErrors errors = new FieldErrors();
        String checked = errors.check(() -> Require.multiline(text, "response", 20_000));
        if (files.size() > MOST_FILES) {
            errors.add(new InvalidFieldException("files", "are at most " + MOST_FILES + " at a time"));
        }
        errors.run(() -> confirmedOrRefused(confirmed));
        errors.throwIfAny();
        return checked;
    }

    private static void confirmedOrRefused(boolean confirmed) {
        if (!confirmed) {
            throw new InvalidFieldException("confirmed", "must be ticked: say that you mean to send this");
        }
    }

    private void sendFiles(PortalUser user, CaseAccess access, CaseReference reference, List<Upload> files) {
        String from = user.fullName() + (access.role() == PortalRole.REPRESENTATIVE ? " (representative)" : "");
        for (Upload file : files) {
            documents.addSent(reference, from, file, user.actor());
        }
    }

    /** Staff read who wrote it, a representative included. */
    private static String signed(String text, PortalUser user, CaseAccess access) {
        return text + "\n\n(sent online by " + user.fullName() + ", "
                + access.role().label().toLowerCase(Locale.ROOT) + ")";
    }
}
