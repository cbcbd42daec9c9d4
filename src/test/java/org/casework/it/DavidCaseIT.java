package org.casework.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.demo.control.DemoComplaints;
import org.casework.demo.control.DemoScreenshot;
import org.casework.kernel.Sha256;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casework.it.ApiClient.array;
import static org.casework.it.ApiClient.object;

/**
 * The walking skeleton over HTTP on a real Payara Micro: David's complaint comes in through the public API, is
 * triaged by an investigator, decided by a case examiner, lettered, closed and counted.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class DavidCaseIT {

    static final String INVESTIGATOR = "investigator";
    static final String EXAMINER = "examiner";
    static final String REGISTRAR = "registrar";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void davidsComplaintTravelsFromThePortalToALetterAndTheStatistics() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("casework.it.smtp.port", 3025),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            davidsJourney(mail);
        } finally {
            mail.stop();
        }
    }

    private void davidsJourney(GreenMail mail) throws Exception {
        ApiClient api = new ApiClient(base.toString());
        long warningsBefore = warnings(api);
        byte[] screenshot = DemoScreenshot.png();

        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", JsonbBuilder.create().toJson(DemoComplaints.david())),
                ApiClient.Part.file("evidence", "post.png", "image/png", screenshot)));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        JsonObject receipt = object(submitted);
        String reference = receipt.getString("reference");
        String trackingCode = receipt.getString("trackingCode");
        assertThat(reference).matches("MSC-\\d{4}-\\d{6}");
        assertThat(trackingCode.replace("-", "")).hasSize(32);
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(reference));

        JsonObject status = object(api.get("/api/v1/complaints/" + reference, null, null,
                "X-Tracking-Code", trackingCode));
        assertThat(status.getString("status")).isEqualTo("Received");
        assertThat(api.get("/api/v1/complaints/" + reference, null, null, "X-Tracking-Code", "WRONG-CODE")
                .statusCode()).isEqualTo(404);

        assertThat(array(api.get("/api/v1/tasks", INVESTIGATOR, "investigator-demo")).stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("caseReference").equals(reference))
                .map(t -> t.getString("taskKey"))).containsExactly("triageComplaint");

        JsonObject caseFile = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        assertThat(caseFile.getJsonArray("postLinks").getString(0)).startsWith("https://www.facebook.com/");
        assertThat(caseFile.getJsonObject("practitioner").getJsonObject("registerMatch").getString("registrationNumber"))
                .isEqualTo(DemoComplaints.DAVID_REGISTRATION);
        JsonObject evidence = caseFile.getJsonArray("evidence").getJsonObject(0);
        assertThat(evidence.getString("sha256")).isEqualTo(Sha256.of(screenshot).hex());
        HttpResponse<byte[]> file = api.get("/api/v1/cases/" + reference + "/evidence/" + evidence.getInt("id"),
                INVESTIGATOR, "investigator-demo");
        assertThat(file.body()).isEqualTo(screenshot);

        assertThat(api.postJson("/api/v1/cases/" + reference + "/triage/assessing", INVESTIGATOR, "investigator-demo",
                "{}").statusCode()).isEqualTo(200);
        assertThat(object(api.get("/api/v1/complaints/" + reference, null, null, "X-Tracking-Code", trackingCode))
                .getString("status")).isEqualTo("Being assessed");

        HttpResponse<byte[]> triaged = api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "triageComplaint")
                + "/triage", INVESTIGATOR, "investigator-demo",
                "{\"decision\":\"ACCEPT\",\"note\":\"Patient confidentiality question\","
                        + "\"allegations\":[\"Confidentiality and privacy\"]}");
        assertThat(triaged.statusCode()).as(ApiClient.text(triaged)).isEqualTo(200);
        JsonObject triage = object(triaged).getJsonObject("triage");
        assertThat(triage.getJsonArray("allegations").getString(0)).isEqualTo("CONFIDENTIALITY_AND_PRIVACY");
        assertThat(triage.getJsonArray("suggestedClauses").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)).as("where the decision form starts")
                .containsExactly("MSC-SM-2020/7", "MSC-SM-2020/8", "MSC-SM-2020/10");
        reviseAllegations(api, reference);

        // the notice of investigation is drafted (asynchronously) and approved by someone other than who accepted
        String notice = awaitTask(api, reference, "approveLetters");
        assertThat(api.postJson("/api/v1/tasks/" + notice + "/letter-approval", INVESTIGATOR, "investigator-demo",
                "{\"approved\":true}").statusCode()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/tasks/" + notice + "/letter-approval", EXAMINER, "examiner-demo",
                "{\"approved\":true}").statusCode()).isEqualTo(200);
        // issued, the practitioner has 28 days to respond
        String response = awaitTask(api, reference, "recordPractitionerResponse");
        // read right after the task appears: the step's engine writes and its case changes commit as one
        JsonObject notified = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        assertThat(notified.getJsonObject("clocks").getString("responseDueOn"))
                .isEqualTo(LocalDate.now(ZoneId.of("Pacific/Auckland")).plusDays(28).toString());
        // the case file names a letter's kind by its key, as the letters' own list does, and in words beside it
        assertThat(notified.getJsonArray("letters").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("kind"), l -> l.getString("kindLabel"))
                .containsExactly(tuple("INVESTIGATION_NOTICE", "Notice of investigation to the practitioner"));
        // the notice is emailed to the address on the register, the PDF attached byte for byte as issued
        JsonObject noticeLetter = awaitEmailed(api, reference, "INVESTIGATION_NOTICE");
        assertThat(noticeLetter.getString("emailedTo")).isEqualTo("david.marsh@example.org");
        assertThat(Sha256.of(attachment(mail, "david.marsh@example.org", reference)).hex())
                .isEqualTo(noticeLetter.getString("sha256"));
        // a response posted to another step's task is refused
        assertThat(api.postJson("/api/v1/tasks/" + response + "/referral", INVESTIGATOR, "investigator-demo",
                "{\"note\":\"x\"}").statusCode()).isEqualTo(409);
        // an empty response is refused naming the field the request has
        HttpResponse<byte[]> empty = api.postJson("/api/v1/tasks/" + response + "/practitioner-response",
                INVESTIGATOR, "investigator-demo", "{\"note\":\" \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(object(empty).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("note");
        assertThat(api.postJson("/api/v1/tasks/" + response + "/practitioner-response", INVESTIGATOR,
                "investigator-demo", "{\"note\":\"I took the photos down and apologise.\"}").statusCode())
                .isEqualTo(200);
        // the case is investigated and referred by 'senior', who holds the case examiner role too
        assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "investigateCase") + "/referral",
                "senior", "senior-demo", "{\"note\":\"Photos identify patients; account public.\",\"expertOpinion\":"
                + "\"A privacy officer confirms the labels are legible.\",\"harm\":\"MINOR\","
                + "\"repeated\":true,\"intentional\":false,\"insightShown\":true}").statusCode()).isEqualTo(200);

        String decisionTask = awaitTask(api, reference, "caseExaminerDecision");
        // the sanctions guidance suggests a range from the facts recorded at referral; nothing is applied
        JsonObject suggestion = object(api.get("/api/v1/cases/" + reference, EXAMINER, "examiner-demo"))
                .getJsonObject("suggestion");
        assertThat(suggestion.getString("rule")).isEqualTo("identifiableWithInsight");
        assertThat(object(api.get("/api/v1/cases/" + reference, EXAMINER, "examiner-demo")).getJsonArray("steps")
                .getValuesAs(JsonObject.class)).extracting(st -> st.getString("step"))
                .containsSubsequence("recordPractitionerResponse", "expertOpinion", "investigateCase");
        assertThat(suggestion.getString("lowest") + "-" + suggestion.getString("highest")).isEqualTo("ADVICE-WARNING");
        String warning = "{\"outcome\":\"WARNING\",\"reasons\":\"Photos of patients, with names and dates "
                + "of birth visible, were posted on a public, geo-tagged account.\",\"clauses\":"
                + "[\"MSC-SM-2020/7\",\"MSC-SM-2020/8\",\"MSC-SM-2020/12\"]}";
        // four eyes: who investigated cannot decide, whatever roles they hold; the engine does not move
        assertThat(api.postJson("/api/v1/tasks/" + decisionTask + "/decision", "senior", "senior-demo", warning)
                .statusCode()).isEqualTo(403);
        assertThat(awaitTask(api, reference, "caseExaminerDecision")).isEqualTo(decisionTask);
        // and the refusal is in the case's own audit trail, not only under the request's address
        assertThat(array(api.get("/api/v1/admin/audit?max=50&target=" + URLEncoder.encode("case " + reference,
                StandardCharsets.UTF_8), "admin", "admin-demo")).getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("DENIED");
                    assertThat(e.getString("actor")).isEqualTo("senior");
                    assertThat(e.getString("detail")).contains("/decision", "triaged or investigated");
                });
        HttpResponse<byte[]> decided = api.postJson("/api/v1/tasks/" + decisionTask + "/decision", EXAMINER,
                "examiner-demo", warning);
        assertThat(decided.statusCode()).as(ApiClient.text(decided)).isEqualTo(200);

        // the letters are drafted, then approved by a second person: not by the examiner who decided
        String approval = awaitTask(api, reference, "approveLetters");
        assertThat(api.postJson("/api/v1/tasks/" + approval + "/letter-approval", EXAMINER, "examiner-demo",
                "{\"approved\":true}").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> approved = api.postJson("/api/v1/tasks/" + approval + "/letter-approval", INVESTIGATOR,
                "investigator-demo", "{\"approved\":true}");
        assertThat(approved.statusCode()).as(ApiClient.text(approved)).isEqualTo(200);

        // issued; the practitioner accepts the warning and the case closes
        String answer = awaitTask(api, reference, "awaitWarningAnswer");
        Instant beforeAnswer = Instant.now().minusSeconds(1);
        HttpResponse<byte[]> accepted = api.postJson("/api/v1/tasks/" + answer + "/warning-answer", INVESTIGATOR,
                "investigator-demo", "{\"answer\":\"ACCEPTED\"}");
        assertThat(accepted.statusCode()).as(ApiClient.text(accepted)).isEqualTo(200);

        JsonObject closed = object(accepted);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        // the warning stands: anyone can read it on the public register, without signing in, until it expires
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Auckland"));
        JsonObject entry = object(api.get("/api/v1/register/practitioners/" + DemoComplaints.DAVID_REGISTRATION,
                null, null));
        assertThat(entry.getString("name")).isEqualTo("David Marsh");
        assertThat(entry.getJsonArray("sanctions").getValuesAs(JsonObject.class)).anySatisfy(sanction -> {
            assertThat(sanction.getString("kind")).isEqualTo("WARNING");
            assertThat(sanction.getString("kindLabel")).isEqualTo("Warning");
            assertThat(sanction.getString("from")).isEqualTo(today.toString());
            assertThat(sanction.getString("until")).isEqualTo(today.plusYears(2).toString());
        });
        assertThat(entry.toString()).as("nothing of the case or the complaint").doesNotContain(reference, "Tom",
                "@example");
        assertThat(array(api.get("/api/v1/register/practitioners?name=marsh", null, null))
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("registrationNumber"))
                .contains(DemoComplaints.DAVID_REGISTRATION);
        assertThat(object(api.get("/api/v1/register/practitioners?name=Da", null, null)).getJsonArray("errors")
                .getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(api.get("/api/v1/register/practitioners/NO-SUCH-NUMBER", null, null).statusCode()).isEqualTo(404);
        // the regulator's own register follows the change feed: the warning, from the moment before it was accepted
        JsonObject feed = object(api.get("/api/v1/admin/register-changes?since=" + beforeAnswer, "admin",
                "admin-demo"));
        assertThat(feed.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(change -> {
            assertThat(change.getString("registrationNumber")).isEqualTo(DemoComplaints.DAVID_REGISTRATION);
            assertThat(change.getString("kind")).isEqualTo("WARNING");
            assertThat(change.getString("state")).isEqualTo("IN_FORCE");
            assertThat(change.getString("until")).isEqualTo(today.plusYears(2).toString());
        });
        assertThat(array(api.get("/api/v1/admin/register-changes?since=" + feed.getString("next"), "admin",
                "admin-demo"))).as("asked again from next: nothing new").isEmpty();
        assertThat(object(api.get("/api/v1/admin/register-changes?since=yesterday", "admin", "admin-demo"))
                .getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("since");
        assertThat(api.get("/api/v1/admin/register-changes", INVESTIGATOR, "investigator-demo").statusCode())
                .isEqualTo(403);
        assertThat(closed.getBoolean("processEnded")).as("the warning's two-year timer still runs").isFalse();
        assertThat(closed.getJsonObject("clocks").getString("warningExpiresOn")).isEqualTo(
                LocalDate.now(ZoneId.of("Pacific/Auckland")).plusYears(2).toString());
        assertThat(closed.getJsonArray("completedSteps").getValuesAs(JsonString::getString))
                .containsSubsequence("complaintReceived", "triageComplaint", "notifyPractitioner",
                        "recordPractitionerResponse", "investigateCase", "caseExaminerDecision",
                        "issueDecisionLetters", "awaitWarningAnswer", "closeCase");
        assertThat(closed.getJsonArray("drafts").getValuesAs(JsonObject.class))
                .allSatisfy(d -> assertThat(d.getString("state")).isEqualTo("ISSUED"));
        // the timeline: each workflow step in order with who completed it, and the case file's views
        List<JsonObject> timeline = array(api.get("/api/v1/cases/" + reference + "/timeline", EXAMINER,
                "examiner-demo")).getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(t -> t.getString("what")).containsSubsequence("Complaint received",
                "Triage complaint", "Notify practitioner of the allegations",
                "Investigate and refer to case examiners", "Case examiners' decision", "Close case");
        assertThat(timeline).filteredOn(t -> t.getString("what").equals("Triage complaint"))
                .extracting(t -> t.getString("by")).containsExactly(INVESTIGATOR);
        assertThat(timeline).anySatisfy(t -> assertThat(t.getString("what")).isEqualTo("VIEW_CASE case " + reference));
        assertThat(timeline).extracting(t -> Instant.parse(t.getString("at"))).isSorted();

        List<JsonObject> issued = array(api.get("/api/v1/cases/" + reference + "/letters", EXAMINER, "examiner-demo"))
                .getValuesAs(JsonObject.class);
        JsonObject letter = issued.stream().filter(l -> l.getString("kind").equals("DECISION_TO_PRACTITIONER"))
                .findFirst().orElseThrow();
        assertThat(issued).extracting(l -> l.getString("kind")).contains("OUTCOME_TO_COMPLAINANT");
        HttpResponse<byte[]> pdf = api.get("/api/v1/cases/" + reference + "/letters/" + letter.getInt("id"),
                EXAMINER, "examiner-demo");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = textOf(pdf.body());
        assertThat(text).contains("Clause 8 - Respect privacy and confidentiality",
                "your professional obligations to respect the confidentiality and privacy of patients apply to social "
                        + "media",
                "Social media and electronic communications, version One", "Outcome: Warning", reference,
                "A warning is published on the register for two years",
                "The allegations concern: confidentiality and privacy; professionalism.", "- Image (PNG) of ",
                "supplied by the complainant on");
        JsonObject toComplainant = issued.stream().filter(l -> l.getString("kind").equals("OUTCOME_TO_COMPLAINANT"))
                .findFirst().orElseThrow();
        assertThat(textOf(api.get("/api/v1/cases/" + reference + "/letters/" + toComplainant.getInt("id"), EXAMINER,
                "examiner-demo").body())).contains(reference, "Outcome: Warning", "published on the register for two "
                + "years").as("not the practitioner's response, the clauses or the evidence's EXIF facts")
                .doesNotContain("I took the photos down", "Clause 8", "41.28", "174.7", "GPS");

        assertThat(object(api.get("/api/v1/complaints/" + reference, null, null, "X-Tracking-Code", trackingCode))
                .getString("status")).isEqualTo("Closed");
        assertThat(warnings(api)).isEqualTo(warningsBefore + 1);

        // each decision letter reaches its recipient once, as issued; a warning has no employer letter
        JsonObject complainantLetter = awaitEmailed(api, reference, "OUTCOME_TO_COMPLAINANT");
        assertThat(complainantLetter.getString("emailedTo")).isEqualTo("tom.reweti@example.org");
        assertThat(Sha256.of(attachment(mail, "tom.reweti@example.org", reference)).hex())
                .isEqualTo(complainantLetter.getString("sha256"));
        assertThat(Sha256.of(attachment(mail, "david.marsh@example.org", reference, "decision letter")).hex())
                .isEqualTo(awaitEmailed(api, reference, "DECISION_TO_PRACTITIONER").getString("sha256"));
        holdsAt(() -> lettersMailed(mail, reference), 3, "notice, decision and outcome, each once");

        // the complainant's status page: the outcome in plain words and their own letter, nobody else's
        JsonObject publicStatus = object(api.get("/api/v1/complaints/" + reference, null, null, "X-Tracking-Code",
                trackingCode));
        assertThat(publicStatus.getString("outcome")).isEqualTo("WARNING");
        assertThat(publicStatus.getString("outcomeText")).isEqualTo("The practitioner was given a warning.");
        assertThat(publicStatus.getJsonArray("letters").getValuesAs(JsonObject.class)).extracting(l -> l.getInt("id"))
                .containsExactly(complainantLetter.getInt("id"));
        String complainantsLetter = "/api/v1/complaints/" + reference + "/letters/";
        HttpResponse<byte[]> own = api.get(complainantsLetter + complainantLetter.getInt("id"), null, null,
                "X-Tracking-Code", trackingCode);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Sha256.of(own.body()).hex()).isEqualTo(complainantLetter.getString("sha256"));
        assertThat(api.get(complainantsLetter + awaitEmailed(api, reference, "DECISION_TO_PRACTITIONER").getInt("id"),
                null, null, "X-Tracking-Code", trackingCode).statusCode()).as("the practitioner's letter").isEqualTo(404);
        assertThat(api.get(complainantsLetter + complainantLetter.getInt("id"), null, null, "X-Tracking-Code",
                "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA").statusCode()).as("a wrong code").isEqualTo(404);

        // a correction is the next version, approved by someone other than who asked for it, and emailed; the first
        // version stays on file as issued
        JsonObject first = awaitEmailed(api, reference, "DECISION_TO_PRACTITIONER");
        String corrections = "/api/v1/cases/" + reference + "/letters/" + first.getInt("id") + "/corrections";
        HttpResponse<byte[]> noReason = api.postJson(corrections, INVESTIGATOR, "investigator-demo", "{\"reason\":\" \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(object(noReason).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        HttpResponse<byte[]> requested = api.postJson(corrections, INVESTIGATOR, "investigator-demo",
                "{\"reason\":\"The letter gave the wrong date for the posts.\"}");
        assertThat(requested.statusCode()).as(ApiClient.text(requested)).isEqualTo(202);
        String correction = awaitTask(api, reference, "approveLetters");
        assertThat(api.postJson("/api/v1/tasks/" + correction + "/letter-approval", INVESTIGATOR, "investigator-demo",
                "{\"approved\":true}").statusCode()).as("who asked for it cannot approve it").isEqualTo(403);
        assertThat(api.postJson("/api/v1/tasks/" + correction + "/letter-approval", EXAMINER, "examiner-demo",
                "{\"approved\":true}").statusCode()).isEqualTo(200);
        JsonObject second = awaitVersion(api, reference, first.getInt("id"));
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getString("correctionReason")).isEqualTo("The letter gave the wrong date for the posts.");
        assertThat(textOf(api.get("/api/v1/cases/" + reference + "/letters/" + second.getInt("id"), EXAMINER,
                "examiner-demo").body())).contains("This letter replaces our letter of", "(version 1), which "
                + "contained an error: The letter gave the wrong date for the posts.", "Outcome: Warning");
        assertThat(Sha256.of(api.get("/api/v1/cases/" + reference + "/letters/" + first.getInt("id"), EXAMINER,
                "examiner-demo").body()).hex()).as("the first version unchanged").isEqualTo(first.getString("sha256"));
        assertThat(api.postJson(corrections, INVESTIGATOR, "investigator-demo", "{\"reason\":\"Again.\"}")
                .statusCode()).as("only the latest version is corrected").isEqualTo(409);
        awaitEmailed(api, reference, second.getInt("id"));
        assertThat(lettersMailed(mail, reference)).as("the correction emailed too, once").isEqualTo(4);

        // staff write to the practitioner from the case, the corrected letter attached; every bad field at once
        String messages = "/api/v1/cases/" + reference + "/messages";
        HttpResponse<byte[]> badMessage = api.postJson(messages, INVESTIGATOR, "investigator-demo",
                "{\"recipient\":\"NOBODY\",\"subject\":\"\",\"body\":\" \"}");
        assertThat(badMessage.statusCode()).isEqualTo(400);
        assertThat(object(badMessage).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("recipient", "subject", "body");
        assertThat(api.postJson(messages, INVESTIGATOR, "investigator-demo", "{\"recipient\":\"PRACTITIONER\","
                + "\"subject\":\"Hello\\r\\nBcc: someone@evil.example\",\"body\":\"x\"}").statusCode())
                .as("a line break in the subject would start a mail header").isEqualTo(400);
        assertThat(api.postJson(messages, REGISTRAR, "registrar-demo", "{\"recipient\":\"PRACTITIONER\","
                + "\"subject\":\"x\",\"body\":\"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> sent = api.postJson(messages, INVESTIGATOR, "investigator-demo", "{\"recipient\":"
                + "\"PRACTITIONER\",\"subject\":\"About your letter, case " + reference + "\",\"body\":\"Please "
                + "find the corrected letter attached.\",\"letterId\":" + second.getInt("id") + "}");
        assertThat(sent.statusCode()).as(ApiClient.text(sent)).isEqualTo(201);
        assertThat(object(sent).getString("addressedTo")).isEqualTo("david.marsh@example.org");
        assertThat(Sha256.of(attachment(mail, "david.marsh@example.org", reference, "About your letter")).hex())
                .as("the letter as issued").isEqualTo(second.getString("sha256"));
        List<JsonObject> correspondence = array(api.get("/api/v1/cases/" + reference + "/correspondence",
                INVESTIGATOR, "investigator-demo")).getValuesAs(JsonObject.class);
        assertThat(correspondence).extracting(c -> c.getString("title")).contains("Notice of investigation to the "
                + "practitioner", "Outcome letter to the complainant");
        JsonObject last = correspondence.get(correspondence.size() - 1);
        assertThat(last.getString("title")).isEqualTo("About your letter, case " + reference);
        assertThat(last.getString("party")).isEqualTo("the practitioner");
        assertThat(last.getString("delivery")).isEqualTo("emailed to david.marsh@example.org");
        assertThat(correspondence).extracting(c -> Instant.parse(c.getString("at"))).isSorted();

        // a message may start from a template the administrators keep, with the case's facts put in
        JsonObject draft = object(api.get(messages + "/draft?template=employer-information", INVESTIGATOR,
                "investigator-demo"));
        assertThat(draft.getString("recipient")).isEqualTo("EMPLOYER");
        assertThat(draft.getString("subject")).isEqualTo("Complaint " + reference + " about David Marsh");
        assertThat(draft.getString("body")).startsWith("Dear Wellington Community Laboratory,")
                .contains("(" + reference + ") about David Marsh's use of social media", "Ivy Investigator")
                .doesNotContain("{", "}");
        assertThat(api.get(messages + "/draft?template=no-such-template", INVESTIGATOR, "investigator-demo")
                .statusCode()).isEqualTo(404);
        assertThat(api.get(messages + "/draft?template=employer-information", REGISTRAR, "registrar-demo")
                .statusCode()).isEqualTo(403);
        String templates = "/api/v1/admin/message-templates";
        HttpResponse<byte[]> unknownFact = api.putJson(templates + "/chase-hdc", "admin", "admin-demo", "{\"name\":"
                + "\"Chase\",\"recipient\":\"PRACTITIONER\",\"subject\":\"{reference}\",\"body\":"
                + "\"Dear {practitoner}\"}");
        assertThat(unknownFact.statusCode()).isEqualTo(400);
        assertThat(object(unknownFact).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        assertThat(api.putJson(templates + "/chase-hdc", INVESTIGATOR, "investigator-demo", "{\"name\":\"Chase\","
                + "\"recipient\":\"PRACTITIONER\",\"subject\":\"x\",\"body\":\"x\"}").statusCode())
                .as("administrators keep them").isEqualTo(403);
        HttpResponse<byte[]> saved = api.putJson(templates + "/thank-you", "admin", "admin-demo", "{\"name\":"
                + "\"Thanks for the response\",\"recipient\":\"PRACTITIONER\",\"subject\":\"Complaint "
                + "{reference}\",\"body\":\"Dear {practitioner},\\n\\nThank you.\\n\\n{sender}\"}");
        assertThat(saved.statusCode()).as(ApiClient.text(saved)).isEqualTo(200);
        assertThat(array(api.get(templates, "admin", "admin-demo")).getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("key")).contains("thank-you", "response-deadline", "employer-information",
                        "complainant-update");
        assertThat(object(api.get(messages + "/draft?template=thank-you", INVESTIGATOR, "investigator-demo"))
                .getString("body")).isEqualTo("Dear David Marsh,\n\nThank you.\n\nIvy Investigator");
        assertThat(api.delete(templates + "/thank-you", "admin", "admin-demo").statusCode()).isEqualTo(204);
        assertThat(api.get(messages + "/draft?template=thank-you", INVESTIGATOR, "investigator-demo").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAdministratorPreviewsThenImportsAPolicyVersion() {
        ApiClient api = new ApiClient(base.toString());
        String file = "{\"document\":{\"code\":\"MSC-PRIV\",\"title\":\"Privacy guidance\",\"issuer\":"
                + "\"Medical Sciences Council\"},\"version\":{\"label\":\"One\",\"effectiveFrom\":\"2027-01-01\"},"
                + "\"clauses\":[{\"number\":\"1\",\"heading\":\"Scope\",\"text\":\"Applies to:\\n- posts\"},"
                + "{\"number\":\"2\",\"heading\":\"Consent <script>\",\"text\":\"Ask first.\"}]}";
        assertThat(api.postJson("/api/v1/admin/policy-versions?preview=true", INVESTIGATOR, "investigator-demo", file)
                .statusCode()).as("administrators only").isEqualTo(403);

        JsonObject preview = object(api.postJson("/api/v1/admin/policy-versions?preview=true", "admin", "admin-demo",
                file));
        assertThat(preview.getBoolean("stored")).isFalse();
        assertThat(preview.getJsonArray("clauses").getValuesAs(JsonObject.class)).extracting(c -> c.getString("clauseId"))
                .containsExactly("MSC-PRIV-2027/1", "MSC-PRIV-2027/2");
        assertThat(clauseIds(api)).as("a preview stores nothing").doesNotContain("MSC-PRIV-2027/1");

        HttpResponse<byte[]> bad = api.postJson("/api/v1/admin/policy-versions", "admin", "admin-demo",
                file.replace("\"number\":\"2\"", "\"number\":\"1\"").replace("\"Scope\"", "\"\""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(object(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("clauses[0].heading", "clauses[1].number");
        assertThat(clauseIds(api)).as("a refused file stores nothing").doesNotContain("MSC-PRIV-2027/1");

        HttpResponse<byte[]> imported = api.postJson("/api/v1/admin/policy-versions", "admin", "admin-demo", file);
        assertThat(imported.statusCode()).as(ApiClient.text(imported)).isEqualTo(201);
        assertThat(object(imported).getBoolean("newDocument")).isTrue();
        assertThat(clauseIds(api)).contains("MSC-PRIV-2027/1", "MSC-PRIV-2027/2");
        JsonObject replaced = object(api.postJson("/api/v1/admin/policy-versions", "admin", "admin-demo",
                file.replace("Ask first.", "Always ask first.")));
        assertThat(replaced.getBoolean("replaces")).as("not yet cited: the text may still be corrected").isTrue();

        String yaml = """
                document: {code: MSC-PRIV}
                version: {label: Two, effectiveFrom: 2028-01-01}
                clauses:
                  - {number: 1, heading: Scope, text: "Applies to posts and messages."}
                """;
        JsonObject yamlPreview = object(api.post("/api/v1/admin/policy-versions?preview=true", "admin", "admin-demo",
                "application/yaml", yaml));
        assertThat(yamlPreview.getString("supersedes")).isEqualTo("One");
        assertThat(yamlPreview.getJsonArray("clauses").getJsonObject(0).getString("clauseId"))
                .isEqualTo("MSC-PRIV-2028/1");
        HttpResponse<byte[]> badYaml = api.post("/api/v1/admin/policy-versions", "admin", "admin-demo",
                "application/yaml", "document: !!java.io.File [/etc/passwd]");
        assertThat(badYaml.statusCode()).isEqualTo(400);
        assertThat(object(badYaml).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(clauseIds(api)).as("a preview and a refused file store nothing").doesNotContain("MSC-PRIV-2028/1");
    }

    /** The investigator adjusts the allegations' clauses; a clause not in force on the conduct date is refused. */
    private void reviseAllegations(ApiClient api, String reference) {
        String path = "/api/v1/cases/" + reference + "/allegations";
        JsonObject revised = object(api.send("PUT", path, INVESTIGATOR, "investigator-demo", "[{\"category\":"
                + "\"CONFIDENTIALITY_AND_PRIVACY\",\"clauses\":[\"MSC-SM-2020/8\",\"MSC-SM-2020/7\"]},"
                + "{\"category\":\"Professionalism\",\"clauses\":[\"MSC-SM-2020/5\"]}]"));
        JsonObject triage = revised.getJsonObject("triage");
        assertThat(triage.getJsonArray("allegations").getValuesAs(JsonString::getString))
                .containsExactly("CONFIDENTIALITY_AND_PRIVACY", "PROFESSIONALISM");
        assertThat(triage.getJsonArray("suggestedClauses").getValuesAs(JsonString::getString))
                .as("the decision form starts from the clauses the investigator linked")
                .containsExactly("MSC-SM-2020/5", "MSC-SM-2020/7", "MSC-SM-2020/8");
        assertThat(triage.getJsonArray("allegedClauses").getJsonObject(0).getJsonArray("clauses")
                .getValuesAs(JsonString::getString)).containsExactly("MSC-SM-2020/7", "MSC-SM-2020/8");

        HttpResponse<byte[]> unknown = api.send("PUT", path, INVESTIGATOR, "investigator-demo",
                "[{\"category\":\"PROFESSIONALISM\",\"clauses\":[\"MSC-SM-2020/99\"]}]");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(object(unknown).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("allegations[0].clauses");
        String code = "FUT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(api.postJson("/api/v1/admin/policy-versions", "admin", "admin-demo", "{\"document\":{\"code\":\""
                + code + "\",\"title\":\"Future guidance\",\"issuer\":\"MSC\"},\"version\":{\"label\":\"One\","
                + "\"effectiveFrom\":\"2099-01-01\"},\"clauses\":[{\"number\":\"1\",\"heading\":\"Later\","
                + "\"text\":\"Not yet.\"}]}").statusCode()).isEqualTo(201);
        HttpResponse<byte[]> notInForce = api.send("PUT", path, INVESTIGATOR, "investigator-demo",
                "[{\"category\":\"PROFESSIONALISM\",\"clauses\":[\"" + code + "-2099/1\"]}]");
        assertThat(notInForce.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(notInForce)).contains(code + "-2099/1", "version One", "was not in force on 2026-",
                "from 2099-01-01");
        assertThat(object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"))
                .getJsonObject("triage").getJsonArray("suggestedClauses").getValuesAs(JsonString::getString))
                .as("a refused revision changes nothing").containsExactly("MSC-SM-2020/5", "MSC-SM-2020/7",
                        "MSC-SM-2020/8");
        assertThat(api.send("PUT", path, REGISTRAR, "registrar-demo", "[]").statusCode()).isEqualTo(403);
    }

    private static List<String> clauseIds(ApiClient api) {
        return array(api.get("/api/v1/policies/clauses", "admin", "admin-demo")).getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("clauseId")).toList();
    }

    @Test
    void anAdministratorRewordsTheNoticeAndTheNextNoticeIsWrittenInTheNewWords() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String templates = "/api/v1/admin/letter-templates";
        assertThat(api.get(templates, INVESTIGATOR, "investigator-demo").statusCode()).as("administrators only")
                .isEqualTo(403);
        List<JsonObject> all = array(api.get(templates, "admin", "admin-demo")).getValuesAs(JsonObject.class);
        assertThat(all).hasSize(38).extracting(t -> t.getString("key"))
                .contains("ACKNOWLEDGEMENT.COMPLAINANT", "INVESTIGATION_NOTICE.PRACTITIONER", "WARNING.PRACTITIONER",
                        "HDC_FORWARDED.OTHER_BODY", "HEARING_NOTICE.PRACTITIONER", "HEARING_DATE.PRACTITIONER", "INTERIM_ORDER.PRACTITIONER", "ERASURE.PRACTITIONER", "CENSURE.PRACTITIONER",
                        "CENSURE.EMPLOYER", "RESPONSE_REMINDER.PRACTITIONER",
                        "REFERRED_ELSEWHERE.COMPLAINANT", "REFERRED_ELSEWHERE.OTHER_BODY",
                        "WARNING.COMPLAINANT", "SUSPENSION.EMPLOYER");
        String notice = templates + "/INVESTIGATION_NOTICE.PRACTITIONER";
        String shipped = object(api.get(notice, "admin", "admin-demo")).getString("body");

        HttpResponse<byte[]> refused = api.putJson(notice, "admin", "admin-demo", jsonOf("Notice {reference}",
                "Dear {practitioner}, your tracking code is {trackingCode}.\n\n{description}\n\n{responseDays}"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(refused)).contains("\"field\":\"body\"", "{trackingCode}");
        HttpResponse<byte[]> withoutDays = api.putJson(notice, "admin", "admin-demo", jsonOf("Notice {reference}",
                "Dear {practitioner},\n\n{description}"));
        assertThat(ApiClient.text(withoutDays)).contains("must keep {responseDays}");
        assertThat(object(api.get(notice, "admin", "admin-demo")).getString("body")).as("nothing changed")
                .isEqualTo(shipped);

        try {
            JsonObject reworded = object(api.putJson(notice, "admin", "admin-demo", jsonOf(
                    "Investigation of complaint {reference}", "Tēnā koe {practitioner},\n\n# Kōrero\n\n"
                            + "{description}\n\nPlease answer within {responseDays} days: <script>x</script>")));
            assertThat(reworded.getBoolean("edited")).isTrue();
            assertThat(reworded.getString("updatedBy")).isEqualTo("admin");
            assertThat(textOf(api.get(notice + "/sample.pdf", "admin", "admin-demo").body()))
                    .contains("Tēnā koe Sample Practitioner", "Please answer within 28 days: <script>x</script>");

            HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                    "complaint", JsonbBuilder.create().toJson(DemoComplaints.sarah()))));
            String reference = object(submitted).getString("reference");
            assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "triageComplaint") + "/triage",
                    INVESTIGATOR, "investigator-demo", "{\"decision\":\"ACCEPT\",\"note\":\"Investigate\","
                            + "\"allegations\":[\"Professionalism\"]}").statusCode()).isEqualTo(200);
            assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "approveLetters")
                    + "/letter-approval", EXAMINER, "examiner-demo", "{\"approved\":true}").statusCode())
                    .isEqualTo(200);
            awaitTask(api, reference, "recordPractitionerResponse");
            JsonObject letter = array(api.get("/api/v1/cases/" + reference + "/letters", EXAMINER, "examiner-demo"))
                    .getValuesAs(JsonObject.class).get(0);
            String text = textOf(api.get("/api/v1/cases/" + reference + "/letters/" + letter.getInt("id"), EXAMINER,
                    "examiner-demo").body());
            assertThat(text).contains("Investigation of complaint " + reference, "Kōrero",
                    "Please answer within 28 days: <script>x</script>").doesNotContain("You may wish to seek advice");
        } finally {
            JsonObject reset = object(api.delete(notice, "admin", "admin-demo"));
            assertThat(reset.getString("body")).isEqualTo(shipped);
            assertThat(reset.getBoolean("edited")).isFalse();
        }
    }

    private static String jsonOf(String subject, String body) {
        return Json.createObjectBuilder().add("subject", subject).add("body", body)
                .build().toString();
    }

    @Test
    void workQueuesPageFilterAndLeaveATaskWithWhoeverTookIt() {
        ApiClient api = new ApiClient(base.toString());
        String name = "Queue " + UUID.randomUUID().toString().substring(0, 8);
        String sarah = JsonbBuilder.create().toJson(DemoComplaints.sarah()).replace("Sarah Collins", name);
        List<String> references = new ArrayList<>();
        references.add(submit(api, sarah.replace("demo-sarah-wfh", "q1"), List.of()));
        references.add(submit(api, sarah.replace("demo-sarah-wfh", "q2"), List.of()));
        references.add(submit(api, sarah.replace("\"INSTAGRAM\"", "\"TIKTOK\"")
                .replace("https://www.instagram.com/p/demo-sarah-wfh/", "https://www.tiktok.com/@q/video/3"), List.of()));
        String triage = awaitTask(api, references.get(2), "triageComplaint");
        String team = "/api/v1/tasks/queues/team?practitioner=" + name.toUpperCase().replace(" ", "%20");

        JsonObject diagram = object(api.get("/api/v1/cases/" + references.get(2) + "/diagram", INVESTIGATOR,
                "investigator-demo"));
        assertThat(diagram.getString("xml")).contains("id=\"complaintHandling\"", "id=\"triageComplaint\"");
        assertThat(diagram.getJsonArray("current").getValuesAs(JsonString::getString)).as("and the acknowledgement, while its mail is on its way").contains("triageComplaint");
        assertThat(diagram.getJsonArray("completed").getValuesAs(JsonString::getString)).contains("complaintReceived");
        assertThat(api.get("/api/v1/cases/" + references.get(2) + "/diagram", REGISTRAR, "registrar-demo")
                .statusCode()).isEqualTo(403);

        JsonObject all = object(api.get(team, INVESTIGATOR, "investigator-demo"));
        assertThat(all.getInt("total")).as("found by the practitioner's name, in any case").isEqualTo(3);
        assertThat(all.getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getString("caseReference"))
                .containsExactlyInAnyOrderElementsOf(references);
        assertThat(object(api.get(team + "&platform=tiktok", INVESTIGATOR, "investigator-demo"))
                .getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getString("caseReference"))
                .containsExactly(references.get(2));
        assertThat(object(api.get(team + "&overdue=true", INVESTIGATOR, "investigator-demo")).getInt("total"))
                .as("new tasks are not overdue").isZero();
        for (String order : List.of("&sort=due", "&sort=name&order=desc", "&reference=" + references.get(1))) {
            assertThat(object(api.get(team + order, INVESTIGATOR, "investigator-demo")).getJsonArray("tasks")
                    .getValuesAs(JsonObject.class)).as(order).extracting(t -> t.getString("caseReference"))
                    .containsAnyElementsOf(references).hasSize(order.startsWith("&reference") ? 1 : 3);
        }
        // newest first, two pages: together every task once, in order (MariaDB keeps task times to the second, so
        // tasks of the same second come in the engine's tie-break order)
        JsonObject newestFirst = object(api.get(team + "&sort=created&order=desc&max=2", INVESTIGATOR,
                "investigator-demo"));
        assertThat(newestFirst.getInt("total")).isEqualTo(3);
        List<JsonObject> pages = new ArrayList<>(newestFirst.getJsonArray("tasks").getValuesAs(JsonObject.class));
        assertThat(pages).hasSize(2);
        pages.addAll(object(api.get(team + "&sort=created&order=desc&max=2&first=2", INVESTIGATOR,
                "investigator-demo")).getJsonArray("tasks").getValuesAs(JsonObject.class));
        assertThat(pages).extracting(t -> t.getString("caseReference")).containsExactlyInAnyOrderElementsOf(references);
        assertThat(pages).extracting(t -> Instant.parse(t.getString("created")))
                .isSortedAccordingTo(Comparator.reverseOrder());

        long mineBefore = object(api.get("/api/v1/tasks/queues", INVESTIGATOR, "investigator-demo"))
                .getJsonNumber("MINE").longValue();
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/claim", INVESTIGATOR, "investigator-demo", "{}")
                .statusCode()).isEqualTo(200);
        assertThat(object(api.get("/api/v1/tasks/queues", INVESTIGATOR, "investigator-demo")).getJsonNumber("MINE")
                .longValue()).as("the count badge").isEqualTo(mineBefore + 1);
        assertThat(object(api.get("/api/v1/tasks/queues/mine?practitioner=" + name.replace(" ", "%20"),
                INVESTIGATOR, "investigator-demo")).getInt("total")).isEqualTo(1);
        assertThat(object(api.get(team + "&unassigned=true", INVESTIGATOR, "investigator-demo")).getInt("total"))
                .isEqualTo(2);
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/claim", "senior", "senior-demo", "{}").statusCode())
                .as("not taken from whoever holds it").isEqualTo(409);
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/release", "senior", "senior-demo", "{}").statusCode())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/release", INVESTIGATOR, "investigator-demo", "{}")
                .statusCode()).isEqualTo(200);
        assertThat(object(api.get(team + "&unassigned=true", INVESTIGATOR, "investigator-demo")).getInt("total"))
                .isEqualTo(3);

        HttpResponse<byte[]> badSort = api.get(team + "&sort=colour", INVESTIGATOR, "investigator-demo");
        assertThat(badSort.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(badSort)).contains("\"field\":\"sort\"");
        assertThat(api.get(team + "&max=1000", INVESTIGATOR, "investigator-demo").statusCode()).isEqualTo(400);
        assertThat(api.get(team, REGISTRAR, "registrar-demo").statusCode()).isEqualTo(403);
    }

    @Test
    void staffFindCasesByPractitionerComplainantPostLinkReferenceAndPeriod() {
        ApiClient api = new ApiClient(base.toString());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String json = JsonbBuilder.create().toJson(DemoComplaints.sarah()).replace("Sarah Collins", "Search " + tag)
                .replace("hana.whitfield@example.org", "hana." + tag + "@example.org")
                .replace("https://www.instagram.com/p/demo-sarah-wfh/", "https://www.instagram.com/p/" + tag + "/");
        String reference = submit(api, json, List.of());
        String today = LocalDate.now(ZoneId.of("Pacific/Auckland")).toString();
        for (String query : List.of("practitioner=search%20" + tag.toUpperCase(), "complainant=HANA." + tag
                        + "@example.org", "postUrl=" + URLEncoder.encode("https://instagram.com/p/" + tag
                        + "/?utm_source=ig_web_copy_link", StandardCharsets.UTF_8),
                "reference=" + reference.substring(reference.length() - 6) + "&practitioner=" + tag,
                "platform=instagram&stage=received&from=" + today + "&to=" + today + "&practitioner=" + tag)) {
            JsonObject found = object(api.get("/api/v1/cases?" + query, INVESTIGATOR, "investigator-demo"));
            assertThat(found.getJsonArray("cases").getValuesAs(JsonObject.class)).as(query)
                    .extracting(c -> c.getString("reference")).containsExactly(reference);
        }
        assertThat(object(api.get("/api/v1/cases?outcome=warning&practitioner=" + tag, INVESTIGATOR,
                "investigator-demo")).getInt("total")).isZero();
        assertThat(object(api.get("/api/v1/cases?to=" + today, INVESTIGATOR, "investigator-demo")).getInt("total"))
                .as("every case received until today").isGreaterThanOrEqualTo(4);

        for (String[] bad : new String[][] {{"stage=lost", "stage"}, {"from=2026-12-01&to=2026-11-01", "to"},
                {"postUrl=javascript:alert(1)", "postUrl"}, {"from=yesterday", "from"}, {"max=101", "max"}}) {
            HttpResponse<byte[]> refused = api.get("/api/v1/cases?" + bad[0], INVESTIGATOR, "investigator-demo");
            assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(object(refused).getJsonArray("errors").getJsonObject(0).getString("field")).as(bad[0])
                    .isEqualTo(bad[1]);
        }
        assertThat(api.get("/api/v1/cases?practitioner=" + tag, REGISTRAR, "registrar-demo").statusCode())
                .as("registrars never see personal details").isEqualTo(403);
    }

    /**
     * Referred at triage to the body it concerns, with the body's email address: a bad address is refused by field
     * and changes nothing; the referral letter, approved by a second person, is emailed to the body with a working
     * copy of the complainant's file, which they agreed to share.
     */
    @Test
    void aComplaintReferredToAnotherBodyIsEmailedThereWithWhatTheComplainantAgreedToShare() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("casework.it.smtp.port", 3025),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            ApiClient api = new ApiClient(base.toString());
            HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                    "complaint", JsonbBuilder.create().toJson(DemoComplaints.david()).replace("posts/1001",
                            "posts/body-" + UUID.randomUUID())),
                    ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png())));
            String reference = object(submitted).getString("reference");
            String triage = awaitTask(api, reference, "triageComplaint");
            HttpResponse<byte[]> refused = api.postJson("/api/v1/tasks/" + triage + "/triage", INVESTIGATOR,
                    "investigator-demo", "{\"decision\":\"REFER_TO_OTHER_BODY\",\"note\":\"Personal information.\","
                            + "\"referredTo\":\"the Privacy Commissioner\",\"referredToEmail\":\"not an address\"}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(object(refused).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("referredToEmail");
            assertThat(awaitTask(api, reference, "triageComplaint")).as("nothing changed").isEqualTo(triage);
            HttpResponse<byte[]> referred = api.postJson("/api/v1/tasks/" + triage + "/triage", INVESTIGATOR,
                    "investigator-demo", "{\"decision\":\"REFER_TO_OTHER_BODY\",\"note\":\"Personal information.\","
                            + "\"referredTo\":\"the Privacy Commissioner\",\"referredToEmail\":"
                            + "\"enquiries@privacy.example.org\"}");
            assertThat(referred.statusCode()).as(ApiClient.text(referred)).isEqualTo(200);
            assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "approveLetters")
                    + "/letter-approval", EXAMINER, "examiner-demo", "{\"approved\":true}").statusCode())
                    .isEqualTo(200);
            JsonObject letter = awaitEmailed(api, reference, "REFERRAL_TO_BODY");
            assertThat(letter.getString("emailedTo")).isEqualTo("enquiries@privacy.example.org");
            List<String> attached = new ArrayList<>();
            for (var message : mail.getReceivedMessagesForDomain("enquiries@privacy.example.org")) {
                if (message.getSubject().contains(reference) && message.getContent() instanceof Multipart parts) {
                    for (int i = 0; i < parts.getCount(); i++) {
                        if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                            attached.add(parts.getBodyPart(i).getContentType());
                        }
                    }
                }
            }
            assertThat(attached).hasSize(2);
            assertThat(attached.get(0)).startsWith("application/pdf");
            assertThat(attached.get(1)).startsWith("image/jpeg");
        } finally {
            mail.stop();
        }
    }

    /**
     * The regulator's settings may issue a set of letters as drafted (the integration server runs with
     * {@code casework.letters.without-approval=HDC}): forwarding to the Commissioner sends its three letters without
     * asking a second person, says so on each, and the case waits for the Commissioner at once.
     */
    @Test
    void lettersTheSettingsIssueWithoutApprovalAreIssuedAsDraftedAndSaySo() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("casework.it.smtp.port", 3025),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            forwardToTheCommissioner(mail);
        } finally {
            mail.stop();
        }
    }

    private void forwardToTheCommissioner(GreenMail mail) throws Exception {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(DemoComplaints.david()).replace("posts/1001",
                        "posts/hdc-" + UUID.randomUUID())),
                ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png())));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String reference = object(submitted).getString("reference");
        CaseAccessIT.awaitAcknowledged(api, reference, new String[] {INVESTIGATOR, "investigator-demo"});
        HttpResponse<byte[]> forwarded = api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "triageComplaint")
                + "/triage", INVESTIGATOR, "investigator-demo", "{\"decision\":\"FORWARD_TO_HDC\",\"note\":"
                + "\"A patient's care is in question: for the Commissioner first.\"}");
        assertThat(forwarded.statusCode()).as(ApiClient.text(forwarded)).isEqualTo(200);
        awaitTask(api, reference, "recordHdcDecision");
        // the three letters are issued by the engine's next steps: wait for them (no approval task will come)
        JsonObject file = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        for (Instant giveUp = Instant.now().plusSeconds(30); file.getJsonArray("letters").size() < 3
                && Instant.now().isBefore(giveUp); ) {
            Thread.sleep(200); // the poll's interval, not a wait standing in for the state
            file = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        }
        assertThat(file.getJsonArray("letters").getValuesAs(JsonObject.class)).extracting(l -> l.getString("kind"))
                .containsExactlyInAnyOrder("HDC_TRANSFER", "HDC_NOTICE_TO_COMPLAINANT", "HDC_NOTICE_TO_PRACTITIONER");
        assertThat(file.getJsonArray("drafts").getValuesAs(JsonObject.class)).hasSize(3).allSatisfy(d -> {
            assertThat(d.getString("state")).isEqualTo("ISSUED");
            assertThat(d.containsKey("reviewedBy")).as("nobody approved them").isFalse();
            assertThat(d.getString("reviewNote")).contains("settings do not ask a second person");
        });
        assertThat(array(api.get("/api/v1/cases/" + reference + "/timeline", INVESTIGATOR, "investigator-demo"))
                .getValuesAs(JsonObject.class)).extracting(t -> t.getString("what")).doesNotContain("Approve letters");

        // with casework.hdc.email set, the transfer is emailed to the Commissioner with the complainant's material
        // as working copies (pictures without their metadata), never the originals
        JsonObject transfer = null;
        for (Instant giveUp = Instant.now().plusSeconds(60); transfer == null || !transfer.containsKey("emailedAt"); ) {
            assertThat(Instant.now()).as("the transfer emailed within 60 s: " + transfer).isBefore(giveUp);
            transfer = array(api.get("/api/v1/cases/" + reference + "/letters", INVESTIGATOR, "investigator-demo"))
                    .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("kind").equals("HDC_TRANSFER"))
                    .findFirst().orElseThrow();
            if (!transfer.containsKey("emailedAt")) {
                Thread.sleep(200); // the poll's interval
            }
        }
        assertThat(transfer.getString("emailedTo")).isEqualTo("transfers@hdc.example.org");
        List<Part> parts = new ArrayList<>();
        for (var message : mail.getReceivedMessagesForDomain("transfers@hdc.example.org")) {
            if (message.getSubject().contains(reference) && message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    if (Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
                        parts.add(multipart.getBodyPart(i));
                    }
                }
            }
        }
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).getContentType()).startsWith("application/pdf");
        assertThat(Sha256.of(parts.get(0).getInputStream().readAllBytes()).hex()).isEqualTo(transfer.getString("sha256"));
        assertThat(parts.get(1).getContentType()).startsWith("image/jpeg");
        assertThat(parts.get(1).getFileName()).isEqualTo(reference + "-material-1.jpg");
        byte[] copy = parts.get(1).getInputStream().readAllBytes();
        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).as("no EXIF, no GPS position").doesNotContain("Exif");
        assertThat(Sha256.of(copy).hex()).as("not the original").isNotEqualTo(object(api.get("/api/v1/cases/"
                + reference, INVESTIGATOR, "investigator-demo")).getJsonArray("evidence").getJsonObject(0)
                .getString("sha256"));
    }

    @Test
    void internalNotesKeepTheirAuthorAndTimeAndNeverReachTheComplainant() {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(DemoComplaints.sarah()).replace("demo-sarah-wfh", "notes-"
                        + UUID.randomUUID()))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String reference = object(submitted).getString("reference");
        String trackingCode = object(submitted).getString("trackingCode");
        String notes = "/api/v1/cases/" + reference + "/notes";
        assertThat(array(api.get(notes, INVESTIGATOR, "investigator-demo"))).isEmpty();

        Instant before = Instant.now().minusSeconds(5);
        HttpResponse<byte[]> added = api.postJson(notes, INVESTIGATOR, "investigator-demo",
                "{\"text\":\"Complainant phoned: <b>she</b> has more screenshots.\\nWill send by Friday.\"}");
        assertThat(added.statusCode()).as(ApiClient.text(added)).isEqualTo(201);
        assertThat(object(added).getString("by")).isEqualTo(INVESTIGATOR);
        assertThat(Instant.parse(object(added).getString("at"))).isAfter(before);
        assertThat(api.postJson(notes, INVESTIGATOR, "investigator-demo", "{\"text\":\"Second note.\"}")
                .statusCode()).isEqualTo(201);

        JsonObject caseFile = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        assertThat(caseFile.getJsonArray("notes").getValuesAs(JsonObject.class)).extracting(n -> n.getString("note"))
                .containsExactly("Complainant phoned: <b>she</b> has more screenshots.\nWill send by Friday.",
                        "Second note.");
        assertThat(caseFile.getJsonArray("steps").getValuesAs(JsonObject.class))
                .as("notes are listed once, not again among the steps").noneMatch(s -> s.getString("step").equals("note"));
        assertThat(array(api.get("/api/v1/cases/" + reference + "/timeline", INVESTIGATOR, "investigator-demo"))
                .getValuesAs(JsonObject.class)).anySatisfy(e -> {
                    assertThat(e.getString("what")).isEqualTo("Internal note");
                    assertThat(e.getString("by")).isEqualTo(INVESTIGATOR);
                    assertThat(e.getString("note")).isEqualTo("Second note.");
                });

        for (String[] bad : new String[][] {{"{\"text\":\"  \"}", "text"}, {"{}", "text"},
                {"{\"text\":\"" + "x".repeat(5_001) + "\"}", "text"}, {"{\"text\":\"bell\\u0007\"}", "text"}}) {
            HttpResponse<byte[]> refused = api.postJson(notes, INVESTIGATOR, "investigator-demo", bad[0]);
            assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(object(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(bad[1]);
        }
        assertThat(api.postJson(notes, "southern", "southern-demo", "{\"text\":\"not my team\"}").statusCode())
                .as("an investigator of another team").isEqualTo(403);
        assertThat(api.postJson(notes, EXAMINER, "examiner-demo", "{\"text\":\"not referred\"}").statusCode())
                .as("a case examiner before referral").isEqualTo(403);
        assertThat(api.postJson(notes, REGISTRAR, "registrar-demo", "{\"text\":\"registrar\"}").statusCode())
                .isEqualTo(403);
        assertThat(array(api.get(notes, INVESTIGATOR, "investigator-demo"))).as("nothing refused was kept")
                .hasSize(2);

        String publicStatus = ApiClient.text(api.get("/api/v1/complaints/" + reference, null, null, "X-Tracking-Code",
                trackingCode));
        assertThat(publicStatus).contains(reference).doesNotContain("screenshots").doesNotContain("Second note")
                .doesNotContain(INVESTIGATOR);
    }

    @Test
    void viewsOpeningsOfOriginalsAndRefusalsAreInTheHashChainedAuditLog() {
        ApiClient api = new ApiClient(base.toString());
        String reference = submit(api, JsonbBuilder.create().toJson(DemoComplaints.sarah())
                .replace("demo-sarah-wfh", "audit-" + UUID.randomUUID()), List.of(
                ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png())));
        String triage = awaitTask(api, reference, "triageComplaint");
        JsonObject caseFile = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        int evidenceId = caseFile.getJsonArray("evidence").getJsonObject(0).getInt("id");
        assertThat(api.get("/api/v1/cases/" + reference + "/evidence/" + evidenceId, INVESTIGATOR,
                "investigator-demo").statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/triage", EXAMINER, "examiner-demo",
                "{\"decision\":\"CLOSE\",\"note\":\"x\"}").statusCode()).as("triage is for investigators")
                .isEqualTo(403);

        String audit = "/api/v1/admin/audit";
        assertThat(api.get(audit, INVESTIGATOR, "investigator-demo").statusCode()).isEqualTo(403);
        List<JsonObject> views = array(api.get(audit + "?target=case%20" + reference, "admin", "admin-demo"))
                .getValuesAs(JsonObject.class);
        assertThat(views).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("VIEW_CASE");
            assertThat(e.getString("actor")).isEqualTo(INVESTIGATOR);
            assertThat(e.getBoolean("allowed")).isTrue();
            assertThat(e.getString("source")).as("the address the request came from").isNotBlank();
        });
        assertThat(array(api.get(audit + "?target=evidence%20" + evidenceId + "%20of%20case%20" + reference, "admin",
                "admin-demo")).getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .containsExactly("OPEN_ORIGINAL");
        assertThat(array(api.get(audit + "?actor=" + EXAMINER, "admin", "admin-demo")).getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("DENIED");
                    assertThat(e.getBoolean("allowed")).isFalse();
                    assertThat(e.getString("target")).isEqualTo("case " + reference);
                    assertThat(e.getString("detail")).contains(triage);
                });
        JsonObject verification = object(api.get(audit + "/verification", "admin", "admin-demo"));
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        assertThat(verification.getJsonNumber("entries").longValue()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void staffApiRefusesWrongPasswordsStrangersAndTheWrongRole() {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> stranger = api.get("/api/v1/tasks", null, null);
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(api.get("/api/v1/tasks", INVESTIGATOR, "wrong-password").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/tasks", "nobody", "investigator-demo").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/tasks", INVESTIGATOR, "investigator-demo").statusCode()).isEqualTo(200);

        String reference = submit(api, JsonbBuilder.create().toJson(DemoComplaints.sarah()), List.of());
        // a registrar may not act on cases at all; a case examiner may not take an investigator's triage task
        assertThat(api.postJson("/api/v1/cases/" + reference + "/triage", REGISTRAR, "registrar-demo",
                "{\"decision\":\"ACCEPT\"}").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + reference, REGISTRAR, "registrar-demo").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> examinerTriage = api.postJson("/api/v1/cases/" + reference + "/triage", EXAMINER,
                "examiner-demo", "{\"decision\":\"ACCEPT\"}");
        assertThat(examinerTriage.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/statistics/outcomes", INVESTIGATOR, "investigator-demo").statusCode()).isEqualTo(403);
        // the case is still waiting at triage: nothing the refused calls tried happened
        assertThat(object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"))
                .getJsonArray("openTasks").getJsonObject(0).getString("taskKey")).isEqualTo("triageComplaint");
        // four eyes: whoever triaged a case cannot decide it, even holding the case examiner role
        assertThat(api.postJson("/api/v1/cases/" + reference + "/triage", "senior", "senior-demo",
                "{\"decision\":\"ACCEPT\"}").statusCode()).isEqualTo(200);
        String decision = "{\"outcome\":\"ADVICE\",\"reasons\":\"r\",\"clauses\":[\"MSC-SM-2020/8\"]}";
        assertThat(api.postJson("/api/v1/cases/" + reference + "/decision", "senior", "senior-demo", decision)
                .statusCode()).as("not yet at the decision").isEqualTo(409);
        String notice = awaitTask(api, reference, "approveLetters");
        assertThat(api.postJson("/api/v1/cases/" + reference + "/decision", EXAMINER, "examiner-demo", decision)
                .statusCode()).as("the notice is put to the examiners too, but the case is not at the decision")
                .isEqualTo(409);
        assertThat(api.postJson("/api/v1/tasks/" + notice + "/letter-approval",
                INVESTIGATOR, "investigator-demo", "{\"approved\":true}").statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "recordPractitionerResponse")
                + "/practitioner-response", "senior", "senior-demo", "{\"note\":\"None\"}").statusCode())
                .isEqualTo(200);
        assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "investigateCase") + "/referral",
                INVESTIGATOR, "investigator-demo", "{\"note\":\"Referred\",\"harm\":\"NONE\"}").statusCode())
                .isEqualTo(200);
        String decisionTask = awaitTask(api, reference, "caseExaminerDecision");
        assertThat(api.postJson("/api/v1/tasks/" + decisionTask + "/decision", "senior", "senior-demo", decision)
                .statusCode()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/tasks/" + decisionTask + "/decision", INVESTIGATOR, "investigator-demo",
                decision).statusCode()).isEqualTo(403);
        JsonObject waiting = object(api.get("/api/v1/cases/" + reference, EXAMINER, "examiner-demo"));
        assertThat(waiting.getJsonArray("openTasks").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("taskKey")).containsExactly("caseExaminerDecision");
        assertThat(waiting.containsKey("decision") && !waiting.isNull("decision")).isFalse();
        // the task API is described by the written contract at the server's /openapi (server url /api)
        HttpResponse<byte[]> openApi = new ApiClient(URI.create(base.toString()).resolve("/").toString())
                .get("/openapi", null, null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(ApiClient.text(openApi)).contains("url: /api", "/v1/tasks/{id}/decision:",
                "/v1/tasks/{id}/letter-approval:", "/v1/cases/{reference}/tasks:");
        // an evidence id of another case does not open through this case
        assertThat(api.get("/api/v1/cases/" + reference + "/evidence/1", INVESTIGATOR, "investigator-demo")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aFailingAcknowledgementBecomesAnIncidentThatStaffRetryOnceTheMailServerIsBack() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        // no SMTP server listens on the configured port yet: the step fails, is retried, then stops as an incident
        String reference = submit(api, JsonbBuilder.create().toJson(DemoComplaints.sarah()), List.of());
        JsonObject incident = awaitIncident(api, reference);
        assertThat(incident.getString("step")).isEqualTo("sendAcknowledgement");
        assertThat(awaitTask(api, reference, "triageComplaint")).as("the complaint is triaged all the same").isNotNull();

        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("casework.it.smtp.port", 3025),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            HttpResponse<byte[]> retried = api.postJson("/api/v1/cases/" + reference + "/incidents/"
                    + incident.getString("id") + "/retry", INVESTIGATOR, "investigator-demo", "{}");
            assertThat(retried.statusCode()).as(ApiClient.text(retried)).isEqualTo(200);
            holdsAt(() -> acknowledgements(mail, reference), 1, "the acknowledgement, sent exactly once");
            assertThat(object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"))
                    .getJsonArray("incidents")).isEmpty();
        } finally {
            mail.stop();
        }
    }

    /**
     * A letter that cannot be made (the letterhead logo file damaged on disk): the drafting step is retried, then
     * stops as an incident on the case; once the file is mended and staff retry the incident, the notice is drafted
     * once, approved and issued once.
     */
    @Test
    void aLetterThatCannotBeMadeBecomesAnIncidentAndIsDraftedOnceWhenRetried() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        Path logo = Path.of(System.getProperty("casework.it.logo"));
        byte[] good = Files.readAllBytes(logo);
        String reference = submit(api, JsonbBuilder.create().toJson(DemoComplaints.sarah()), List.of());
        String triage = awaitTask(api, reference, "triageComplaint");
        Files.write(logo, "not an image any more".getBytes(StandardCharsets.US_ASCII));
        JsonObject incident;
        try {
            assertThat(api.postJson("/api/v1/tasks/" + triage + "/triage", INVESTIGATOR, "investigator-demo",
                    "{\"decision\":\"ACCEPT\",\"note\":\"Patient photos\",\"allegations\":"
                            + "[\"Confidentiality and privacy\"]}").statusCode()).isEqualTo(200);
            incident = awaitIncident(api, reference, "draftLetters");
        } finally {
            Files.write(logo, good);
        }
        JsonObject stuck = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        assertThat(stuck.getJsonArray("drafts")).as("nothing half-made").isEmpty();
        assertThat(stuck.getJsonArray("openTasks").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("taskKey")).doesNotContain("approveLetters");
        assertThat(incident.getString("message")).isNotBlank();

        HttpResponse<byte[]> retried = api.postJson("/api/v1/cases/" + reference + "/incidents/"
                + incident.getString("id") + "/retry", INVESTIGATOR, "investigator-demo", "{}");
        assertThat(retried.statusCode()).as(ApiClient.text(retried)).isEqualTo(200);
        String approval = awaitTask(api, reference, "approveLetters");
        JsonObject drafted = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        assertThat(drafted.getJsonArray("drafts")).as("drafted exactly once").hasSize(1);
        assertThat(drafted.getJsonArray("incidents").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("step")).doesNotContain("draftLetters");
        assertThat(api.postJson("/api/v1/tasks/" + approval + "/letter-approval", EXAMINER, "examiner-demo",
                "{\"approved\":true}").statusCode()).isEqualTo(200);
        awaitTask(api, reference, "recordPractitionerResponse");
        assertThat(array(api.get("/api/v1/cases/" + reference + "/letters", EXAMINER, "examiner-demo")))
                .as("issued exactly once").hasSize(1);
    }

    /**
     * A complaint closed at triage: a case examiner approves the letter that tells the complainant, and the text of
     * the letter, once issued, is returned (30 s at most). Until then the case's process runs (and retention waits).
     */
    static String approveTheClosureLetter(ApiClient api, String reference) throws IOException, InterruptedException {
        String approval = awaitTask(api, reference, "approveLetters");
        HttpResponse<byte[]> approved = api.postJson("/api/v1/tasks/" + approval + "/letter-approval", EXAMINER,
                "examiner-demo", "{\"approved\":true}");
        assertThat(approved.statusCode()).as(ApiClient.text(approved)).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var letters = array(api.get("/api/v1/cases/" + reference + "/letters", EXAMINER, "examiner-demo"))
                    .getValuesAs(JsonObject.class);
            if (!letters.isEmpty()) {
                assertThat(letters).extracting(l -> l.getString("kind")).as("the complainant's letter only")
                        .containsExactly("OUTCOME_TO_COMPLAINANT");
                return textOf(api.get("/api/v1/cases/" + reference + "/letters/" + letters.get(0).getInt("id"),
                        EXAMINER, "examiner-demo").body());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The closure letter of " + reference + " was not issued within 30 s");
    }

    /** The letter that replaces the one given, once issued (30 s at most). */
    private static JsonObject awaitVersion(ApiClient api, String reference, int replaced) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var found = array(api.get("/api/v1/cases/" + reference + "/letters", EXAMINER, "examiner-demo"))
                    .getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.containsKey("replaces") && l.getInt("replaces") == replaced).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No correction of letter " + replaced + " was issued within 30 s");
    }

    /** The letter with that id once the mail server has accepted its email (60 s at most). */
    private static JsonObject awaitEmailed(ApiClient api, String reference, int id) throws InterruptedException {
        return awaitEmailed(api, reference, l -> l.getInt("id") == id, "letter " + id);
    }

    /** The first issued letter of that kind once the mail server has accepted its email (60 s at most). */
    private static JsonObject awaitEmailed(ApiClient api, String reference, String kind) throws InterruptedException {
        return awaitEmailed(api, reference, l -> l.getString("kind").equals(kind), kind);
    }

    private static JsonObject awaitEmailed(ApiClient api, String reference,
                                           Predicate<JsonObject> which, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            // The letters are issued after the approval's transaction commits, so the letter may not be listed yet.
            JsonObject letter = array(api.get("/api/v1/cases/" + reference + "/letters", EXAMINER, "examiner-demo"))
                    .getValuesAs(JsonObject.class).stream().filter(which).findFirst().orElse(null);
            if (letter == null && System.nanoTime() > deadline) {
                throw new AssertionError(what + " was not issued within 60 s; case incidents: "
                        + object(api.get("/api/v1/cases/" + reference, EXAMINER, "examiner-demo"))
                        .getJsonArray("incidents"));
            }
            if (letter != null && (letter.containsKey("emailedAt") || System.nanoTime() > deadline)) {
                assertThat(letter.containsKey("emailedAt")).as(what + " emailed: " + letter + "; case incidents: "
                        + object(api.get("/api/v1/cases/" + reference, EXAMINER, "examiner-demo"))
                        .getJsonArray("incidents")).isTrue();
                return letter;
            }
            Thread.sleep(200);
        }
    }

    private static byte[] attachment(GreenMail mail, String to, String reference) throws Exception {
        return attachment(mail, to, reference, "");
    }

    /** The PDF attached to the mail about the case sent to that address, whose subject contains {@code about}. */
    private static byte[] attachment(GreenMail mail, String to, String reference, String about) throws Exception {
        for (var message : mail.getReceivedMessagesForDomain(to)) {
            if (message.getSubject().contains(reference) && message.getSubject().contains(about)
                    && message.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                        assertThat(parts.getBodyPart(i).getContentType()).startsWith("application/pdf");
                        return parts.getBodyPart(i).getInputStream().readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError("No letter about " + reference + " (" + about + ") was emailed to " + to);
    }

    /** A count of what arrived, which may fail to read. */
    @FunctionalInterface
    interface Count {
        long now() throws Exception;
    }

    /** How long a count must stay where it is, once reached, for "exactly so many" to hold. */
    static final Duration QUIET = Duration.ofSeconds(3);

    /**
     * "Exactly so many": waits (up to 30 s) until the count reaches {@code expected}, then watches it for
     * {@link #QUIET} and fails the moment it moves; a fixed sleep would pass on a slow machine by luck.
     */
    static void holdsAt(Count count, long expected, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count.now() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(count.now()).as(what + ": reached").isEqualTo(expected);
        long quietUntil = System.nanoTime() + QUIET.toNanos();
        while (System.nanoTime() < quietUntil) {
            assertThat(count.now()).as(what + ": nothing more within " + QUIET.toSeconds() + " s").isEqualTo(expected);
            Thread.sleep(100);
        }
    }

    private static long lettersMailed(GreenMail mail, String reference) throws Exception {
        long count = 0;
        for (var message : mail.getReceivedMessages()) {
            if (message.getSubject().startsWith("Case " + reference + ":")) {
                count++;
            }
        }
        return count;
    }

    private static long acknowledgements(GreenMail mail, String reference) throws Exception {
        long count = 0;
        for (var message : mail.getReceivedMessages()) {
            if (message.getSubject().contains(reference)) {
                count++;
            }
        }
        return count;
    }

    private static JsonObject awaitIncident(ApiClient api, String reference) throws InterruptedException {
        return awaitIncident(api, reference, null);
    }

    /** The first incident on the case (of the given step, if one is given), within 60 s. */
    private static JsonObject awaitIncident(ApiClient api, String reference, String step) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var incidents = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"))
                    .getJsonArray("incidents").getValuesAs(JsonObject.class).stream()
                    .filter(i -> step == null || i.getString("step").equals(step)).findFirst();
            if (incidents.isPresent()) {
                return incidents.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No incident " + (step == null ? "" : "at " + step + " ") + "on " + reference
                + " within 60 s");
    }

    @Test
    void badComplaintsAreRefusedByFieldAndLeaveNothingBehind() throws IOException {
        ApiClient api = new ApiClient(base.toString());
        int tasksBefore = array(api.get("/api/v1/tasks", INVESTIGATOR, "investigator-demo")).size();
        long filesBefore = ServerSide.evidenceFiles();
        String david = JsonbBuilder.create().toJson(DemoComplaints.david());

        HttpResponse<byte[]> notAnImage = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", david),
                ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png()),
                ApiClient.Part.file("evidence", "post2.png", "image/png", "<html>not a png</html>".getBytes())));
        assertThat(notAnImage.statusCode()).isEqualTo(415);
        assertThat(notAnImage.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(object(notAnImage).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("evidence[1]");

        HttpResponse<byte[]> noEmail = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", david.replace("tom.reweti@example.org", ""))));
        assertThat(noEmail.statusCode()).isEqualTo(400);
        assertThat(object(noEmail).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("complainant.email");

        HttpResponse<byte[]> badDate = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", david.replace("2026-03-14", "14/03/2026"))));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(object(badDate).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("conductDate");

        assertThat(api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json("complaint", "{not json")))
                .statusCode()).isEqualTo(400);

        // the staff API's JSON bodies: not JSON, or JSON of the wrong shape, is the caller's error, not a 500 page
        String triageTask = array(api.get("/api/v1/tasks", INVESTIGATOR, "investigator-demo")).stream()
                .map(JsonObject.class::cast).filter(t -> t.getString("taskKey").equals("triageComplaint"))
                .findFirst().orElseThrow().getString("id");
        for (String body : List.of("{not json", "{\"decision\":[\"ACCEPT\"],\"allegations\":\"BOUNDARIES\"}")) {
            HttpResponse<byte[]> unreadable = api.postJson("/api/v1/tasks/" + triageTask + "/triage", INVESTIGATOR,
                    "investigator-demo", body);
            assertThat(unreadable.statusCode()).as(body).isEqualTo(400);
            assertThat(unreadable.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(object(unreadable).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        }

        assertThat(array(api.get("/api/v1/tasks", INVESTIGATOR, "investigator-demo")).size()).isEqualTo(tasksBefore);
        assertThat(ServerSide.evidenceFiles()).isEqualTo(filesBefore);
    }

    /** Waits for the case's open task of that step (asynchronous steps run on the job executor) and gives its id. */
    static String awaitTask(ApiClient api, String reference, String taskKey) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var open = array(api.get("/api/v1/cases/" + reference + "/tasks", INVESTIGATOR, "investigator-demo"))
                    .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("taskKey").equals(taskKey))
                    .findFirst();
            if (open.isPresent()) {
                return open.get().getString("id");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Case " + reference + " did not reach " + taskKey + " within 30 s");
    }

    private static String submit(ApiClient api, String json, List<ApiClient.Part> evidence) {
        List<ApiClient.Part> parts = new ArrayList<>(List.of(ApiClient.Part.json("complaint", json)));
        parts.addAll(evidence);
        HttpResponse<byte[]> response = api.postMultipart("/api/v1/complaints", parts);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(201);
        return object(response).getString("reference");
    }


    private static long warnings(ApiClient api) {
        JsonObject table = object(api.get("/api/v1/statistics/outcomes", REGISTRAR, "registrar-demo"));
        return table.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("key").equals("WARNING"))
                .mapToLong(r -> r.getJsonNumber("count").longValue()).sum();
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
