package org.casework.workspace.boundary.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.casework.audit.boundary.web.RefusalAudit;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.evidence.boundary.CaseDocuments;
import org.casework.evidence.boundary.EvidenceFiles;
import org.casework.evidence.entity.CaseDocument;
import org.casework.evidence.entity.EvidenceItem;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.letters.boundary.HearingBundles;
import org.casework.letters.boundary.LetterIssuing;
import org.casework.letters.entity.Letter;
import org.casework.letters.entity.LetterDraft;

/**
 * Evidence and letters for the signed-in staff pages: {@code /staff/download/evidence/{ref}/{id}} and
 * {@code /staff/download/letter/{ref}/{id}} (and {@code draft} for letters awaiting approval), and the hearing bundle,
 * {@code /staff/download/bundle/{ref}}. Same object-level checks as the API: the id must belong to the case.
 */
@WebServlet("/staff/download/*")
public class StaffDownloads extends HttpServlet {

    @Inject
    EvidenceFiles evidence;

    @Inject
    LetterIssuing letters;

    @Inject
    CaseDocuments documents;

    @Inject
    AuditLog audit;

    @Inject
    HearingBundles bundles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.isUserInRole("INVESTIGATOR") || request.isUserInRole("CASE_EXAMINER"))) {
            audit.record(request.getRemoteUser(), AuditEntry.DENIED,
                    "download " + request.getPathInfo(), false, "role may not download case files");
            request.setAttribute(RefusalAudit.RECORDED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        try {
            if (path.length == 3 && path[1].equals("bundle")) {
                sendBundle(CaseReference.parse(path[2]), request.getRemoteUser(), response);
                return;
            }
            if (path.length != 4) {
                throw new CaseNotFoundException("No such download");
            }
            long id = Long.parseLong(path[3]);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            switch (path[1]) {
                case "evidence" -> {
                    EvidenceItem item = evidence.item(CaseReference.parse(path[2]), id);
                    audit.record(request.getRemoteUser(), AuditEntry.OPEN_ORIGINAL,
                            "evidence " + item.id() + " of case " + path[2], true, "page, SHA-256 " + item.sha256().hex());
                    sendEvidence(item, response);
                }
                case "working" -> sendCopy(evidence.item(CaseReference.parse(path[2]), id), false, response);
                case "document" -> {
                    CaseDocument document = documents.document(CaseReference.parse(path[2]), id);
                    audit.record(request.getRemoteUser(), AuditEntry.OPEN_ORIGINAL, "document " + document.id()
                            + " of case " + path[2], true, "page, SHA-256 " + document.sha256().hex());
                    response.setContentType(document.type().mediaType());
                    response.setHeader("Content-Disposition", "attachment; filename=\"document-" + document.id()
                            + "." + document.type().extension() + "\"");
                    try (InputStream in = documents.open(document)) {
                        in.transferTo(response.getOutputStream());
                    }
                }
                case "document-copy" -> {
                    CaseDocument document = documents.document(CaseReference.parse(path[2]), id);
                    if (document.workingKey() == null) {
                        documents.openCopyRefused(document);
                    }
                    audit.record(request.getRemoteUser(), AuditEntry.VIEW_CASE, "document " + document.id()
                            + " of case " + path[2], true, "page, working copy");
                    response.setContentType("image/jpeg");
                    try (InputStream in = documents.openCopy(document)) {
                        in.transferTo(response.getOutputStream());
                    }
                }
                case "thumbnail" -> sendCopy(evidence.item(CaseReference.parse(path[2]), id), true, response);
                case "letter" -> {
                    Letter letter = letters.letter(CaseReference.parse(path[2]), id);
                    audit.record(request.getRemoteUser(), AuditEntry.DOWNLOAD_LETTER,
                            "letter " + letter.id() + " of case " + path[2], true, "page, " + letter.fileName());
                    sendLetter(letter, response);
                }
                case "draft" -> sendDraft(letters.draft(CaseReference.parse(path[2]), id), response);
                default -> throw new CaseNotFoundException("No such download");
            }
        } catch (CaseNotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * The hearing bundle, made from the case as it stands; it reproduces working copies of the complainant's
     * material and the documents, so each download is in the audit log as a view of them.
     */
    private void sendBundle(CaseReference reference, String user, HttpServletResponse response) throws IOException {
        byte[] pdf = bundles.bundle(reference);
        audit.record(user, AuditEntry.VIEW_CASE, "case " + reference, true, "page, hearing bundle with working "
                + "copies of the documents and the material the complainant agreed to share");
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + reference + "-hearing-bundle.pdf\"");
        response.getOutputStream().write(pdf);
    }

    /** The original: always an attachment, so nothing in it is ever rendered by the staff browser. */
    private void sendEvidence(EvidenceItem item, HttpServletResponse response) throws IOException {
        response.setContentType(item.type().mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"evidence-" + item.id() + "."
                + item.type().extension() + "\"");
        try (InputStream in = evidence.open(item)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private void sendCopy(EvidenceItem item, boolean thumbnail, HttpServletResponse response) throws IOException {
        try (InputStream in = evidence.openCopy(item, thumbnail)) {
            response.setContentType("image/jpeg");
            in.transferTo(response.getOutputStream());
        }
    }

    /** Shown in the browser for the approver's preview: a PDF the system made, never an upload. */
    private static void sendDraft(LetterDraft draft, HttpServletResponse response) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"draft-" + draft.id() + ".pdf\"");
        response.getOutputStream().write(draft.content());
    }

    private static void sendLetter(Letter letter, HttpServletResponse response) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"");
        response.getOutputStream().write(letter.content());
    }
}
