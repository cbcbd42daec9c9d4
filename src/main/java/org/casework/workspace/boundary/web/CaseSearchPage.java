package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.casework.cases.boundary.CaseSearch;
import org.casework.cases.entity.CaseStatus;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Outcome;
import org.casework.kernel.Platform;
import org.casework.platform.boundary.FacesMessages;
import org.casework.security.entity.StaffIdentity;

/** Staff search for cases: any of the criteria, newest first, the first 50 listed with how many were found. */
@Named
@ViewScoped
public class CaseSearchPage implements Serializable {

    static final int SHOWN = 50;
    private static final Map<String, String> FIELDS = Map.of("reference", "search:reference", "practitioner",
            "search:practitioner", "registration", "search:registration", "complainant", "search:complainant",
            "postUrl", "search:postUrl", "from", "search:from", "to", "search:to");

    @Inject
    CaseSearch search;
    @Inject
    StaffIdentity staff;

    private String reference;
    private String practitioner;
    private String registration;
    private String complainant;
    private String platform;
    private String postUrl;
    private String stage;
    private String outcome;
    private LocalDate from;
    private LocalDate to;
    private CaseSearch.Results results;

    public void find() {
        try {
            results = search.search(new CaseSearch.Criteria(reference, practitioner, registration, complainant,
                    platform, postUrl, stage, outcome, from, to), staff, 0, SHOWN);
        } catch (InvalidFieldException e) {
            results = null;
            FacesMessages.show(e, FIELDS);
        }
    }

    public CaseSearch.Results getResults() { return results; }
    public Platform[] getPlatforms() { return Platform.values(); }
    public CaseStatus[] getStages() { return CaseStatus.values(); }
    public Outcome[] getOutcomes() { return Outcome.values(); }
    public String getReference() { return reference; }
    public void setReference(String v) { this.reference = v; }
    public String getPractitioner() { return practitioner; }
    public void setPractitioner(String v) { this.practitioner = v; }
    public String getRegistration() { return registration; }
    public void setRegistration(String v) { this.registration = v; }
    public String getComplainant() { return complainant; }
    public void setComplainant(String v) { this.complainant = v; }
    public String getPlatform() { return platform; }
    public void setPlatform(String v) { this.platform = v; }
    public String getPostUrl() { return postUrl; }
    public void setPostUrl(String v) { this.postUrl = v; }
    public String getStage() { return stage; }
    public void setStage(String v) { this.stage = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { this.outcome = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { this.from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { this.to = v; }
}
