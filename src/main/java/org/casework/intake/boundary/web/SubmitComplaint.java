package org.casework.intake.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casework.cases.entity.PatientIdentifiable;
import org.casework.cases.entity.PostUrl;
import org.casework.cases.entity.Relationship;
import org.casework.intake.boundary.ComplaintIntake;
import org.casework.intake.boundary.Uploads;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.EvidenceUpload;
import org.casework.intake.entity.FormStep;
import org.casework.intake.entity.Receipt;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Platform;
import org.casework.platform.boundary.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The portal's complaint form, one step at a time: what the complainant typed survives back and next, each step is
 * checked as the final submission will be, and the last step shows everything before it is sent.
 */
@Named
@ViewScoped
public class SubmitComplaint implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("complainant.name", "complainantName"), Map.entry("complainant.email", "complainantEmail"),
            Map.entry("complainant.phone", "complainantPhone"), Map.entry("complainant.relationship", "relationship"),
            Map.entry("practitioner.name", "practitionerName"),
            Map.entry("practitioner.registrationNumber", "registrationNumber"),
            Map.entry("practitioner.workplace", "workplace"), Map.entry("practitioner.profession", "profession"),
            Map.entry("platform", "platform"), Map.entry("postLinks", "postLinks"),
            Map.entry("conductDate", "conductDate"), Map.entry("conductDateTo", "conductDateTo"),
            Map.entry("description", "description"), Map.entry("patientIdentifiable", "patientIdentifiable"),
            Map.entry("evidence", "evidence"));

    @Inject
    ComplaintIntake intake;

    private FormStep step = FormStep.ABOUT_YOU;
    private final List<FormError> errors = new ArrayList<>();
    private String complainantName;
    private String complainantEmail;
    private String complainantPhone;
    private Relationship relationship;
    private String practitionerName;
    private String registrationNumber;
    private String workplace;
    private String profession;
    private Platform platform;
    private String postLinks;
    private String conductDate;
    private String conductDateTo;
    private String description;
    private PatientIdentifiable patientIdentifiable;
    private Boolean complainantIsPersonShown;
    private boolean consentToShare;
    private boolean consentToContact;
    private transient List<Part> newFiles;
    private final List<EvidenceUpload> evidence = new ArrayList<>();
    private Receipt receipt;

    /** An error shown at the top of the form, linking to its field. */
    public record FormError(String fieldId, String text) implements Serializable {
    }

    public void next() {
        if (step == FormStep.EVIDENCE) {
            addFiles();
        }
        if (checked(() -> intake.check(step, submission(), evidence))) {
            step = step.next();
        }
    }

    public void back() {
        errors.clear();
        step = step.previous();
    }

    public void addFiles() {
        List<EvidenceUpload> added = new ArrayList<>(evidence);
        added.addAll(Uploads.of(newFiles));
        newFiles = null;
        if (checked(() -> intake.check(FormStep.EVIDENCE, submission(), added))) {
            evidence.clear();
            evidence.addAll(added);
        }
    }

    public void remove(int index) {
        evidence.remove(index);
    }

    public void submit() {
        checked(() -> receipt = intake.submit(submission(), List.copyOf(evidence)));
    }

    public StreamedContent getReceiptPdf() {
        byte[] pdf = intake.receiptPdf(receipt.reference(), receipt.trackingCode());
        return DefaultStreamedContent.builder().name("receipt-" + receipt.reference() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private boolean checked(Runnable action) {
        errors.clear();
        try {
            action.run();
            return true;
        } catch (InvalidFieldException refused) {
            for (InvalidFieldException e : refused.each()) { // every field of the step at once
                String field = e.field().replaceAll("\\[\\d+]$", "");
                String fieldId = FIELDS.getOrDefault(field, null);
                FacesMessages.show(e, fieldId == null ? Map.of() : Map.of(field, "complaint:" + fieldId));
                errors.add(new FormError(fieldId, FacesMessages.sentence(e, fieldId)));
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    private ComplaintSubmission submission() {
        List<String> links = postLinks == null ? List.of()
                : Arrays.stream(postLinks.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new ComplaintSubmission(
                new ComplaintSubmission.Complainant(complainantName, complainantEmail, complainantPhone,
                        relationship == null ? null : relationship.name()),
                new ComplaintSubmission.Practitioner(practitionerName, registrationNumber, workplace, profession),
                platform == null ? null : platform.name(), links,
                conductDate, conductDateTo, description,
                patientIdentifiable == null ? null : patientIdentifiable.name(), complainantIsPersonShown,
                consentToShare, consentToContact);
    }

    /** The links as they will be kept: normalised, tracking parameters dropped. */
    public List<String> getLinkList() {
        return submission().postLinks().stream().map(l -> {
            try {
                return PostUrl.parse(l, "postLinks").value();
            } catch (InvalidFieldException e) {
                return l;
            }
        }).toList();
    }
    public FormStep getStep() { return step; }
    public FormStep[] getSteps() { return FormStep.values(); }
    public int getStepCount() { return FormStep.values().length; }
    public List<FormError> getErrors() { return errors; }
    public List<EvidenceUpload> getEvidence() { return evidence; }
    public Platform[] getPlatforms() { return Platform.values(); }
    public Relationship[] getRelationships() { return Relationship.values(); }
    public PatientIdentifiable[] getIdentifiableChoices() { return PatientIdentifiable.values(); }
    public Receipt getReceipt() { return receipt; }

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
    public String getPostLinks() { return postLinks; }
    public void setPostLinks(String v) { postLinks = v; }
    public String getConductDate() { return conductDate; }
    public void setConductDate(String v) { conductDate = v; }
    public String getConductDateTo() { return conductDateTo; }
    public void setConductDateTo(String v) { conductDateTo = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public PatientIdentifiable getPatientIdentifiable() { return patientIdentifiable; }
    public void setPatientIdentifiable(PatientIdentifiable v) { patientIdentifiable = v; }
    public Boolean getComplainantIsPersonShown() { return complainantIsPersonShown; }
    public void setComplainantIsPersonShown(Boolean v) { complainantIsPersonShown = v; }
    public boolean isConsentToShare() { return consentToShare; }
    public void setConsentToShare(boolean v) { consentToShare = v; }
    public boolean isConsentToContact() { return consentToContact; }
    public void setConsentToContact(boolean v) { consentToContact = v; }
    public List<Part> getNewFiles() { return newFiles; }
    public void setNewFiles(List<Part> v) { newFiles = v; }
}
