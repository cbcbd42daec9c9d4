package org.casework.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long each step may take before it is overdue, as the regulator's service standards say. The BPMN sets every
 * user task's due date with {@code ${serviceStandards.due('stepId')}}; each period can be changed in configuration
 * as {@code casework.service-standard.<stepId>=P10D}.
 */
@Named("serviceStandards")
@ApplicationScoped
public class ServiceStandards {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("triageComplaint", "P5D"),
            Map.entry("recordHdcDecision", "P90D"),
            Map.entry("recordPractitionerResponse", "P28D"),
            Map.entry("investigateCase", "P60D"),
            Map.entry("caseExaminerDecision", "P20D"),
            Map.entry("awaitWarningAnswer", "P28D"),
            Map.entry("awaitUndertakingsAgreement", "P28D"),
            Map.entry("recordHearingDecision", "P120D"),
            Map.entry("recordAppealResult", "P180D"),
            Map.entry("scheduleHearing", "P20D"),
            Map.entry("decideInterimOrder", "P14D"),
            Map.entry("reviewInterimOrder", "P14D"),
            Map.entry("checkCompliance", "P14D"),
            Map.entry("reviewDecision", "P30D"),
            Map.entry("approveLetters", "P3D"),
            Map.entry("reviseLetters", "P3D"));
    static final String FALLBACK = "P10D";

    /** The due date of a step that starts now (the engine's clock, so tests can move it). */
    public Date due(String step) {
        Period period = period(step);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return Date.from(now.atZone(ZoneOffset.UTC).plus(period).toInstant());
    }

    /**
     * How often, and how far apart, an asynchronous step (mail, letters) is tried before it becomes an incident:
     * {@code casework.workflow.retry-cycle}, an ISO 8601 repeating interval.
     */
    public String getRetryCycle() {
        return ConfigProvider.getConfig().getOptionalValue("casework.workflow.retry-cycle", String.class)
                .orElse("R3/PT5M");
    }

    /**
     * When the practitioner is reminded of an unanswered notice: {@code casework.workflow.response-reminder}, an ISO
     * 8601 duration, day 21 by default (a drill shortens it to see the timer fire).
     */
    public String getResponseReminder() {
        return ConfigProvider.getConfig().getOptionalValue("casework.workflow.response-reminder", String.class)
                .orElse("P21D");
    }

    public Period period(String step) {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue("casework.service-standard." + step, String.class)
                .orElse(DEFAULTS.getOrDefault(step, FALLBACK));
        return Period.parse(configured);
    }
}
