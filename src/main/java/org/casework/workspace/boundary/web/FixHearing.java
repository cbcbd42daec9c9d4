package org.casework.workspace.boundary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.casework.cases.boundary.Hearings;
import org.casework.cases.entity.Hearing;
import org.casework.platform.control.CaseworkConfig;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.WorkflowVariables;

/**
 * The case page's hearing section: the sittings fixed so far, the form that fixes the next (day, time, venue, panel)
 * and, while the panel sits, its adjournment; the bundle to download.
 */
@Named
@ViewScoped
public class FixHearing implements Serializable {

    static final Map<String, String> FIELDS = Map.of("sitsAt", "hearing:sitsOn", "venue", "hearing:venue",
            "chair", "hearing:chair", "layMember", "hearing:layMember", "professionalMember",
            "hearing:professionalMember", "reason", "adjourn:reason");

    @Inject
    WorkOnCase page;
    @Inject
    Hearings hearings;
    @Inject
    StaffIdentity staff;
    @Inject
    CaseworkConfig config;

    private List<Hearings.SittingView> sittings;
    private LocalDate sitsOn;
    private LocalTime sitsAtTime;
    private String venue;
    private String chair;
    private String layMember;
    private String professionalMember;
    private String reason;

    public List<Hearings.SittingView> getSittings() {
        if (sittings == null) {
            sittings = page.getCaseFile() == null ? List.of() : hearings.sittings(page.caseReference());
        }
        return sittings;
    }

    /** The case is at a hearing, or has been: the section and the bundle are shown. */
    public boolean isShown() {
        return page.getCaseFile() != null && ("AT_HEARING".equals(page.getCaseFile().status())
                || !getSittings().isEmpty() || page.isAwaiting(WorkflowVariables.SCHEDULE_TASK));
    }

    public boolean isScheduleOpen() {
        return page.isAwaiting(WorkflowVariables.SCHEDULE_TASK) && staff.hasRole("CASE_EXAMINER");
    }

    public int getNoticeDays() {
        return config.hearingNoticeDays();
    }

    public void schedule() {
        page.actSaying(() -> {
            Hearing fixed = hearings.schedule(page.caseReference(), new Hearing.Sitting(sitsOn == null
                    || sitsAtTime == null ? null : sitsOn.atTime(sitsAtTime), venue, chair, layMember,
                    professionalMember), staff);
            return "The hearing sits on " + hearings.when(fixed) + ". The practitioner's notice of it is drafted "
                    + "and waits for a second person's approval.";
        }, FIELDS);
    }

    public void adjourn() {
        page.act(() -> hearings.adjourn(page.caseReference(), reason, staff), "The sitting is adjourned. Fix the "
                + "next one here; the practitioner is sent a new notice.", FIELDS);
    }

    public LocalDate getSitsOn() { return sitsOn; }
    public void setSitsOn(LocalDate sitsOn) { this.sitsOn = sitsOn; }
    public LocalTime getSitsAtTime() { return sitsAtTime; }
    public void setSitsAtTime(LocalTime sitsAtTime) { this.sitsAtTime = sitsAtTime; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getLayMember() { return layMember; }
    public void setLayMember(String layMember) { this.layMember = layMember; }
    public String getProfessionalMember() { return professionalMember; }
    public void setProfessionalMember(String professionalMember) { this.professionalMember = professionalMember; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
