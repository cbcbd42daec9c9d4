package org.casework.intake.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.cases.entity.InvalidFieldException;
import org.casework.cases.entity.Platform;
import org.casework.cases.entity.Relationship;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.EvidenceUpload;
import org.casework.intake.entity.Receipt;
import org.casework.platform.boundary.FacesMessages;
import org.primefaces.model.file.UploadedFile;

/** The portal's complaint form: what the complainant types, and the receipt once it is in. */
@Named
@ViewScoped
public class SubmitComplaint implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("complainant.name", "complaint:complainantName"),
            Map.entry("complainant.email", "complaint:complainantEmail"),
            Map.entry("complainant.phone", "complaint:complainantPhone"),
            Map.entry("complainant.relationship", "complaint:relationship"),
            Map.entry("practitioner.name", "complaint:practitionerName"),
            Map.entry("practitioner.registrationNumber", "complaint:registrationNumber"),
            Map.entry("practitioner.workplace", "complaint:workplace"),
            Map.entry("practitioner.profession", "complaint:profession"),
            Map.entry("platform", "complaint:platform"),
            Map.entry("postLinks", "complaint:postLink"),
            Map.entry("conductDate", "complaint:conductDate"),
            Map.entry("description", "complaint:description"),
            Map.entry("evidence", "complaint:evidence"));

    @Inject
    transient ComplaintIntake intake;

    private String complainantName;
    private String complainantEmail;
    private String complainantPhone;
    private Relationship relationship;
    private String practitionerName;
    private String registrationNumber;
    private String workplace;
    private String profession;
    private Platform platform;
    private String postLink;
    private LocalDate conductDate;
    private String description;
    private transient UploadedFile evidence;
    private Receipt receipt;

    public void submit() {
        List<EvidenceUpload> uploads = new ArrayList<>();
        if (evidence != null && evidence.getSize() > 0) {
            uploads.add(new EvidenceUpload(evidence.getFileName(), evidence.getContent()));
        }
        var submission = ComplaintSubmission.of(
                new ComplaintSubmission.Complainant(complainantName, complainantEmail, complainantPhone,
                        relationship == null ? null : relationship.name()),
                new ComplaintSubmission.Practitioner(practitionerName, registrationNumber, workplace, profession),
                platform == null ? null : platform.name(),
                postLink == null || postLink.isBlank() ? List.of() : List.of(postLink),
                conductDate == null ? null : conductDate.toString(), description);
        try {
            receipt = intake.submit(submission, uploads);
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public Platform[] getPlatforms() { return Platform.values(); }
    public Relationship[] getRelationships() { return Relationship.values(); }
    public LocalDate getToday() { return LocalDate.now(); }

    public String getComplainantName() { return complainantName; }
    public void setComplainantName(String v) { complainantName = v; }
    public String getComplainantEmail() { return complainantEmail; }
    public void setComplainantEmail(String v) { complainantEmail = v; }
    public String getComplainantPhone() { return complainantPhone; }
    public void setComplainantPhone(String v) { complainantPhone = v; }
    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship v) { relationship = v; }
    public String getPractitionerName() { return practitionerName; }
    public void setPractitionerName(String v) { practitionerName = v; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String v) { registrationNumber = v; }
    public String getWorkplace() { return workplace; }
    public void setWorkplace(String v) { workplace = v; }
    public String getProfession() { return profession; }
    public void setProfession(String v) { profession = v; }
    public Platform getPlatform() { return platform; }
    public void setPlatform(Platform v) { platform = v; }
    public String getPostLink() { return postLink; }
    public void setPostLink(String v) { postLink = v; }
    public LocalDate getConductDate() { return conductDate; }
    public void setConductDate(LocalDate v) { conductDate = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public UploadedFile getEvidence() { return evidence; }
    public void setEvidence(UploadedFile v) { evidence = v; }
    public Receipt getReceipt() { return receipt; }
}
