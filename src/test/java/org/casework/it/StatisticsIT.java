package org.casework.it;

import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.demo.control.DemoComplaints;
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
 * The registrar's numbers on a real Payara Micro: the GMC's 28 social-media investigations closed between January
 * 2015 and June 2017 (the seed's table), imported from a legacy file with cases just outside the period, give the
 * table, the percentages and the sentence exactly; a case closed in the workflow counts like an imported one and an
 * open case does not; suppression hides every small cell; a bad file imports nothing.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    static final String REGISTRAR = "registrar";
    static final String PASSWORD = "registrar-demo";
    static final String HEADER = "reference,registration_number,platform,allegation_categories,date_received,"
            + "date_closed,outcome\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void theGmcTableOfTwentyEightInvestigationsComesOutExactly() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Integer> gmc = new LinkedHashMap<>();
        gmc.put("NO_FURTHER_ACTION", 14);
        gmc.put("Advice", 4);
        gmc.put("warning", 3);
        gmc.put("Referred to employer", 3);
        gmc.put("SUSPENSION", 2);
        gmc.put("Undertakings", 1);
        gmc.put("conditions", 1);
        StringBuilder csv = new StringBuilder(HEADER);
        String[] platforms = {"Facebook", "Twitter", "WhatsApp"};
        int n = 0;
        for (var outcome : gmc.entrySet()) {
            for (int i = 0; i < outcome.getValue(); i++, n++) {
                // spread over the period, the first on its first day and the last on its last
                String closed = n == 0 ? "2015-01-01" : n == 27 ? "2017-06-30" : "2016-0" + (1 + n % 9) + "-15";
                csv.append("GMC-").append(run).append('-').append(n).append(",REG").append(n).append(',')
                        .append(platforms[n % 3]).append(",Confidentiality and privacy;PROFESSIONALISM,")
                        .append("2014-06-01,").append(closed).append(',').append(outcome.getKey()).append('\n');
            }
        }
        // just outside the period, on either side, and one received in it but closed after it
        csv.append("GMC-").append(run).append("-before,REG90,Facebook,,2014-01-01,2014-12-31,Warning\n");
        csv.append("GMC-").append(run).append("-after,REG91,Facebook,,2015-02-01,2017-07-01,Suspension\n");
        HttpResponse<byte[]> imported = api.post("/api/v1/statistics/imports", REGISTRAR, PASSWORD, "text/csv",
                csv.toString());
        assertThat(imported.statusCode()).as(ApiClient.text(imported)).isEqualTo(201);
        assertThat(object(imported).getInt("imported")).isEqualTo(30);

        JsonObject table = object(api.get("/api/v1/statistics/outcomes?from=2015-01-01&to=2017-06-30", REGISTRAR,
                PASSWORD));
        assertThat(table.getInt("total")).isEqualTo(28);
        assertThat(rows(table)).containsExactly("NO_FURTHER_ACTION 14 50.0", "ADVICE 4 14.3", "WARNING 3 10.7",
                "EMPLOYER_REFERRAL 3 10.7", "UNDERTAKINGS 1 3.6", "CONDITIONS 1 3.6", "SUSPENSION 2 7.1",
                "ERASURE 0 0.0", "CENSURE 0 0.0");
        assertThat(table.getString("summary")).isEqualTo("Between January 2015 and June 2017 we closed 28 "
                + "investigations about social media: 14 without further action, 4 with advice, 3 warnings, "
                + "3 referred to employers, 2 suspensions, 1 undertaking and 1 condition.");

        JsonObject report = object(api.get("/api/v1/statistics/report?from=2015-01-01&to=2017-06-30", REGISTRAR,
                PASSWORD));
        assertThat(report.getInt("total")).isEqualTo(28);
        assertThat(report.getInt("imported")).as("marked as imported").isEqualTo(28);
        assertThat(report.getString("summary")).isEqualTo(table.getString("summary"));

        JsonObject platforms2 = object(api.get("/api/v1/statistics/outcomes?from=2015-01-01&to=2017-06-30"
                + "&by=platform", REGISTRAR, PASSWORD));
        assertThat(rows(platforms2)).contains("FACEBOOK 10 35.7", "X_TWITTER 9 32.1", "WHATSAPP 9 32.1",
                "INSTAGRAM 0 0.0");
        JsonObject allegations = object(api.get("/api/v1/statistics/outcomes?from=2015-01-01&to=2017-06-30"
                + "&by=allegation", REGISTRAR, PASSWORD));
        assertThat(rows(allegations)).contains("CONFIDENTIALITY_AND_PRIVACY 28 100.0", "PROFESSIONALISM 28 100.0",
                "BOUNDARIES 0 0.0");

        // by date received, the case closed after the period counts too (received 2015-02-01), the others not
        JsonObject received = object(api.get("/api/v1/statistics/outcomes?from=2015-01-01&to=2017-06-30"
                + "&basis=received", REGISTRAR, PASSWORD));
        assertThat(received.getInt("total")).isEqualTo(1);

        // the JSON table suppresses small counts as the exports do, and refuses a threshold that is not a number
        JsonObject suppressed = object(api.get("/api/v1/statistics/outcomes?from=2015-01-01&to=2017-06-30"
                + "&suppress=5", REGISTRAR, PASSWORD));
        assertThat(suppressed.getJsonArray("rows").getValuesAs(JsonObject.class)).anySatisfy(r -> {
            assertThat(r.getString("key")).isEqualTo("WARNING");
            assertThat(r.getBoolean("suppressed")).isTrue();
            assertThat(r.containsKey("count")).as("a count under 5 is not given").isFalse();
            assertThat(r.containsKey("percent")).isFalse();
        }).anySatisfy(r -> {
            assertThat(r.getString("key")).isEqualTo("NO_FURTHER_ACTION");
            assertThat(r.getInt("count")).isEqualTo(14);
        });
        HttpResponse<byte[]> notANumber = api.get("/api/v1/statistics/outcomes?suppress=abc", REGISTRAR, PASSWORD);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(notANumber)).contains("\"field\":\"suppress\"");

        HttpResponse<byte[]> csvTable = api.get("/api/v1/statistics/outcomes?from=2015-01-01&to=2017-06-30",
                REGISTRAR, PASSWORD, "Accept", "text/csv");
        assertThat(csvTable.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(ApiClient.text(csvTable)).contains("WARNING,Warning,3,10.7\r\n", "SUSPENSION,Suspension,2,7.1\r\n");

        // suppression under 5: every cell under 5 is hidden, in the CSV and in the PDF, and nothing else is
        String published = ApiClient.text(api.get("/api/v1/statistics/report.csv?from=2015-01-01&to=2017-06-30"
                + "&suppress=5", REGISTRAR, PASSWORD));
        List<String> outcomeLines = published.lines().filter(l -> l.startsWith("outcome,")).toList();
        assertThat(outcomeLines).hasSize(9).allSatisfy(l -> assertThat(l).matches(
                "outcome,[A-Z_]+,[^,]+,(<5,|(\\d{2,}|[5-9]),[\\d.]+),,"));
        assertThat(outcomeLines).contains("outcome,NO_FURTHER_ACTION,No further action,14,50.0,,");
        assertThat(published.lines().filter(l -> !l.startsWith("table,")).map(l -> l.split(",", -1)[3]))
                .allSatisfy(count -> assertThat(count).matches("<5|\\d{2,}|[5-9]"));
        String pdf = DavidCaseIT.textOf(api.get("/api/v1/statistics/report.pdf?from=2015-01-01&to=2017-06-30"
                + "&suppress=5", REGISTRAR, PASSWORD).body());
        assertThat(pdf).contains("No further action: 14 (50.0%)", "Advice: <5", "Warning: <5", "Suspension: <5",
                "fewer than 5 warnings").doesNotContain("Advice: 4", "Warning: 3", "(14.3%)", "(10.7%)", " 3 warnings");
        assertThat(pdf).contains("Between January 2015 and June 2017 we closed 28 investigations");
    }

    @Test
    void aBadLegacyFileIsRefusedWithOneMessagePerBadRowAndImportsNothing() {
        ApiClient api = new ApiClient(base.toString());
        String run = UUID.randomUUID().toString().substring(0, 8);
        long before = allTime(api);
        String csv = HEADER
                + "OLD-" + run + "-1,REG1,Facebook,,2019-01-01,2019-03-01,Reprimand\n"
                + "OLD-" + run + "-2,REG2,Facebook,,2019-05-01,2019-03-01,Advice\n"
                + "OLD-" + run + "-3,REG3,Facebook,,2019-01-01,2019-03-01,Advice\n"
                + "OLD-" + run + "-3,REG4,Facebook,,2019-01-01,2019-03-01,Warning\n"
                + "OLD-" + run + "-5,,Instagram,,2019-01-01,2019-03-01,Warning\n"
                + "OLD-" + run + "-6,REG6,Instagram,,2019-01-01,2019-03-02,Warning\n";
        HttpResponse<byte[]> refused = api.post("/api/v1/statistics/imports", REGISTRAR, PASSWORD, "text/csv", csv);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> errors = object(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + " " + e.getString("reason")).toList();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("line 2: outcome 'Reprimand' is not known");
        assertThat(errors.get(1)).startsWith("line 3: date_closed is before the date received (2019-05-01)");
        assertThat(errors.get(2)).isEqualTo("line 5: reference duplicates line 4 (OLD-" + run + "-3)");
        assertThat(errors.get(3)).isEqualTo("line 6: registration_number is missing");
        assertThat(allTime(api)).as("not even the good rows").isEqualTo(before);

        // a reference already counted is refused too
        String good = HEADER + "OLD-" + run + "-7,REG7,Blog,,2019-01-01,2019-03-01,Advice\n";
        assertThat(api.post("/api/v1/statistics/imports", REGISTRAR, PASSWORD, "text/csv", good).statusCode())
                .isEqualTo(201);
        HttpResponse<byte[]> again = api.post("/api/v1/statistics/imports", REGISTRAR, PASSWORD, "text/csv", good);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(again)).contains("already exists (OLD-" + run + "-7)");
        assertThat(allTime(api)).isEqualTo(before + 1);

        // only registrars and admins import or read statistics
        assertThat(api.post("/api/v1/statistics/imports", "investigator", "investigator-demo", "text/csv", good)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aCaseClosedInTheWorkflowCountsLikeAnImportedOneAndAnOpenCaseDoesNot() {
        ApiClient api = new ApiClient(base.toString());
        long before = allTime(api);
        long nfaBefore = count(api, "NO_FURTHER_ACTION");
        long boundariesBefore = count(api, "BOUNDARIES", "allegation");
        String open = submit(api);
        String closed = submit(api);
        assertThat(api.postJson("/api/v1/cases/" + closed + "/triage/assessing", "investigator", "investigator-demo",
                "{}").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> triaged = api.postJson("/api/v1/tasks/" + DavidCaseIT.awaitTask(api, closed,
                "triageComplaint") + "/triage", "investigator", "investigator-demo",
                "{\"decision\":\"CLOSE\",\"note\":\"No breach of the policy: the post shows no patient.\","
                        + "\"allegations\":[\"Boundaries\",\"MISINFORMATION\"]}");
        assertThat(triaged.statusCode()).as(ApiClient.text(triaged)).isEqualTo(200);
        assertThat(allTime(api)).as("the closed case, not the open " + open).isEqualTo(before + 1);
        assertThat(count(api, "NO_FURTHER_ACTION")).isEqualTo(nfaBefore + 1);
        assertThat(count(api, "BOUNDARIES", "allegation")).as("its allegations too").isEqualTo(boundariesBefore + 1);

        // an allegation that is not a category is refused, naming the field, and the case stays as it was
        String third = submit(api);
        assertThat(api.postJson("/api/v1/cases/" + third + "/triage/assessing", "investigator", "investigator-demo",
                "{}").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> refused = api.postJson("/api/v1/tasks/" + DavidCaseIT.awaitTask(api, third,
                "triageComplaint") + "/triage", "investigator", "investigator-demo",
                "{\"decision\":\"CLOSE\",\"note\":\"No breach.\",\"allegations\":[\"Rudeness\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(refused)).contains("\"field\":\"allegations\"", "'Rudeness' is not an allegation");
        assertThat(allTime(api)).isEqualTo(before + 1);
    }

    private static String submit(ApiClient api) {
        String json = JsonbBuilder.create().toJson(DemoComplaints.sarah());
        HttpResponse<byte[]> response = api.postMultipart("/api/v1/complaints",
                List.of(ApiClient.Part.json("complaint", json)));
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(201);
        return object(response).getString("reference");
    }

    private static long allTime(ApiClient api) {
        return object(api.get("/api/v1/statistics/outcomes", REGISTRAR, PASSWORD)).getJsonNumber("total").longValue();
    }

    private static long count(ApiClient api, String outcome) {
        return count(api, outcome, "outcome");
    }

    private static long count(ApiClient api, String outcome, String by) {
        return object(api.get("/api/v1/statistics/outcomes?by=" + by, REGISTRAR, PASSWORD)).getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("key").equals(outcome))
                .mapToLong(r -> r.getJsonNumber("count").longValue()).sum();
    }

    private static List<String> rows(JsonObject table) {
        List<String> rows = new ArrayList<>();
        table.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> rows.add(r.getString("key") + " "
                + r.getJsonNumber("count").longValue() + " " + r.getJsonNumber("percent").doubleValue()));
        return rows;
    }
}
