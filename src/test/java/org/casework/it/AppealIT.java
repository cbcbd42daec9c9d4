package org.casework.it;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.ComplaintSubmission.Complainant;
import org.casework.intake.entity.ComplaintSubmission.Practitioner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casework.it.ApiClient.object;
import static org.casework.it.DavidCaseIT.awaitTask;

/**
 * A hearing suspends a registrant; the public register shows the suspension; the decision's letter opens the 28 days
 * to appeal; an appeal is lodged (a bad one refused by field first), the court quashes the decision, and the
 * suspension is gone from the public register and revoked in the change feed. On H2 and, with -Pmariadb, on MariaDB.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AppealIT {

    private static final String[] INVESTIGATOR = {"investigator", "investigator-demo"};
    private static final String[] EXAMINER = {"examiner", "examiner-demo"};
    private static final ZoneId NZ = ZoneId.of("Pacific/Auckland");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSuspensionQuashedOnAppealLeavesThePublicRegister() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        Instant before = Instant.now().minusSeconds(1);
        String number = newRegistrant(api);
        String reference = suspendedAtAHearing(api, number);
        LocalDate today = LocalDate.now(NZ);

        // the letter of the hearing's decision is issued: the register shows the suspension, open to appeal 28 days
        JsonObject open = await(api, reference, o -> o.containsKey("appealableUntil"));
        assertThat(open.getString("appealableKind")).isEqualTo("SUSPENSION");
        assertThat(open.getString("appealableUntil")).isEqualTo(today.plusDays(28).toString());
        assertThat(published(api, number)).containsExactly("SUSPENSION");

        // a bad appeal is refused by field, all at once, and changes nothing
        HttpResponse<byte[]> refused = post(api, "/api/v1/cases/" + reference + "/appeals", INVESTIGATOR,
                "{\"lodgedOn\":\"" + today.plusDays(1) + "\",\"grounds\":\" \"}");
        assertThat(refused.statusCode()).as(ApiClient.text(refused)).isEqualTo(400);
        assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("lodgedOn", "grounds");
        assertThat(appeals(api, reference).getJsonArray("appeals")).isEmpty();

        HttpResponse<byte[]> lodged = post(api, "/api/v1/cases/" + reference + "/appeals", INVESTIGATOR,
                "{\"lodgedOn\":\"" + today + "\",\"grounds\":\"The hearing did not hear my witness.\"}");
        assertThat(lodged.statusCode()).as(ApiClient.text(lodged)).isEqualTo(201);
        JsonObject appeal = object(lodged).getJsonArray("appeals").getJsonObject(0);
        assertThat(appeal.getBoolean("stayed")).as("no stay ordered, none by the settings").isFalse();
        assertThat(appeal.getString("sanctionState")).isEqualTo("IN_FORCE");
        assertThat(object(lodged).containsKey("appealableUntil")).as("one appeal per decision").isFalse();
        assertThat(post(api, "/api/v1/cases/" + reference + "/appeals", INVESTIGATOR, "{\"lodgedOn\":\"" + today
                + "\",\"grounds\":\"Again.\"}").statusCode()).isEqualTo(409);
        assertThat(published(api, number)).as("in force while the appeal runs").containsExactly("SUSPENSION");

        // the court's result: refused by field first, then quashed
        String result = awaitTask(api, reference, "recordAppealResult");
        HttpResponse<byte[]> badResult = post(api, "/api/v1/tasks/" + result + "/appeal-result", EXAMINER,
                "{\"result\":\"VARIED\",\"decidedOn\":\"" + today + "\",\"reasons\":\"Shorter.\","
                        + "\"variedTo\":\"WARNING\"}");
        assertThat(badResult.statusCode()).as(ApiClient.text(badResult)).isEqualTo(400);
        assertThat(object(badResult).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("variedTo", "variedEndsOn");
        assertThat(published(api, number)).containsExactly("SUSPENSION");
        assertThat(post(api, "/api/v1/tasks/" + result + "/appeal-result", INVESTIGATOR, "{\"result\":\"QUASHED\","
                + "\"decidedOn\":\"" + today + "\",\"reasons\":\"x\"}").statusCode()).as("a case examiner's step")
                .isEqualTo(403);
        Map<String, Long> decidersBefore = table(api, "decider");
        Map<String, Long> appealsBefore = table(api, "appeal");
        assertThat(decidersBefore.get("HEARING_PANEL")).as("closed on the hearing's decision").isPositive();
        HttpResponse<byte[]> quashed = post(api, "/api/v1/tasks/" + result + "/appeal-result", EXAMINER,
                "{\"result\":\"QUASHED\",\"decidedOn\":\"" + today + "\",\"reasons\":\"The hearing was unfair.\"}");
        assertThat(quashed.statusCode()).as(ApiClient.text(quashed)).isEqualTo(200);

        assertThat(published(api, number)).as("off the public register").isEmpty();
        // the statistics keep the hearing's decision and count the court's result apart: no case counted twice
        assertThat(table(api, "decider")).isEqualTo(decidersBefore);
        Map<String, Long> appealsAfter = table(api, "appeal");
        assertThat(appealsAfter.get("QUASHED")).isEqualTo(appealsBefore.get("QUASHED") + 1);
        assertThat(appealsAfter.get("NONE")).isEqualTo(appealsBefore.get("NONE") - 1);
        assertThat(appealsAfter.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(decidersBefore.values().stream().mapToLong(Long::longValue).sum());
        JsonObject decided = appeals(api, reference).getJsonArray("appeals").getJsonObject(0);
        assertThat(decided.getString("result")).isEqualTo("QUASHED");
        assertThat(decided.getString("sanctionState")).isEqualTo("REVOKED");
        JsonObject caseFile = object(api.get("/api/v1/cases/" + reference, EXAMINER[0], EXAMINER[1]));
        assertThat(caseFile.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("step"))
                .containsSubsequence("appealLodged", "recordAppealResult");
        assertThat(caseFile.getBoolean("processEnded")).as("the case no longer watches the suspension").isTrue();
        assertThat(object(api.get("/api/v1/admin/register-changes?max=500&since=" + before, "admin", "admin-demo"))
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("registrationNumber").equals(number))
                .extracting(c -> c.getString("kind"), c -> c.getString("state"))
                .containsExactly(tuple("SUSPENSION", "REVOKED"));
    }

    @Test
    void aHearingsCensureIsPublishedAndTheFineAndCostsItOrderedAreInThePractitionersLetter() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String number = newRegistrant(api);
        String reference = referredToAHearing(api, number, List.of());
        fixTheSitting(api, reference, LocalDate.now(NZ).plusDays(30));
        String hearing = awaitTask(api, reference, "recordHearingDecision");

        // over the largest fine, costs below zero and no reasons: refused by field, all at once, nothing changed
        HttpResponse<byte[]> refused = post(api, "/api/v1/tasks/" + hearing + "/hearing-decision", EXAMINER,
                "{\"outcome\":\"CENSURE\",\"reasons\":\" \",\"clauses\":" + CLAUSES
                        + ",\"fine\":30000.01,\"costs\":-5}");
        assertThat(refused.statusCode()).as(ApiClient.text(refused)).isEqualTo(400);
        assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("fine", "costs", "reasons");
        assertThat(awaitTask(api, reference, "recordHearingDecision")).isEqualTo(hearing);
        assertThat(published(api, number)).isEmpty();

        step(api, reference, "recordHearingDecision", "hearing-decision", EXAMINER, "{\"outcome\":\"CENSURE\","
                + "\"reasons\":\"The posts fell well short of the standard expected.\",\"clauses\":" + CLAUSES
                + ",\"fine\":2500,\"costs\":4120.50}");
        assertThat(published(api, number)).as("a censure is published").containsExactly("CENSURE");
        JsonObject decision = object(api.get("/api/v1/cases/" + reference, EXAMINER[0], EXAMINER[1]))
                .getJsonObject("decision");
        assertThat(decision.getString("outcome")).isEqualTo("CENSURE");
        assertThat(decision.getJsonNumber("fine").bigDecimalValue()).isEqualByComparingTo("2500");
        assertThat(decision.getJsonNumber("costs").bigDecimalValue()).isEqualByComparingTo("4120.50");

        step(api, reference, "approveLetters", "letter-approval", INVESTIGATOR, "{\"approved\":true}");
        JsonObject open = await(api, reference, o -> o.containsKey("appealableUntil"));
        assertThat(open.getString("appealableKind")).as("a censure may be appealed").isEqualTo("CENSURE");
        JsonObject letter = ApiClient.array(api.get("/api/v1/cases/" + reference + "/letters", EXAMINER[0],
                EXAMINER[1])).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("DECISION_TO_PRACTITIONER")).findFirst().orElseThrow();
        String text = DavidCaseIT.textOf(api.get("/api/v1/cases/" + reference + "/letters/" + letter.getInt("id"),
                EXAMINER[0], EXAMINER[1]).body());
        assertThat(text).contains("Outcome: Censure", "The panel also ordered you to pay a fine of $2,500.00 and "
                + "$4,120.50 towards the costs of the investigation and the hearing.");

        // its time on the register is up (the demo clock brings the day): off the public register
        comesOffTheRegister(api, reference, number);
    }

    /**
     * The case's "comes off the register" timer fires now (demo clock API); the sanction it publishes leaves the public
     * register, and the case's process ends with nothing more to watch.
     */
    static void comesOffTheRegister(ApiClient api, String reference, String number) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject timer = null;
        while (timer == null && System.nanoTime() < deadline) {
            timer = object(api.get("/api/v1/admin/demo-clock?case=" + reference, "admin", "admin-demo"))
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("step").contains("comes off the register")).findFirst().orElse(null);
            Thread.sleep(timer == null ? 200 : 0);
        }
        assertThat(timer).as("the case waits for its sanction's time on the register to end").isNotNull();
        assertThat(published(api, number)).hasSize(1);
        HttpResponse<byte[]> fired = api.post("/api/v1/admin/demo-clock/" + timer.getString("jobId"), "admin",
                "admin-demo");
        assertThat(fired.statusCode()).as(ApiClient.text(fired)).isEqualTo(200);
        while (!published(api, number).isEmpty() && System.nanoTime() < deadline + Duration.ofSeconds(30).toNanos()) {
            Thread.sleep(200);
        }
        assertThat(published(api, number)).as("gone from the public register").isEmpty();
        assertThat(api.post("/api/v1/admin/demo-clock/" + timer.getString("jobId"), "admin", "admin-demo")
                .statusCode()).as("a timer fires once").isEqualTo(404);
    }

    @Test
    void anInterimSuspensionIsOnThePublicRegisterUntilTheCaseClosesWithItsFinalDecision() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        Instant before = Instant.now().minusSeconds(1);
        String number = newRegistrant(api);
        LocalDate today = LocalDate.now(NZ);
        ComplaintSubmission complaint = new ComplaintSubmission(
                new Complainant("Mere Tui", "mere.tui@example.org", null, "COLLEAGUE"),
                new Practitioner("Tama Ruru", number, "Harbour Lab", "Medical laboratory scientist"),
                "FACEBOOK", List.of("https://www.facebook.com/tama.demo/posts/9"), "2026-10-01", null,
                "Tama keeps posting photos of patients' specimens with their names.", "YES", false, true, true);
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(complaint))));
        String reference = object(submitted).getString("reference");
        CaseAccessIT.awaitAcknowledged(api, reference, INVESTIGATOR);
        step(api, reference, "triageComplaint", "triage", INVESTIGATOR, "{\"decision\":\"ACCEPT\",\"note\":"
                + "\"Ongoing posts\",\"allegations\":[\"Confidentiality and privacy\"]}");

        // the notice of investigation goes out first: one letter approval at a time in this case
        step(api, reference, "approveLetters", "letter-approval", EXAMINER, "{\"approved\":true}");
        awaitTask(api, reference, "recordPractitionerResponse");
        String path = "/api/v1/cases/" + reference + "/interim-order";
        HttpResponse<byte[]> noReason = post(api, path, INVESTIGATOR, "{\"reason\":\" \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(object(noReason).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        HttpResponse<byte[]> referred = post(api, path, INVESTIGATOR, "{\"reason\":\"More posts while we "
                + "investigate.\"}");
        assertThat(referred.statusCode()).as(ApiClient.text(referred)).isEqualTo(200);
        assertThat(object(referred).getBoolean("considered")).isTrue();
        assertThat(post(api, path, INVESTIGATOR, "{\"reason\":\"Again.\"}").statusCode()).isEqualTo(409);

        String decide = awaitTask(api, reference, "decideInterimOrder");
        HttpResponse<byte[]> refused = post(api, "/api/v1/tasks/" + decide + "/interim-order", EXAMINER,
                "{\"made\":true,\"kind\":\"SUSPENSION\",\"endsOn\":\"" + today.plusMonths(24)
                        + "\",\"reasons\":\"\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("reasons", "endsOn");
        assertThat(published(api, number)).isEmpty();
        HttpResponse<byte[]> made = post(api, "/api/v1/tasks/" + decide + "/interim-order", EXAMINER,
                "{\"made\":true,\"kind\":\"SUSPENSION\",\"endsOn\":\"" + today.plusMonths(6)
                        + "\",\"reasons\":\"Patients are at risk while the case runs.\"}");
        assertThat(made.statusCode()).as(ApiClient.text(made)).isEqualTo(200);
        // the practitioner's letter of the order: not approved by who recorded the decision, then issued
        String letter = awaitTask(api, reference, "approveLetters");
        assertThat(post(api, "/api/v1/tasks/" + letter + "/letter-approval", EXAMINER, "{\"approved\":true}")
                .statusCode()).isEqualTo(403);
        step(api, reference, "approveLetters", "letter-approval", INVESTIGATOR, "{\"approved\":true}");
        assertThat(object(api.get(path, INVESTIGATOR[0], INVESTIGATOR[1])).getString("label"))
                .isEqualTo("Interim suspension");
        JsonObject entry = object(api.get("/api/v1/register/practitioners/" + number, null, null));
        assertThat(entry.getJsonArray("sanctions").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("kindLabel"), p -> p.getString("until"))
                .containsExactly(tuple("Interim suspension", today.plusMonths(6).toString()));

        // the case runs on to its final decision (advice); closing it lifts the interim order
        step(api, reference, "recordPractitionerResponse", "practitioner-response", INVESTIGATOR,
                "{\"note\":\"I have stopped.\"}");
        step(api, reference, "investigateCase", "referral", INVESTIGATOR, "{\"note\":\"Stopped since.\","
                + "\"harm\":\"MINOR\",\"repeated\":true,\"intentional\":false,\"insightShown\":true}");
        step(api, reference, "caseExaminerDecision", "decision", EXAMINER, "{\"outcome\":\"ADVICE\",\"reasons\":"
                + "\"Insight shown; the posts stopped.\",\"clauses\":" + CLAUSES + "}");
        step(api, reference, "approveLetters", "letter-approval", INVESTIGATOR, "{\"approved\":true}");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!published(api, number).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(published(api, number)).as("lifted when the case closed").isEmpty();
        assertThat(object(api.get(path, INVESTIGATOR[0], INVESTIGATOR[1])).containsKey("kind")).isFalse();
        assertThat(object(api.get("/api/v1/admin/register-changes?max=500&since=" + before, "admin", "admin-demo"))
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("registrationNumber").equals(number))
                .extracting(c -> c.getString("kindLabel"), c -> c.getString("state"))
                .containsExactly(tuple("Interim suspension", "SUPERSEDED"));
    }

    @Test
    void anAcceptedWarningIsOnThePublicRegisterUntilItsTwoYearsAreUpThenGone() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        Instant before = Instant.now().minusSeconds(1);
        String number = newRegistrant(api);
        String reference = warnedByTheExaminers(api, number, r -> { });
        assertThat(object(api.get("/api/v1/register/practitioners/" + number, null, null)).getJsonArray("sanctions")
                .getJsonObject(0).getString("until")).isEqualTo(LocalDate.now(NZ).plusYears(2).toString());

        // the demo clock's API: administrators only, a case named as a case, then the two years pass
        assertThat(api.get("/api/v1/admin/demo-clock?case=" + reference, INVESTIGATOR[0], INVESTIGATOR[1])
                .statusCode()).isEqualTo(403);
        HttpResponse<byte[]> badCase = api.get("/api/v1/admin/demo-clock?case=nonsense", "admin", "admin-demo");
        assertThat(badCase.statusCode()).isEqualTo(400);
        assertThat(object(badCase).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("case");
        comesOffTheRegister(api, reference, number);
        assertThat(object(api.get("/api/v1/admin/register-changes?max=500&since=" + before, "admin", "admin-demo"))
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("registrationNumber").equals(number))
                .extracting(c -> c.getString("kind"), c -> c.getString("state"))
                .containsExactly(tuple("WARNING", "EXPIRED"));
    }

    @Test
    void aClosedCasesWarningIsReviewedUnderRule12AndSetAsideByAnotherExaminer() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String[] senior = {"senior", "senior-demo"};
        String number = newRegistrant(api);
        String reference = warnedByTheExaminers(api, number, r -> assertThat(post(api, "/api/v1/cases/" + r
                + "/decision-review", INVESTIGATOR, "{\"reason\":\"Too early.\"}").statusCode())
                .as("only a closed case's decision").isEqualTo(409));
        String path = "/api/v1/cases/" + reference + "/decision-review";
        assertThat(published(api, number)).containsExactly("WARNING");
        Map<String, Long> reviewsBefore = table(api, "review");

        HttpResponse<byte[]> noReason = post(api, path, INVESTIGATOR, "{\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(post(api, path, INVESTIGATOR, "{\"reason\":\"New evidence: his account was taken over.\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post(api, path, INVESTIGATOR, "{\"reason\":\"Again.\"}").statusCode()).isEqualTo(409);
        String review = awaitTask(api, reference, "reviewDecision");
        assertThat(post(api, "/api/v1/tasks/" + review + "/decision-review", EXAMINER, "{\"setAside\":true,"
                + "\"reasons\":\"x\"}").statusCode()).as("not who made the decision").isEqualTo(403);
        assertThat(published(api, number)).containsExactly("WARNING");
        HttpResponse<byte[]> setAside = post(api, "/api/v1/tasks/" + review + "/decision-review", senior,
                "{\"setAside\":true,\"reasons\":\"The police confirm the account was taken over.\"}");
        assertThat(setAside.statusCode()).as(ApiClient.text(setAside)).isEqualTo(200);

        assertThat(published(api, number)).as("lifted from the public register").isEmpty();
        assertThat(object(setAside).getString("status")).as("the case stays closed").isEqualTo("CLOSED");
        Map<String, Long> reviewsAfter = table(api, "review");
        assertThat(reviewsAfter.get("SET_ASIDE")).isEqualTo(reviewsBefore.get("SET_ASIDE") + 1);
        assertThat(reviewsAfter.get("NONE")).isEqualTo(reviewsBefore.get("NONE") - 1);
    }

    /** A registrant of their own for a test, so that what the public register shows is this test's alone. */
    static String newRegistrant(ApiClient api) {
        String number = "AP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.postJson("/api/v1/admin/practitioners", "admin", "admin-demo", "{\"registrationNumber\":\""
                + number + "\",\"fullName\":\"Tama Ruru\",\"profession\":\"Medical laboratory scientist\"}")
                .statusCode()).isEqualTo(201);
        return number;
    }

    /**
     * A complaint about the registrant investigated and decided by the case examiners with a warning, which the
     * practitioner accepts: the case closes and the warning is published. {@code whileOpen} runs on the open case.
     */
    static String warnedByTheExaminers(ApiClient api, String number, Consumer<String> whileOpen)
            throws Exception {
        ComplaintSubmission complaint = new ComplaintSubmission(
                new Complainant("Mere Tui", "mere.tui@example.org", null, "COLLEAGUE"),
                new Practitioner("Tama Ruru", number, "Harbour Lab", "Medical laboratory scientist"),
                "FACEBOOK", List.of("https://www.facebook.com/tama.demo/posts/13"), "2026-10-01", null,
                "Tama posted a patient's results.", "YES", false, true, true);
        String reference = object(api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json("complaint",
                JsonbBuilder.create().toJson(complaint))))).getString("reference");
        CaseAccessIT.awaitAcknowledged(api, reference, INVESTIGATOR);
        step(api, reference, "triageComplaint", "triage", INVESTIGATOR, "{\"decision\":\"ACCEPT\",\"note\":"
                + "\"Results posted\",\"allegations\":[\"Confidentiality and privacy\"]}");
        whileOpen.accept(reference);
        step(api, reference, "approveLetters", "letter-approval", EXAMINER, "{\"approved\":true}");
        step(api, reference, "recordPractitionerResponse", "practitioner-response", INVESTIGATOR,
                "{\"note\":\"It was not me.\"}");
        step(api, reference, "investigateCase", "referral", INVESTIGATOR, "{\"note\":\"Posted once.\","
                + "\"harm\":\"MINOR\",\"repeated\":false,\"intentional\":false,\"insightShown\":true}");
        step(api, reference, "caseExaminerDecision", "decision", EXAMINER, "{\"outcome\":\"WARNING\",\"reasons\":"
                + "\"A patient's results were public.\",\"clauses\":" + CLAUSES + "}");
        step(api, reference, "approveLetters", "letter-approval", INVESTIGATOR, "{\"approved\":true}");
        step(api, reference, "awaitWarningAnswer", "warning-answer", INVESTIGATOR, "{\"answer\":\"ACCEPTED\"}");
        return reference;
    }

    /** Through the API as staff would: a complaint, its investigation, the examiners' referral, the hearing. */
    static String suspendedAtAHearing(ApiClient api, String number) throws Exception {
        String reference = referredToAHearing(api, number, List.of());
        fixTheSitting(api, reference, LocalDate.now(NZ).plusDays(30));
        step(api, reference, "recordHearingDecision", "hearing-decision", EXAMINER, "{\"outcome\":\"SUSPENSION\","
                + "\"reasons\":\"The panel finds the posts a serious breach.\",\"clauses\":" + CLAUSES
                + ",\"orderEndsOn\":\"" + LocalDate.now(NZ).plusMonths(6) + "\"}");
        step(api, reference, "approveLetters", "letter-approval", INVESTIGATOR, "{\"approved\":true}");
        return reference;
    }

    private static final String CLAUSES = "[\"MSC-SM-2020/7\",\"MSC-SM-2020/8\"]";

    /**
     * A complaint (with the complainant's files, shared with the practitioner) investigated and referred by the
     * case examiners to a hearing, whose notice of referral is issued: the case waits for its sitting to be fixed.
     */
    static String referredToAHearing(ApiClient api, String number, List<ApiClient.Part> files) throws Exception {
        ComplaintSubmission complaint = new ComplaintSubmission(
                new Complainant("Mere Tui", "mere.tui@example.org", null, "COLLEAGUE"),
                new Practitioner("Tama Ruru", number, "Harbour Lab", "Medical laboratory scientist"),
                "FACEBOOK", List.of("https://www.facebook.com/tama.demo/posts/7"), "2026-10-01", null,
                "Tama posted photos of patients' specimens with their names on a public page.",
                "YES", false, true, true);
        List<ApiClient.Part> parts = new ArrayList<>(List.of(ApiClient.Part.json("complaint",
                JsonbBuilder.create().toJson(complaint))));
        parts.addAll(files);
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", parts);
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String reference = object(submitted).getString("reference");
        CaseAccessIT.awaitAcknowledged(api, reference, INVESTIGATOR);
        step(api, reference, "triageComplaint", "triage", INVESTIGATOR, "{\"decision\":\"ACCEPT\",\"note\":"
                + "\"Patients identifiable\",\"allegations\":[\"Confidentiality and privacy\"]}");
        step(api, reference, "approveLetters", "letter-approval", EXAMINER, "{\"approved\":true}");
        step(api, reference, "recordPractitionerResponse", "practitioner-response", INVESTIGATOR,
                "{\"note\":\"No response.\"}");
        step(api, reference, "investigateCase", "referral", INVESTIGATOR, "{\"note\":\"Repeated posts.\","
                + "\"harm\":\"SERIOUS\",\"repeated\":true,\"intentional\":true,\"insightShown\":false}");
        step(api, reference, "caseExaminerDecision", "decision", EXAMINER, "{\"outcome\":\"SUSPENSION\",\"reasons\":"
                + "\"Patients were identifiable in repeated public posts.\",\"clauses\":" + CLAUSES + "}");
        step(api, reference, "approveLetters", "letter-approval", INVESTIGATOR, "{\"approved\":true}");
        awaitTask(api, reference, "scheduleHearing");
        return reference;
    }

    /** A case examiner fixes the hearing's sitting; the practitioner's notice of it is approved. */
    static void fixTheSitting(ApiClient api, String reference, LocalDate day) {
        step(api, reference, "scheduleHearing", "hearing-schedule", EXAMINER, "{\"sitsAt\":\"" + day
                + "T10:00\",\"venue\":\"Level 2, 80 The Terrace, Wellington\",\"chair\":\"Dr Ana Tui\","
                + "\"layMember\":\"Ben Hall\",\"professionalMember\":\"Cara Lee\"}");
        step(api, reference, "approveLetters", "letter-approval", INVESTIGATOR, "{\"approved\":true}");
    }

    static void step(ApiClient api, String reference, String taskKey, String action, String[] who,
                             String json) {
        String task = awaitTask(api, reference, taskKey);
        HttpResponse<byte[]> done = post(api, "/api/v1/tasks/" + task + "/" + action, who, json);
        assertThat(done.statusCode()).as(taskKey + ": " + ApiClient.text(done)).isEqualTo(200);
    }

    /** Today's closed cases counted by one dimension, key to count. */
    private static Map<String, Long> table(ApiClient api, String by) {
        String today = LocalDate.now(NZ).toString();
        return object(api.get("/api/v1/statistics/outcomes?from=" + today + "&to=" + today + "&by=" + by,
                "registrar", "registrar-demo")).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("key"), r -> r.getJsonNumber("count").longValue()));
    }

    static List<JsonObject> hearingSittings(ApiClient api, String reference) {
        return object(api.get("/api/v1/cases/" + reference + "/hearings", EXAMINER[0], EXAMINER[1]))
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<String> published(ApiClient api, String number) {
        return object(api.get("/api/v1/register/practitioners/" + number, null, null)).getJsonArray("sanctions")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("kind")).toList();
    }

    private static JsonObject appeals(ApiClient api, String reference) {
        return object(api.get("/api/v1/cases/" + reference + "/appeals", INVESTIGATOR[0], INVESTIGATOR[1]));
    }

    static JsonObject await(ApiClient api, String reference, Predicate<JsonObject> ready)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = appeals(api, reference);
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The appeals of " + reference + " never became ready: " + last);
    }

    private static HttpResponse<byte[]> post(ApiClient api, String path, String[] who, String json) {
        return api.postJson(path, who[0], who[1], json);
    }
}
