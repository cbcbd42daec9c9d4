package org.casework.portal.boundary.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.evidence.boundary.CaseDocuments.Upload;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.portal.boundary.PortalAnswers;
import org.casework.portal.boundary.PortalCase;
import org.casework.portal.boundary.PortalInvitations;
import org.casework.portal.boundary.PractitionerCases;
import org.casework.portal.boundary.PractitionerCases.Download;

/**
 * A case in the portal: read it, respond with documents, add to the response, answer a warning or undertakings,
 * name or withdraw a representative. Each action is confirmed on the page, then redirects to the case's address
 * with a message saying what happened and what comes next.
 */
@Named
@ViewScoped
public class AnswerOnline implements Serializable {

    private static final Map<String, String> SENDING = Map.of("response", "respond:response", "file",
            "respond:files", "files", "respond:files", "confirmed", "respond:confirmed");
    private static final Map<String, String> ANSWERING = Map.of("confirmed", "answer:confirmed",
            "answer", "answer:confirmed");
    private static final Map<String, String> ASKING = Map.of("days", "moreTime:days", "reason", "moreTime:reason");
    private static final Map<String, String> WRITING = Map.of("message", "write:message");
    private static final Map<String, String> NAMING = Map.of("fullName", "represent:fullName",
            "email", "represent:email");

    @Inject
    PractitionerCases cases;
    @Inject
    PortalAnswers answers;
    @Inject
    PortalInvitations invitations;

    private String ref;
    private PortalCase portalCase;
    private String response;
    private boolean confirmed;
    private transient List<Part> files;
    private String representativeName;
    private String days;
    private String reason;
    private String message;
    private String representativeEmail;

    /** Another person's case, or none: the site's "not found", the same for both. */
    public void load() throws IOException {
        try {
            portalCase = cases.view(PortalSession.user(), CaseReference.parse(ref));
        } catch (CaseNotFoundException | InvalidFieldException e) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such case");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void respond() {
        act(() -> answers.respond(PortalSession.user(), reference(), response, uploads(), confirmed),
                "portal.responded", SENDING);
    }

    public void addToResponse() {
        act(() -> answers.addToResponse(PortalSession.user(), reference(), response, uploads(), confirmed),
                "portal.added", SENDING);
    }

    public void answerWarning(String answer) {
        act(() -> answers.answerWarning(PortalSession.user(), reference(), answer, confirmed),
                "portal.warning." + answer, ANSWERING);
    }

    public void answerUndertakings(String answer) {
        act(() -> answers.answerUndertakings(PortalSession.user(), reference(), answer, confirmed),
                "portal.undertakings." + answer, ANSWERING);
    }

    public void nameRepresentative() {
        act(() -> invitations.inviteRepresentative(PortalSession.user(), reference(), representativeName,
                representativeEmail), "portal.represented", NAMING);
    }

    public void withdrawRepresentative(String email) {
        act(() -> invitations.withdrawRepresentative(PortalSession.user(), reference(), email), "portal.withdrawn", NAMING);
    }

    public void askForMoreTime() {
        act(() -> answers.askForMoreTime(PortalSession.user(), reference(), days, reason), "portal.time.asked",
                ASKING);
    }

    public void writeToInvestigator() {
        act(() -> answers.writeToInvestigator(PortalSession.user(), reference(), message), "portal.write.sent",
                WRITING);
    }

    public void downloadLetter(long id) {
        send(cases.letter(PortalSession.user(), reference(), id), "attachment");
    }

    public void openMaterial(long id) {
        send(cases.material(PortalSession.user(), reference(), id), "inline");
    }

    private void act(Runnable action, String doneKey, Map<String, String> fields) {
        try {
            action.run();
            PortalSession.showAt("case.xhtml", ref, FacesMessages.text(doneKey));
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, fields);
        } catch (WrongStageException | AccessDeniedException | CaseNotFoundException e) {
            PortalSession.showAt("case.xhtml", ref, FacesMessages.text("portal.moved"));
        } finally {
            files = null;
        }
    }

    private void send(Download download, String disposition) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse answer = (HttpServletResponse) faces.getExternalContext().getResponse();
        answer.setContentType(download.mediaType());
        answer.setHeader("Content-Disposition", disposition + "; filename=\"" + download.fileName() + "\"");
        answer.setHeader("Cache-Control", "no-store");
        try {
            answer.getOutputStream().write(download.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private List<Upload> uploads() {
        List<Upload> uploads = new ArrayList<>();
        for (Part part : files == null ? List.<Part>of() : files) {
            if (part.getSize() > 0) {
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new Upload(part.getSubmittedFileName(), in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    private CaseReference reference() {
        return CaseReference.parse(portalCase.reference());
    }

    public PortalCase getCase() { return portalCase; }
    public String getRef() { return ref; }
    public void setRef(String ref) { this.ref = ref; }
    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
    public String getDays() { return days; }
    public void setDays(String days) { this.days = days; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String representativeName) { this.representativeName = representativeName; }
    public String getRepresentativeEmail() { return representativeEmail; }
    public void setRepresentativeEmail(String representativeEmail) { this.representativeEmail = representativeEmail; }
}
