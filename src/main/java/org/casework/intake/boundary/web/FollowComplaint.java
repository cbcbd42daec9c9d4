package org.casework.intake.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casework.intake.boundary.ComplaintIntake;
import org.casework.intake.boundary.Uploads;
import org.casework.intake.entity.EvidenceUpload;
import org.casework.intake.entity.PublicStatus;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.letters.entity.Letter;
import org.casework.platform.boundary.FacesMessages;
import org.casework.platform.boundary.RateLimits;

/** The portal's status page: reference and tracking code in, public status out; while open, add to the complaint. */
@Named
@ViewScoped
public class FollowComplaint implements Serializable {

    @Inject
    ComplaintIntake intake;

    private String reference;
    private String trackingCode;
    private PublicStatus status;
    private String message;
    private transient List<Part> files;

    public void look() {
        status = intake.status(reference == null ? null : reference.strip().toUpperCase(), trackingCode).orElse(null);
        if (status == null) {
            RateLimits.markFailedLookup((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest());
            FacesMessages.error(FacesMessages.text("follow.notFound"));
        }
    }

    /** A letter listed on the page, as a download (a PDF the system made, sent as issued). */
    public void download(long letterId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Letter letter = intake.letter(status.reference(), trackingCode, letterId);
            HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(letter.content());
            faces.responseComplete();
        } catch (CaseNotFoundException e) {
            FacesMessages.error(FacesMessages.text("follow.notFound"));
        }
    }

    public void add() {
        List<EvidenceUpload> uploads = Uploads.of(files);
        files = null;
        try {
            status = intake.addToComplaint(status.reference(), trackingCode, message, uploads);
            message = null;
            FacesMessages.info(FacesMessages.text("follow.add.done"));
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, Map.of("message", "add:message", "evidence", "add:files"));
        } catch (WrongStageException | CaseNotFoundException e) {
            FacesMessages.error(FacesMessages.text("follow.closed"));
        }
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public PublicStatus getStatus() { return status; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
}
