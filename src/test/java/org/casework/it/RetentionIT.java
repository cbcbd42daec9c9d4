package org.casework.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.casework.demo.control.DemoComplaints;
import org.casework.demo.control.DemoScreenshot;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.it.ApiClient.array;
import static org.casework.it.ApiClient.object;

/**
 * Retention on a real Payara Micro (the test server keeps closed cases for 0 days): the dry run lists a closed case
 * and changes nothing, one administrator proposes it, the same one cannot approve, a second does, and the case goes
 * with its evidence files while the statistics and the audit log keep their rows.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    static final String[] ADMIN = {"admin", "admin-demo"};
    static final String[] INVESTIGATOR = {"investigator", "investigator-demo"};

    @RegisterExtension
    static GreenMailExtension mail = ServerSide.mailServer(); // acknowledgements

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void aClosedCaseIsDisposedOfAfterASecondAdministratorApprovesLeavingTheStatistics() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String[] secondAdmin = secondAdministrator(api, "keeper" + tag);
        String key = "retention-" + UUID.randomUUID();
        String[] closed = submit(api, tag + "-closed", "Idempotency-Key", key);
        assertThat(submit(api, tag + "-closed", "Idempotency-Key", key)).as("a replay before disposal")
                .containsExactly(closed);
        String[] open = submit(api, tag + "-open");
        closeAtTriage(api, closed[0]);
        long files = ServerSide.evidenceFiles();
        long noFurtherAction = outcomeCount(api, "NO_FURTHER_ACTION");

        String retention = "/api/v1/admin/retention";
        JsonObject dryRun = awaitDue(api, closed[0]);
        assertThat(dryRun.getInt("retentionDays")).isZero();
        assertThat(references(dryRun)).contains(closed[0]).doesNotContain(open[0]);
        JsonObject due = dryRun.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("reference").equals(closed[0])).findFirst().orElseThrow();
        assertThat(due.getString("outcome")).isEqualTo("NO_FURTHER_ACTION");
        assertThat(due.getString("platform")).isEqualTo("INSTAGRAM");
        assertThat(ApiClient.text(api.get(retention, ADMIN[0], ADMIN[1]))).as("no personal data in the dry run")
                .doesNotContain("Hana Whitfield").doesNotContain("Retention " + tag).doesNotContain("@example.org");
        assertThat(api.get("/api/v1/cases/" + closed[0], INVESTIGATOR[0], INVESTIGATOR[1]).statusCode())
                .as("the dry run changed nothing").isEqualTo(200);
        assertThat(ServerSide.evidenceFiles()).isEqualTo(files);
        assertThat(api.get(retention, INVESTIGATOR[0], INVESTIGATOR[1]).statusCode()).isEqualTo(403);
        assertThat(api.get(retention, "registrar", "registrar-demo").statusCode()).isEqualTo(403);

        String proposals = retention + "/proposals";
        refused(api.postJson(proposals, ADMIN[0], ADMIN[1], "{\"references\":[\"" + open[0] + "\"]}"), 400,
                "references[0]");
        refused(api.postJson(proposals, ADMIN[0], ADMIN[1], "{\"references\":[\"../etc\"]}"), 400, "references[0]");
        HttpResponse<byte[]> proposed = api.postJson(proposals, ADMIN[0], ADMIN[1], "{\"references\":[\""
                + closed[0] + "\"]}");
        assertThat(proposed.statusCode()).as(ApiClient.text(proposed)).isEqualTo(201);
        long id = object(proposed).getJsonNumber("id").longValue();
        assertThat(object(proposed).getString("state")).isEqualTo("PROPOSED");
        String approval = proposals + "/" + id + "/approval";

        assertThat(api.postJson(approval, ADMIN[0], ADMIN[1], "{}").statusCode())
                .as("whoever proposed a disposal cannot approve it").isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + closed[0], INVESTIGATOR[0], INVESTIGATOR[1]).statusCode())
                .isEqualTo(200);
        assertThat(api.postJson(approval, INVESTIGATOR[0], INVESTIGATOR[1], "{}").statusCode()).isEqualTo(403);

        HttpResponse<byte[]> approved = api.postJson(approval, secondAdmin[0], secondAdmin[1], "{}");
        assertThat(approved.statusCode()).as(ApiClient.text(approved)).isEqualTo(200);
        JsonObject result = object(approved);
        assertThat(result.getJsonObject("proposal").getString("state")).isEqualTo("APPROVED");
        assertThat(result.getJsonObject("proposal").getInt("disposed")).isEqualTo(1);
        assertThat(result.getJsonArray("disposed").getJsonObject(0).getInt("evidenceItems")).isEqualTo(1);

        assertThat(api.get("/api/v1/cases/" + closed[0], INVESTIGATOR[0], INVESTIGATOR[1]).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/complaints/" + closed[0], null, null, "X-Tracking-Code", closed[1])
                .statusCode()).isEqualTo(404);
        assertThat(ServerSide.evidenceFiles()).as("original, working copy and thumbnail removed")
                .isEqualTo(files - 3);
        assertThat(api.get("/api/v1/cases/" + open[0], INVESTIGATOR[0], INVESTIGATOR[1]).statusCode())
                .as("the open case stays").isEqualTo(200);
        assertThat(object(api.get("/api/v1/cases?practitioner=Retention%20" + tag + "-closed", INVESTIGATOR[0],
                INVESTIGATOR[1])).getInt("total")).as("search finds nothing of it").isZero();
        assertThat(outcomeCount(api, "NO_FURTHER_ACTION")).as("the anonymous statistics stay")
                .isEqualTo(noFurtherAction);
        assertThat(references(object(api.get(retention, ADMIN[0], ADMIN[1])))).doesNotContain(closed[0]);
        String[] replayed = submit(api, tag + "-closed", "Idempotency-Key", key);
        assertThat(replayed[0]).as("the stored answer, with its tracking code, went with the case")
                .isNotEqualTo(closed[0]);
        assertThat(replayed[1]).isNotEqualTo(closed[1]);
        assertThat(api.postJson(approval, secondAdmin[0], secondAdmin[1], "{}").statusCode())
                .as("approved once").isEqualTo(409);

        List<JsonObject> audit = array(api.get("/api/v1/admin/audit?max=50&target=case%20" + closed[0], ADMIN[0],
                ADMIN[1])).getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("DISPOSE_CASE");
            assertThat(e.getString("actor")).isEqualTo(secondAdmin[0]);
        });
        assertThat(object(api.get("/api/v1/admin/audit/verification", ADMIN[0], ADMIN[1])).getBoolean("intact"))
                .isTrue();
    }

    private static String[] secondAdministrator(ApiClient api, String username) {
        HttpResponse<byte[]> created = api.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], "{\"username\":\""
                + username + "\",\"displayName\":\"Second Administrator\",\"roles\":[\"ADMIN\"],\"active\":true}");
        assertThat(created.statusCode()).as(ApiClient.text(created)).isEqualTo(201);
        String oneTime = object(created).getString("oneTimePassword");
        String chosen = "second pair of eyes " + UUID.randomUUID();
        HttpResponse<byte[]> choice = api.putJson("/api/v1/account/password", username, oneTime,
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"" + chosen + "\"}");
        assertThat(choice.statusCode()).as(ApiClient.text(choice)).isEqualTo(204);
        return new String[] {username, chosen};
    }

    /** A complaint with one screenshot; its reference and tracking code. */
    private static String[] submit(ApiClient api, String tag, String... headers) {
        String json = JsonbBuilder.create().toJson(DemoComplaints.sarah()).replace("Sarah Collins", "Retention "
                + tag).replace("demo-sarah-wfh", "retention-" + tag);
        HttpResponse<byte[]> answer = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json("complaint",
                json), ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png())), headers);
        assertThat(answer.statusCode()).as(ApiClient.text(answer)).isEqualTo(201);
        return new String[] {object(answer).getString("reference"), object(answer).getString("trackingCode")};
    }

    private static void closeAtTriage(ApiClient api, String reference) throws Exception {
        String task = DavidCaseIT.awaitTask(api, reference, "triageComplaint");
        HttpResponse<byte[]> triaged = api.postJson("/api/v1/tasks/" + task + "/triage", INVESTIGATOR[0],
                INVESTIGATOR[1], "{\"decision\":\"CLOSE\",\"note\":\"No breach of the policy.\"}");
        assertThat(triaged.statusCode()).as(ApiClient.text(triaged)).isEqualTo(200);
        // the case is disposed of only once its process has ended: after the complainant's letter is issued
        assertThat(DavidCaseIT.approveTheClosureLetter(api, reference)).contains("We assessed your complaint",
                "No breach of the policy.").doesNotContain("case examiners");
    }

    private static JsonObject awaitDue(ApiClient api, String reference) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            JsonObject dryRun = object(api.get("/api/v1/admin/retention", ADMIN[0], ADMIN[1]));
            if (references(dryRun).contains(reference)) {
                return dryRun;
            }
            Thread.sleep(500); // the process ends once its closing steps have run
        }
        throw new AssertionError(reference + " never became due");
    }

    private static List<String> references(JsonObject dryRun) {
        return dryRun.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("reference")).toList();
    }

    private static long outcomeCount(ApiClient api, String outcome) {
        return object(api.get("/api/v1/statistics/outcomes", "registrar", "registrar-demo")).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("key").equals(outcome))
                .mapToLong(r -> r.getJsonNumber("count").longValue()).sum();
    }

    private static void refused(HttpResponse<byte[]> answer, int status, String field) {
        assertThat(answer.statusCode()).as(ApiClient.text(answer)).isEqualTo(status);
        assertThat(object(answer).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }
}
