package org.casework.workflow;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.casework.workflow.control.WorkflowVariables.TriageChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.casework.workflow.control.WorkflowVariables.*;

/**
 * Every path of workflows/complaint-handling.bpmn (with letter-approval.bpmn) on an in-memory engine. Delegates are
 * stand-ins that record what they were asked; asynchronous steps and timers are run by hand, timers after moving the
 * engine's clock.
 */
@Deployment(resources = {"workflows/complaint-handling.bpmn", "workflows/letter-approval.bpmn"})
class ComplaintHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private final Date start = Date.from(LocalDate.of(2026, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC));

    /** Due dates come from the service standards; here every step is due a week after it starts. */
    public static final class FixedStandards {
        public Date due(String step) {
            return new Date(ClockUtil.getCurrentTime().getTime() + 7L * 24 * 3600 * 1000);
        }

        public String getRetryCycle() {
            return "R3/PT5M";
        }

        public String getResponseReminder() {
            return "P21D";
        }
    }

    @BeforeEach
    void registerDelegates() {
        ClockUtil.setCurrentTime(start);
        for (String step : List.of("sendAcknowledgement", "notifyPractitioner", "sendResponseReminder", "closeCase",
                "recordWarningExpiry", "draftLetters", "issueLetters")) {
            Mocks.register(step, (JavaDelegate) e -> calls.add(step));
        }
        Mocks.register("serviceStandards", new FixedStandards());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void everyUserTaskHasADueDateAndACandidateGroup() {
        for (String key : List.of(PROCESS_KEY, LETTER_PROCESS_KEY)) {
            var definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).singleResult();
            var model = processEngine.getRepositoryService().getBpmnModelInstance(definition.getId());
            var tasks = model.getModelElementsByType(UserTask.class);
            Assertions.assertThat(tasks).isNotEmpty().allSatisfy(t -> {
                Assertions.assertThat(t.getCamundaDueDate()).as(t.getId()).isNotBlank();
                Assertions.assertThat(t.getCamundaCandidateGroups()).as(t.getId()).isNotBlank();
            });
        }
    }

    // ---- triage

    @Test
    void theAcknowledgementIsSentAsynchronouslyWhileTriageWaits() {
        ProcessInstance david = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "MSC-2026-000001",
                Map.of(CASE_REFERENCE, "MSC-2026-000001"));
        assertThat(david).isWaitingAt("sendAcknowledgement", TRIAGE_TASK);
        assertThat(task(david)).hasCandidateGroup("INVESTIGATOR").hasDueDate(days(7));
        Assertions.assertThat(calls).isEmpty();
        execute(job(david));
        assertThat(david).hasPassed("acknowledged").isWaitingAt(TRIAGE_TASK);
        Assertions.assertThat(calls).containsExactly("sendAcknowledgement");
    }

    @Test
    void aFailingAcknowledgementBecomesAnIncidentButTheComplaintIsTriagedAllTheSame() {
        Mocks.register("sendAcknowledgement", (JavaDelegate) e -> {
            throw new IllegalStateException("mail server down");
        });
        ProcessInstance david = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "MSC-2026-000001",
                Map.of(CASE_REFERENCE, "MSC-2026-000001"));
        for (int attempt = 0; attempt < 3; attempt++) {
            Job acknowledgement = jobQuery().processInstanceId(david.getId()).singleResult();
            assertThatThrownBy(() -> managementService().executeJob(acknowledgement.getId()))
                    .hasMessageContaining("mail server down");
        }
        Assertions.assertThat(runtimeService().createIncidentQuery()
                .processInstanceId(david.getId()).singleResult().getActivityId()).isEqualTo("sendAcknowledgement");
        assertThat(david).isWaitingAt(TRIAGE_TASK);
        complete(task(david), withVariables(TRIAGE_OUTCOME, "CLOSE", ENQUIRY_REQUESTED, false,
                COMPLAINANT_NAMED, false));
        assertThat(david).hasPassed("closedAtTriage").isNotEnded();
    }

    @Test
    void closedWithNoFurtherActionAtTriageTellsTheComplainantWhyInAnApprovedLetter() {
        ProcessInstance sue = atTriage();
        triage(TriageChoice.CLOSE);
        assertThat(sue).isNotEnded();
        approveAndIssueLetters(sue, "tellComplainantOfClosure");
        assertThat(sue).hasPassedInOrder(TRIAGE_TASK, "tellComplainantOfClosure", "closedAtTriage")
                .hasNotPassed(DECISION_TASK, "closeCase").isEnded();
    }

    @Test
    void closedAtTriageWithoutAComplainantToWriteToEndsAtOnce() {
        ProcessInstance anonymous = atTriage();
        complete(task(), withVariables(TRIAGE_OUTCOME, "CLOSE", ENQUIRY_REQUESTED, false, COMPLAINANT_NAMED, false));
        assertThat(anonymous).hasPassed("closedAtTriage").hasNotPassed("tellComplainantOfClosure").isEnded();
    }

    @Test
    void referredToAnotherBodyTellsTheComplainantWhereItWent() {
        ProcessInstance connor = atTriage();
        triage(TriageChoice.REFER_TO_OTHER_BODY);
        approveAndIssueLetters(connor, "tellComplainantOfReferral");
        assertThat(connor).hasPassedInOrder(TRIAGE_TASK, "tellComplainantOfReferral", "referredToAnotherBody")
                .hasNotPassed("notifyPractitioner").isEnded();
    }

    @Test
    void referredToAnotherBodyWithoutAComplainantToWriteToEndsAtOnce() {
        ProcessInstance connor = atTriage();
        complete(task(), withVariables(TRIAGE_OUTCOME, "REFER_TO_OTHER_BODY", ENQUIRY_REQUESTED, false,
                COMPLAINANT_NAMED, false));
        assertThat(connor).hasPassed("referredToAnotherBody").hasNotPassed("tellComplainantOfReferral").isEnded();
    }

    @Test
    void referredToTheEmployerAtTriageGetsLettersAndCloses() {
        ProcessInstance sarah = atTriage();
        complete(task(sarah), withVariables(TRIAGE_OUTCOME, "REFER_TO_EMPLOYER", OUTCOME, "EMPLOYER_REFERRAL",
                COMPLAINANT_NAMED, true));
        approveAndIssueLetters(sarah, "issueDecisionLetters");
        assertThat(sarah).hasPassedInOrder(TRIAGE_TASK, "issueDecisionLetters", "closeCase", "caseClosed")
                .hasNotPassed("notifyPractitioner", DECISION_TASK).isEnded();
    }

    @Test
    void forwardedToTheHdcWaitsForItsDecisionThenReturnsToTriage() {
        ProcessInstance katherine = atTriage();
        triage(TriageChoice.FORWARD_TO_HDC);
        approveAndIssueLetters(katherine, "tellOfHdcTransfer");
        assertThat(katherine).isWaitingAt(HDC_TASK);
        assertThat(task(katherine)).hasCandidateGroup("INVESTIGATOR");
        complete(task(katherine));
        assertThat(katherine).isWaitingAt(TRIAGE_TASK);
        triage(TriageChoice.ACCEPT);
        assertThat(katherine).hasPassedInOrder(TRIAGE_TASK, HDC_TASK, TRIAGE_TASK).isWaitingAt("notifyPractitioner");
    }

    // ---- provisional enquiry and investigation

    @Test
    void provisionalEnquiryAsksTheEmployerFirstWithItsOwnDueDate() {
        ProcessInstance david = atTriage();
        Date due = days(14);
        complete(task(david), withVariables(TRIAGE_OUTCOME, "ACCEPT", ENQUIRY_REQUESTED, true, ENQUIRY_DUE_DATE, due,
                COMPLAINANT_NAMED, true));
        assertThat(david).isWaitingAt(ENQUIRY_TASK);
        assertThat(task(david)).hasDueDate(due);
        complete(task(david));
        assertThat(david).hasPassedInOrder(ENQUIRY_TASK).isWaitingAt("notifyPractitioner");
        Assertions.assertThat(calledProcessInstance("letterApproval", david)).isNotNull();
    }

    @Test
    void practitionerNotifiedThenResponseRecordedThenReferred() {
        ProcessInstance david = atResponse();
        Assertions.assertThat(calls).containsExactly("sendAcknowledgement", "draftLetters",
                "issueLetters");
        complete(task(david));
        assertThat(david).isWaitingAt(INVESTIGATION_TASK);
        complete(task(david));
        assertThat(david).isWaitingAt(DECISION_TASK);
        assertThat(task(david)).hasCandidateGroup("CASE_EXAMINER");
        assertThat(david).hasNotPassed("sendResponseReminder", "noResponseIn28Days");
    }

    @Test
    void withoutAResponseAReminderGoesAtDay21AndTheCaseProceedsAtDay28() {
        ProcessInstance david = atResponse();
        Assertions.assertThat(dueTimers()).isEmpty();

        ClockUtil.setCurrentTime(days(21));
        Job reminder = single(dueTimers());
        managementService().executeJob(reminder.getId());
        execute(jobQuery().processInstanceId(david.getId()).messages().singleResult());
        assertThat(david).hasPassed("sendResponseReminder", "reminderSent").isWaitingAt(RESPONSE_TASK);
        Assertions.assertThat(calls).contains("sendResponseReminder");

        ClockUtil.setCurrentTime(days(28));
        managementService().executeJob(single(dueTimers()).getId());
        assertThat(david).hasPassed("noResponseIn28Days").isWaitingAt(INVESTIGATION_TASK);
    }

    // ---- the case examiners' decision

    @ParameterizedTest
    @ValueSource(strings = {"NO_FURTHER_ACTION", "ADVICE", "EMPLOYER_REFERRAL"})
    void decisionsThatNeedNoAnswerGetLettersAndClose(String outcome) {
        ProcessInstance david = atDecision();
        decide(outcome);
        approveAndIssueLetters(david, "issueDecisionLetters");
        assertThat(david).hasPassedInOrder(DECISION_TASK, "issueDecisionLetters", "closeCase", "caseClosed")
                .hasNotPassed(HEARING_TASK, WARNING_TASK).isEnded();
    }

    @Test
    void warningAcceptedClosesTheCaseAndExpiresAfterTwoYears() {
        ProcessInstance david = atDecision();
        decide("WARNING");
        approveAndIssueLetters(david, "issueDecisionLetters");
        assertThat(david).isWaitingAt(WARNING_TASK);
        Date expires = days(2 * 365 + 40);
        complete(task(david), withVariables(WARNING_ANSWER, ACCEPTED, WARNING_EXPIRES_ON, expires));
        assertThat(david).hasPassed("closeCase").isWaitingAt("warningExpires").isNotEnded();
        Assertions.assertThat(dueTimers()).isEmpty();

        ClockUtil.setCurrentTime(expires);
        managementService().executeJob(single(dueTimers()).getId());
        execute(job(david));
        assertThat(david).hasPassed("recordWarningExpiry", "warningExpired").isEnded();
    }

    @Test
    void warningRefusedGoesToAHearing() {
        ProcessInstance david = atDecision();
        decide("WARNING");
        approveAndIssueLetters(david, "issueDecisionLetters");
        complete(task(david), withVariables(WARNING_ANSWER, HEARING_REQUESTED));
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        assertThat(david).isWaitingAt(HEARING_TASK).hasNotPassed("closeCase");
    }

    @Test
    void warningNotAcceptedWithin28DaysGoesToAHearing() {
        ProcessInstance david = atDecision();
        decide("WARNING");
        approveAndIssueLetters(david, "issueDecisionLetters");
        ClockUtil.setCurrentTime(days(29));
        managementService().executeJob(single(dueTimers()).getId());
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        assertThat(david).hasPassed("warningNotAccepted").isWaitingAt(HEARING_TASK);
    }

    @Test
    void undertakingsAgreedClose() {
        ProcessInstance david = atDecision();
        decide("UNDERTAKINGS");
        approveAndIssueLetters(david, "issueDecisionLetters");
        assertThat(david).isWaitingAt(UNDERTAKINGS_TASK);
        complete(task(david), withVariables(UNDERTAKINGS_ANSWER, AGREED));
        assertThat(david).hasPassed("closeCase", "caseClosed").isEnded();
    }

    @Test
    void undertakingsRefusedGoToAHearing() {
        ProcessInstance david = atDecision();
        decide("UNDERTAKINGS");
        approveAndIssueLetters(david, "issueDecisionLetters");
        complete(task(david), withVariables(UNDERTAKINGS_ANSWER, REFUSED));
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        assertThat(david).isWaitingAt(HEARING_TASK);
    }

    @Test
    void undertakingsNotAgreedWithin28DaysGoToAHearing() {
        ProcessInstance david = atDecision();
        decide("UNDERTAKINGS");
        approveAndIssueLetters(david, "issueDecisionLetters");
        ClockUtil.setCurrentTime(days(29));
        managementService().executeJob(single(dueTimers()).getId());
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        assertThat(david).hasPassed("undertakingsNotAgreed").isWaitingAt(HEARING_TASK);
    }

    // ---- hearings

    @ParameterizedTest
    @ValueSource(strings = {"CONDITIONS", "SUSPENSION"})
    void onlyAHearingImposesConditionsOrSuspensionAndItsReviewFallsDueBeforeTheEnd(String outcome) {
        ProcessInstance david = atDecision();
        decide(outcome);
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        assertThat(david).isWaitingAt(HEARING_TASK).hasPassed("noticeOfHearing").hasNotPassed("issueDecisionLetters");
        assertThat(task(david)).hasCandidateGroup("CASE_EXAMINER");
        Date ends = days(365);
        Date review = days(365 - 28);
        complete(task(david), withVariables(OUTCOME, outcome, ORDER_ENDS_ON, ends, REVIEW_DUE_ON, review));
        approveAndIssueLetters(david, "issueHearingLetters");
        assertThat(david).hasPassed("closeCase").isWaitingAt("reviewDue");

        ClockUtil.setCurrentTime(review);
        managementService().executeJob(single(dueTimers()).getId());
        assertThat(david).isWaitingAt(REVIEW_TASK);
        assertThat(task(david)).hasDueDate(ends).hasCandidateGroup("CASE_EXAMINER");
        complete(task(david));
        assertThat(david).hasPassed("orderReviewed").isEnded();
    }

    @Test
    void anAdjournedHearingIsFixedAgainAndNotifiedAgainBeforeThePanelDecides() {
        ProcessInstance david = atDecision();
        decide("SUSPENSION");
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        complete(task(david), withVariables(HEARING_ADJOURNED, true));
        assertThat(david).isWaitingAt(SCHEDULE_TASK).hasNotPassed("issueHearingLetters");
        fixTheSitting(david);
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(david.getId())
                .activityId("tellOfHearingDate").count()).as("a notice for each sitting").isEqualTo(2);
        complete(task(david), withVariables(OUTCOME, "ADVICE", HEARING_ADJOURNED, false));
        approveAndIssueLetters(david, "issueHearingLetters");
        assertThat(david).hasPassed("closeCase", "caseClosed").isEnded();
    }

    @Test
    void erasureIsOnlyAHearingsAndLeavesNothingToWatch() {
        ProcessInstance david = atDecision();
        decide("ERASURE");
        assertThat(david).hasPassed("decisionRoute").hasNotPassed("issueDecisionLetters");
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        complete(task(david), withVariables(OUTCOME, "ERASURE", HEARING_ADJOURNED, false));
        approveAndIssueLetters(david, "issueHearingLetters");
        assertThat(david).hasPassed("closeCase", "caseClosed").hasNotPassed("reviewDue", "warningExpires").isEnded();
        Assertions.assertThat(jobQuery().timers().count()).isZero();
    }

    @Test
    void aCensureIsOnlyAHearingsAndComesOffTheRegisterWhenItsTimeIsUp() {
        ProcessInstance david = atDecision();
        decide("CENSURE");
        assertThat(david).hasPassed("decisionRoute").hasNotPassed("issueDecisionLetters");
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        Date ends = days(3 * 365);
        complete(task(david), withVariables(OUTCOME, "CENSURE", HEARING_ADJOURNED, false, WARNING_EXPIRES_ON, ends));
        approveAndIssueLetters(david, "issueHearingLetters");
        assertThat(david).hasPassed("closeCase").hasNotPassed("reviewDue").isWaitingAt("warningExpires");
        Assertions.assertThat(dueTimers()).isEmpty();

        ClockUtil.setCurrentTime(ends);
        managementService().executeJob(single(dueTimers()).getId());
        execute(job(david));
        assertThat(david).hasPassed("recordWarningExpiry", "warningExpired").isEnded();
        Assertions.assertThat(calls).containsOnlyOnce("recordWarningExpiry");
    }

    @Test
    void aHearingMayImposeALesserOutcome() {
        ProcessInstance david = atDecision();
        decide("SUSPENSION");
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        complete(task(david), withVariables(OUTCOME, "ADVICE"));
        approveAndIssueLetters(david, "issueHearingLetters");
        assertThat(david).hasPassed("closeCase", "caseClosed").hasNotPassed("reviewDue").isEnded();
    }

    @Test
    void aWarningImposedAtAHearingExpiresToo() {
        ProcessInstance david = atDecision();
        decide("WARNING");
        approveAndIssueLetters(david, "issueDecisionLetters");
        complete(task(david), withVariables(WARNING_ANSWER, HEARING_REQUESTED));
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        complete(task(david), withVariables(OUTCOME, "WARNING", WARNING_EXPIRES_ON, days(800)));
        approveAndIssueLetters(david, "issueHearingLetters");
        assertThat(david).isWaitingAt("warningExpires");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUSPENSION", "WARNING"})
    void aSanctionQuashedOnAppealIsWatchedNoLonger(String outcome) {
        ProcessInstance david = atDecision();
        decide("SUSPENSION");
        approveAndIssueLetters(david, "noticeOfHearing");
        fixTheSitting(david);
        complete(task(david), withVariables(OUTCOME, outcome, ORDER_ENDS_ON, days(365), REVIEW_DUE_ON, days(337),
                WARNING_EXPIRES_ON, days(730)));
        approveAndIssueLetters(david, "issueHearingLetters");
        assertThat(david).isWaitingAt(outcome.equals("WARNING") ? "warningExpires" : "reviewDue");
        Assertions.assertThat(jobQuery().timers().processInstanceId(david.getId()).count()).isEqualTo(1);

        runtimeService().createMessageCorrelation(SANCTION_QUASHED).processInstanceBusinessKey("MSC-2026-000001")
                .correlateAllWithResult();
        assertThat(david).hasPassed("sanctionQuashed", "watchEnded").hasNotPassed("reviewOrder", "recordWarningExpiry")
                .isEnded();
        Assertions.assertThat(jobQuery().timers().count()).isZero();
        Assertions.assertThat(calls).doesNotContain("recordWarningExpiry");
    }

    @Test
    void aQuashMessageToACaseNotWatchingASanctionChangesNothing() {
        ProcessInstance david = atDecision();
        Assertions.assertThat(runtimeService().createMessageCorrelation(SANCTION_QUASHED)
                .processInstanceBusinessKey("MSC-2026-000002").correlateAllWithResult()).isEmpty();
        assertThat(david).isWaitingAt(DECISION_TASK);
    }

    // ---- letters

    @Test
    void rejectedLettersAreRevisedAndRedraftedBeforeTheyAreIssued() {
        ProcessInstance david = atDecision();
        decide("ADVICE");
        ProcessInstance letters = calledProcessInstance("letterApproval", david);
        assertThat(letters).hasBusinessKey("MSC-2026-000001");
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(letters).isWaitingAt(APPROVAL_TASK);
        complete(task(letters), withVariables(LETTERS_APPROVED, false));
        assertThat(letters).isWaitingAt(REVISION_TASK);
        // only the notice of investigation has been issued so far
        Assertions.assertThat(calls.stream().filter("issueLetters"::equals)).hasSize(1);
        complete(task(letters));
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        complete(task(letters), withVariables(LETTERS_APPROVED, true));
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(letters).hasPassedInOrder("draftLetters", APPROVAL_TASK, REVISION_TASK, "draftLetters",
                APPROVAL_TASK, "issueLetters", "lettersIssued").isEnded();
        // once for the notice of investigation, twice for the decision's letters
        Assertions.assertThat(calls.stream().filter("draftLetters"::equals)).hasSize(3);
        assertThat(david).isEnded();
    }

    @Test
    void lettersTheRegulatorsSettingsApproveAreIssuedAsDraftedWithoutAskingASecondPerson() {
        ProcessInstance david = atDecision();
        Mocks.register("draftLetters", (JavaDelegate) e -> {
            calls.add("draftLetters");
            e.setVariable(APPROVED_BY_SETTINGS, true);
        });
        decide("ADVICE");
        ProcessInstance letters = calledProcessInstance("letterApproval", david);
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(letters).isWaitingAt("issueLetters").hasPassed("approvalNeeded").hasNotPassed(APPROVAL_TASK);
        Assertions.assertThat(taskQuery().processInstanceId(letters.getId()).count()).as("nobody is asked").isZero();
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(letters).hasPassedInOrder("draftLetters", "approvalNeeded", "issueLetters", "lettersIssued")
                .isEnded();
        assertThat(david).isEnded();
    }

    @Test
    void lettersTheSettingsDoNotApproveWaitForASecondPerson() {
        ProcessInstance david = atDecision();
        Mocks.register("draftLetters", (JavaDelegate) e -> e.setVariable(APPROVED_BY_SETTINGS, false));
        decide("ADVICE");
        ProcessInstance letters = calledProcessInstance("letterApproval", david);
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(letters).isWaitingAt(APPROVAL_TASK);
    }

    @Test
    void aFailingLetterStepIsRetriedThenBecomesAnIncidentAndTheCaseWaits() {
        ProcessInstance david = atDecision();
        Mocks.register("draftLetters", (JavaDelegate) e -> {
            throw new IllegalStateException("printer on fire");
        });
        decide("ADVICE");
        ProcessInstance letters = calledProcessInstance("letterApproval", david);
        for (int attempt = 0; attempt < 3; attempt++) {
            Job draft = jobQuery().processInstanceId(letters.getId()).singleResult();
            assertThatThrownBy(() -> managementService().executeJob(draft.getId()))
                    .hasMessageContaining("printer on fire");
        }
        Job failed = jobQuery().processInstanceId(letters.getId()).singleResult();
        Assertions.assertThat(failed.getRetries()).isZero();
        Assertions.assertThat(runtimeService().createIncidentQuery()
                .processInstanceId(letters.getId()).count()).isEqualTo(1);
        assertThat(david).isActive().hasNotPassed("closeCase");
    }

    // ---- helpers

    private ProcessInstance atTriage() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "MSC-2026-000001",
                Map.of(CASE_REFERENCE, "MSC-2026-000001"));
        execute(job(instance));
        assertThat(instance).isWaitingAt(TRIAGE_TASK);
        return instance;
    }

    private ProcessInstance atResponse() {
        ProcessInstance david = atTriage();
        complete(task(david), withVariables(TRIAGE_OUTCOME, "ACCEPT", ENQUIRY_REQUESTED, false, COMPLAINANT_NAMED, true));
        approveAndIssueLetters(david, "notifyPractitioner");
        assertThat(david).isWaitingAt(RESPONSE_TASK);
        return david;
    }

    private ProcessInstance atDecision() {
        ProcessInstance david = atResponse();
        complete(task(david));
        complete(task(david));
        assertThat(david).isWaitingAt(DECISION_TASK);
        return david;
    }

    private void triage(TriageChoice choice) {
        complete(task(), withVariables(TRIAGE_OUTCOME, choice.name(), ENQUIRY_REQUESTED, false, COMPLAINANT_NAMED,
                true));
    }

    private void decide(String outcome) {
        complete(task(), withVariables(OUTCOME, outcome));
    }

    private void approveAndIssueLetters(ProcessInstance caseProcess, String step) {
        assertThat(caseProcess).isWaitingAt(step);
        ProcessInstance letters = calledProcessInstance("letterApproval", caseProcess);
        Assertions.assertThat(runtimeService().getVariable(letters.getId(), LETTER_SET))
                .isEqualTo(switch (step) {
                    case "notifyPractitioner" -> "NOTICE";
                    case "tellOfHdcTransfer" -> "HDC";
                    case "noticeOfHearing" -> "HEARING";
                    case "tellOfHearingDate" -> "HEARING_DATE";
                    default -> "DECISION";
                });
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(letters).isWaitingAt(APPROVAL_TASK);
        complete(task(letters), withVariables(LETTERS_APPROVED, true));
        execute(jobQuery().processInstanceId(letters.getId()).singleResult());
        assertThat(letters).hasPassed("issueLetters").isEnded();
    }

    /** A case examiner fixes the sitting; the practitioner's notice of its date is approved and issued. */
    private void fixTheSitting(ProcessInstance david) {
        assertThat(david).isWaitingAt(SCHEDULE_TASK);
        assertThat(task(david)).hasCandidateGroup("CASE_EXAMINER")
                .hasDueDate(new Date(ClockUtil.getCurrentTime().getTime() + 7L * 24 * 3600 * 1000));
        complete(task(david), withVariables(HEARING_DUE_DATE, days(40)));
        approveAndIssueLetters(david, "tellOfHearingDate");
        assertThat(david).isWaitingAt(HEARING_TASK);
        assertThat(task(david)).hasDueDate(days(40));
    }

    private List<Job> dueTimers() {
        return jobQuery().timers().executable().list();
    }

    private static Job single(List<Job> jobs) {
        Assertions.assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private Date days(int n) {
        return new Date(start.getTime() + n * 24L * 3600 * 1000);
    }
}
