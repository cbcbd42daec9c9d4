package org.casework.it;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import static org.casework.it.ApiClient.object;

/**
 * Complaints about the same post, linked at intake, settled by an investigator on a real Payara Micro: a duplicate is
 * merged into the case (its evidence and links come over, it closes, its process ends, its complainant follows the
 * case and adds to it), another is kept apart; refused for other roles and teams, and for complaints not linked.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class RelatedComplaintsIT {

    static final String[] INVESTIGATOR = {"investigator", "investigator-demo"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDuplicateIsMergedIntoTheCaseAndAnotherKeptApart() {
        ApiClient api = new ApiClient(base.toString());
        String post = "https://www.facebook.com/david.marsh.demo/posts/" + UUID.randomUUID();
        String original = submit(api, post, false, null)[0];
        String[] duplicate = submit(api, post + "?fbclid=shared", true, null);
        String other = submit(api, post, false, null)[0];
        String unrelated = submit(api, "https://www.facebook.com/someone.else/posts/" + UUID.randomUUID(), false,
                "Someone Else " + UUID.randomUUID().toString().substring(0, 8))[0];
        CaseAccessIT.awaitTask(api, duplicate[0], "triageComplaint", INVESTIGATOR);
        assertThat(related(api, original)).contains(duplicate[0], other).doesNotContain(unrelated);
        // the register entry lists the practitioner's other cases with where they stand
        assertThat(caseFile(api, original).getJsonObject("practitioner").getJsonObject("registerMatch")
                .getJsonArray("previousCases").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("reference") + " " + p.getString("status"))
                .contains(duplicate[0] + " RECEIVED", other + " RECEIVED").doesNotContain(unrelated + " RECEIVED");
        String merge = "/api/v1/cases/" + original + "/related/" + duplicate[0] + "/merge";

        // refused: other roles and teams, a complaint that is not linked; nothing changes
        assertThat(api.postJson(merge, "examiner", "examiner-demo", "{}").statusCode()).isEqualTo(403);
        assertThat(api.postJson(merge, "registrar", "registrar-demo", "{}").statusCode()).isEqualTo(403);
        assertThat(api.postJson(merge, "southern", "southern-demo", "{}").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> notLinked = api.postJson("/api/v1/cases/" + original + "/related/" + unrelated
                + "/merge", INVESTIGATOR[0], INVESTIGATOR[1], "{}");
        assertThat(notLinked.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(notLinked)).contains("\"field\":\"related\"");
        assertThat(caseFile(api, unrelated).getString("status")).isEqualTo("RECEIVED");

        HttpResponse<byte[]> merged = api.postJson(merge, INVESTIGATOR[0], INVESTIGATOR[1], "{}");
        assertThat(merged.statusCode()).as(ApiClient.text(merged)).isEqualTo(200);
        JsonObject joined = object(merged);
        assertThat(joined.getJsonArray("evidence").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("sha256")).as("the duplicate's screenshot, byte for byte")
                .contains(Sha256.of(DemoScreenshot.png()).hex());
        assertThat(joined.getBoolean("processEnded")).isFalse();
        assertThat(joined.getJsonArray("steps").getValuesAs(JsonObject.class)).extracting(s -> s.getString("note"))
                .anySatisfy(note -> assertThat(note).contains(duplicate[0], "1 evidence file"));
        JsonObject gone = caseFile(api, duplicate[0]);
        assertThat(gone.getString("status")).isEqualTo("CLOSED");
        assertThat(gone.getString("mergedInto")).isEqualTo(original);
        assertThat(gone.getJsonArray("openTasks")).as("its process ended").isEmpty();
        assertThat(gone.getJsonArray("evidence")).isEmpty();
        assertThat(api.postJson(merge, INVESTIGATOR[0], INVESTIGATOR[1], "{}").statusCode()).as("merged already")
                .isEqualTo(409);

        // the duplicate's complainant follows the case it joined, and what they add lands there
        JsonObject status = object(api.get("/api/v1/complaints/" + duplicate[0], null, null, "X-Tracking-Code",
                duplicate[1]));
        assertThat(status.getString("reference")).isEqualTo(duplicate[0]);
        assertThat(status.getString("status")).isEqualTo("Received");
        HttpResponse<byte[]> added = api.postMultipart("/api/v1/complaints/" + duplicate[0] + "/additions",
                List.of(new ApiClient.Part("message", null, "text/plain",
                        "He has posted again.".getBytes(StandardCharsets.UTF_8))), "X-Tracking-Code", duplicate[1]);
        assertThat(added.statusCode()).as(ApiClient.text(added)).isEqualTo(200);
        assertThat(caseFile(api, original).getJsonArray("messages").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("body")).contains("He has posted again.");

        // the other is a different matter: kept apart, still waiting at triage
        HttpResponse<byte[]> apart = api.delete("/api/v1/cases/" + original + "/related/" + other, INVESTIGATOR[0],
                INVESTIGATOR[1]);
        assertThat(apart.statusCode()).as(ApiClient.text(apart)).isEqualTo(200);
        assertThat(related(api, original)).doesNotContain(other);
        assertThat(related(api, other)).doesNotContain(original);
        assertThat(caseFile(api, other).getJsonArray("openTasks").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("taskKey")).containsExactly("triageComplaint");
    }

    /**
     * Statistics count complaints once each, when the matter closes: a merged duplicate adds no row while the case it
     * joined is open, and one row (with that case's outcome and allegations) when it closes, beside the case's own.
     */
    @Test
    void aMergedDuplicateCountsOnceWithItsCaseWhenThatCaseCloses() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String post = "https://www.facebook.com/david.marsh.demo/posts/" + UUID.randomUUID();
        String original = submit(api, post, false, null)[0];
        String[] second = submit(api, post, true, null, "Aroha Ngata");
        String duplicate = second[0];
        String triage = CaseAccessIT.awaitTask(api, original, "triageComplaint", INVESTIGATOR);
        // the acknowledgements run beside triage; a merge or closing at the same moment would be a conflict to repeat
        CaseAccessIT.awaitAcknowledged(api, original, INVESTIGATOR);
        CaseAccessIT.awaitAcknowledged(api, duplicate, INVESTIGATOR);
        long total = statistics(api, "outcome", null);
        long noFurtherAction = statistics(api, "outcome", "NO_FURTHER_ACTION");
        long facebook = statistics(api, "platform", "FACEBOOK");
        long boundaries = statistics(api, "allegation", "BOUNDARIES");

        HttpResponse<byte[]> merged = api.postJson("/api/v1/cases/" + original + "/related/" + duplicate + "/merge",
                INVESTIGATOR[0], INVESTIGATOR[1], "{}");
        assertThat(merged.statusCode()).as(ApiClient.text(merged)).isEqualTo(200);
        assertThat(caseFile(api, duplicate).getString("status")).isEqualTo("CLOSED");
        assertThat(statistics(api, "outcome", null)).as("the matter is still open").isEqualTo(total);

        HttpResponse<byte[]> closed = api.postJson("/api/v1/tasks/" + triage + "/triage", INVESTIGATOR[0],
                INVESTIGATOR[1], "{\"decision\":\"CLOSE\",\"note\":\"No question of fitness to practise.\","
                        + "\"allegations\":[\"Boundaries\"]}");
        assertThat(closed.statusCode()).as(ApiClient.text(closed)).isEqualTo(200);
        assertThat(statistics(api, "outcome", null)).as("the case and its duplicate").isEqualTo(total + 2);
        assertThat(statistics(api, "outcome", "NO_FURTHER_ACTION")).isEqualTo(noFurtherAction + 2);
        assertThat(statistics(api, "platform", "FACEBOOK")).isEqualTo(facebook + 2);
        assertThat(statistics(api, "allegation", "BOUNDARIES")).as("the duplicate counts with the case's allegations")
                .isEqualTo(boundaries + 2);

        // both complainants hear the outcome, each in a letter of their own under their own reference
        String approval = CaseAccessIT.awaitTask(api, original, "approveLetters", INVESTIGATOR);
        assertThat(api.postJson("/api/v1/tasks/" + approval + "/letter-approval", "examiner", "examiner-demo",
                "{\"approved\":true}").statusCode()).isEqualTo(200);
        JsonObject status = awaitLetter(api, duplicate, second[1]);
        assertThat(status.getString("outcome")).isEqualTo("NO_FURTHER_ACTION");
        String letter = DavidCaseIT.textOf(api.get("/api/v1/complaints/" + duplicate + "/letters/"
                + status.getJsonArray("letters").getJsonObject(0).getInt("id"), null, null, "X-Tracking-Code",
                second[1]).body());
        assertThat(letter).contains("Dear Aroha Ngata", "Reference: " + duplicate, "No question of fitness to practise.")
                .doesNotContain("Tom Reweti", original);
        assertThat(ApiClient.array(api.get("/api/v1/cases/" + original + "/letters", "examiner", "examiner-demo"))
                .getValuesAs(JsonObject.class)).as("the case lists both letters").hasSize(2);
    }

    /** The complaint's public status once a letter addressed to its complainant is out (30 s at most). */
    private static JsonObject awaitLetter(ApiClient api, String reference, String trackingCode)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject status = object(api.get("/api/v1/complaints/" + reference, null, null, "X-Tracking-Code",
                    trackingCode));
            if (!status.getJsonArray("letters").isEmpty()) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No letter reached the complainant of " + reference + " within 30 s");
    }

    /** The all-time count of one row of a registrar's table, or the table's total when {@code key} is null. */
    private static long statistics(ApiClient api, String by, String key) {
        JsonObject table = object(api.get("/api/v1/statistics/outcomes?by=" + by, "registrar", "registrar-demo"));
        if (key == null) {
            return table.getJsonNumber("total").longValue();
        }
        return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(key)).mapToLong(r -> r.getJsonNumber("count").longValue())
                .sum();
    }

    /** Submits David's complaint about this post, or about another practitioner; returns reference and tracking code. */
    private static String[] submit(ApiClient api, String post, boolean withScreenshot, String practitioner) {
        return submit(api, post, withScreenshot, practitioner, null);
    }

    /** As above, from another complainant (and so in other words) when {@code complainant} is named. */
    private static String[] submit(ApiClient api, String post, boolean withScreenshot, String practitioner,
                                   String complainant) {
        String json = JsonbBuilder.create().toJson(DemoComplaints.david())
                .replace("https://www.facebook.com/david.marsh.demo/posts/1001", post);
        if (complainant != null) {
            json = json.replace("Tom Reweti", complainant).replace("tom.reweti@example.org", "other@example.org")
                    .replace("a lab scientist I work with", "who tests my samples");
        }
        if (practitioner != null) {
            json = json.replace("David Marsh", practitioner).replace(DemoComplaints.DAVID_REGISTRATION, "MSC-00001");
        }
        List<ApiClient.Part> parts = withScreenshot
                ? List.of(ApiClient.Part.json("complaint", json),
                        ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png()))
                : List.of(ApiClient.Part.json("complaint", json));
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", parts);
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        JsonObject receipt = object(submitted);
        return new String[] {receipt.getString("reference"), receipt.getString("trackingCode")};
    }

    private static JsonObject caseFile(ApiClient api, String reference) {
        return object(api.get("/api/v1/cases/" + reference, INVESTIGATOR[0], INVESTIGATOR[1]));
    }

    private static List<String> related(ApiClient api, String reference) {
        return caseFile(api, reference).getJsonArray("related").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("reference")).toList();
    }
}
