package org.casework.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.JsonbBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.casework.demo.control.DemoComplaints;
import org.casework.demo.control.DemoScreenshot;
import org.casework.reliability.DatabaseOutageDrill;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.it.ApiClient.array;
import static org.casework.it.ApiClient.object;

/**
 * Who reaches which case, on a real Payara Micro: the case file, evidence original and working copy, letter PDF,
 * diagram, timeline and task actions for an investigator of the case's team, one of another team, a case examiner
 * before and after work on the case is put to examiners, a registrar and an administrator; each refusal is a 403
 * and an audit entry. Then a team lead hands a task out and moves the case to the other team, and an
 * administrator creates, changes, deactivates and resets an account.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CaseAccessIT {

    static final String[] INVESTIGATOR = {"investigator", "investigator-demo"};
    static final String[] SOUTHERN = {"southern", "southern-demo"};
    static final String[] LEAD = {"lead", "lead-demo"};
    static final String[] EXAMINER = {"examiner", "examiner-demo"};
    static final String[] REGISTRAR = {"registrar", "registrar-demo"};
    static final String[] ADMIN = {"admin", "admin-demo"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void eachRoleReachesOnlyTheCasesThatAreTheirs() {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", JsonbBuilder.create().toJson(DemoComplaints.david())),
                ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png())));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String ref = object(submitted).getString("reference");
        String triage = awaitTask(api, ref, "triageComplaint", INVESTIGATOR);
        JsonObject file = object(get(api, "/api/v1/cases/" + ref, INVESTIGATOR));
        assertThat(file.getString("reference")).isEqualTo(ref);
        long evidence = file.getJsonArray("evidence").getJsonObject(0).getJsonNumber("id").longValue();
        List<String> caseObjects = List.of("/api/v1/cases/" + ref, "/api/v1/cases/" + ref + "/evidence/" + evidence,
                "/api/v1/cases/" + ref + "/evidence/" + evidence + "/working-copy",
                "/api/v1/cases/" + ref + "/timeline", "/api/v1/cases/" + ref + "/diagram",
                "/api/v1/cases/" + ref + "/letters");

        // the investigator of the case's team reaches everything; everyone else is refused
        caseObjects.forEach(path -> assertThat(get(api, path, INVESTIGATOR).statusCode()).as(path).isEqualTo(200));
        for (String[] other : List.of(SOUTHERN, EXAMINER, REGISTRAR, ADMIN)) {
            caseObjects.forEach(path -> assertThat(get(api, path, other).statusCode()).as(other[0] + " " + path)
                    .isEqualTo(403));
        }
        HttpResponse<byte[]> refused = get(api, "/api/v1/cases/" + ref, SOUTHERN);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiClient.text(refused)).contains("not a case of your team");
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/claim", SOUTHERN[0], SOUTHERN[1], "{}").statusCode())
                .as("a task of another team's case").isEqualTo(403);
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/triage", EXAMINER[0], EXAMINER[1],
                "{\"decision\":\"ACCEPT\"}").statusCode()).isEqualTo(403);
        // search and the team queue show the case to its team only
        assertThat(found(api, ref, INVESTIGATOR)).isEqualTo(1);
        assertThat(found(api, ref, SOUTHERN)).isZero();
        assertThat(found(api, ref, EXAMINER)).as("not referred to the examiners").isZero();
        assertThat(queued(api, ref, INVESTIGATOR)).isEqualTo(1);
        assertThat(queued(api, ref, SOUTHERN)).isZero();
        // every refusal is in the audit log with who and what
        List<JsonObject> audit = array(get(api, "/api/v1/admin/audit?max=200&target=case%20" + ref, ADMIN))
                .getValuesAs(JsonObject.class);
        assertThat(audit).filteredOn(e -> e.getString("action").equals("DENIED"))
                .extracting(e -> e.getString("actor")).as("refused by the application or by web.xml's roles")
                .contains("southern", "examiner", "registrar", "admin");
        assertThat(audit).filteredOn(e -> e.getString("actor").equals("southern"))
                .allSatisfy(e -> assertThat(e.getBoolean("allowed")).isFalse()).hasSizeGreaterThanOrEqualTo(7);

        // the team lead hands the triage to a member; not to someone of another team; only the lead may
        assertThat(put(api, "/api/v1/tasks/" + triage + "/assignee", INVESTIGATOR, "{\"username\":\"investigator\"}")
                .statusCode()).isEqualTo(403);
        HttpResponse<byte[]> wrongMember = put(api, "/api/v1/tasks/" + triage + "/assignee", LEAD,
                "{\"username\":\"southern\"}");
        assertThat(wrongMember.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(wrongMember)).contains("username");
        HttpResponse<byte[]> handed = put(api, "/api/v1/tasks/" + triage + "/assignee", LEAD,
                "{\"username\":\"investigator\"}");
        assertThat(handed.statusCode()).as(ApiClient.text(handed)).isEqualTo(200);
        assertThat(object(handed).getJsonArray("openTasks").getJsonObject(0).getString("assignee"))
                .isEqualTo("investigator");

        // the lead moves the case to the southern team: it changes hands, queue and all
        HttpResponse<byte[]> nowhere = put(api, "/api/v1/cases/" + ref + "/team", LEAD, "{\"team\":\"nowhere\"}");
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(ApiClient.text(nowhere)).contains("\"field\":\"team\"");
        assertThat(put(api, "/api/v1/cases/" + ref + "/team", INVESTIGATOR, "{\"team\":\"southern\"}").statusCode())
                .isEqualTo(403);
        assertProblem(get(api, "/api/v1/cases/" + ref, SOUTHERN), 403);
        assertThat(get(api, "/api/v1/cases/" + ref, SOUTHERN).statusCode()).as("unchanged by refusals").isEqualTo(403);
        assertThat(put(api, "/api/v1/cases/" + ref + "/team", LEAD, "{\"team\":\"southern\"}").statusCode())
                .isEqualTo(200);
        assertThat(get(api, "/api/v1/cases/" + ref, SOUTHERN).statusCode()).isEqualTo(200);
        assertThat(get(api, "/api/v1/cases/" + ref, INVESTIGATOR).statusCode()).isEqualTo(403);
        assertThat(queued(api, ref, SOUTHERN)).isEqualTo(1);
        assertThat(queued(api, ref, INVESTIGATOR)).isZero();

        // southern accepts; the notice goes to the case examiners for approval: now the examiner reaches the case
        HttpResponse<byte[]> accepted = api.postJson("/api/v1/tasks/" + triage + "/triage", SOUTHERN[0], SOUTHERN[1],
                "{\"decision\":\"ACCEPT\",\"note\":\"Patients shown\",\"allegations\":[\"Confidentiality and privacy\"]}");
        assertThat(accepted.statusCode()).as(ApiClient.text(accepted)).isEqualTo(200);
        String notice = awaitTask(api, ref, "approveLetters", SOUTHERN);
        assertThat(queued(api, ref, SOUTHERN)).as("the letter approval of a moved case").isEqualTo(1);
        assertThat(get(api, "/api/v1/cases/" + ref, EXAMINER).statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/tasks/" + notice + "/letter-approval", EXAMINER[0], EXAMINER[1],
                "{\"approved\":true}").statusCode()).isEqualTo(200);
        awaitTask(api, ref, "recordPractitionerResponse", SOUTHERN);
        long letter = object(get(api, "/api/v1/cases/" + ref, SOUTHERN)).getJsonArray("letters").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String pdf = "/api/v1/cases/" + ref + "/letters/" + letter;
        assertThat(get(api, pdf, SOUTHERN).statusCode()).isEqualTo(200);
        assertThat(get(api, pdf, EXAMINER).statusCode()).isEqualTo(200);
        for (String[] other : List.of(INVESTIGATOR, LEAD, REGISTRAR, ADMIN)) {
            assertThat(get(api, pdf, other).statusCode()).as(other[0]).isEqualTo(403);
        }
        assertThat(array(get(api, "/api/v1/admin/audit?max=200&target=case%20" + ref, ADMIN))
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("ASSIGN_TASK", "MOVE_CASE");
    }

    @Test
    void administratorsKeepTheStaffDirectory() {
        ApiClient api = new ApiClient(base.toString());
        assertThat(get(api, "/api/v1/admin/users", INVESTIGATOR).statusCode()).isEqualTo(403);
        assertThat(array(get(api, "/api/v1/admin/users", ADMIN)).getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("username").equals("lead"))
                .singleElement().satisfies(a -> {
                    assertThat(a.getString("team")).isEqualTo("investigations");
                    assertThat(a.getBoolean("teamLead")).isTrue();
                });
        String newbie = "{\"username\":\"newbie\",\"displayName\":\"Nia Newbie\",\"roles\":[\"INVESTIGATOR\"],"
                + "\"team\":\"southern\",\"teamLead\":false,\"active\":true}";
        // refused, naming the field, and nothing created
        assertRefused(api.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], newbie.replace("[\"INVESTIGATOR\"]",
                "[]")), "roles");
        assertRefused(api.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], newbie.replace("\"southern\"",
                "null")), "team");
        assertRefused(api.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], newbie.replace("\"newbie\"",
                "\"Nia Newbie\"")), "username");
        assertRefused(api.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], newbie.replace("\"newbie\"",
                "\"lead\"")), "username");
        assertThat(get(api, "/api/v1/admin/users/newbie", ADMIN).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> created = api.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], newbie);
        assertThat(created.statusCode()).as(ApiClient.text(created)).isEqualTo(201);
        String oneTime = object(created).getString("oneTimePassword");
        assertThat(oneTime).hasSize(20);
        // a one-time password opens one call only: choosing one's own password
        HttpResponse<byte[]> first = api.get("/api/v1/tasks", "newbie", oneTime);
        assertThat(first.statusCode()).isEqualTo(403);
        assertThat(ApiClient.text(first)).contains("Choose your own password first", "PUT /api/v1/account/password");
        String[] newbieOneTime = {"newbie", oneTime};
        String password = "puriri grove at dawn";
        assertRefused(put(api, "/api/v1/account/password", newbieOneTime, choice("not-the-one-time-one", password)),
                "currentPassword");
        assertRefused(put(api, "/api/v1/account/password", newbieOneTime, choice(oneTime, "short")), "newPassword");
        assertRefused(put(api, "/api/v1/account/password", newbieOneTime, choice(oneTime, oneTime)), "newPassword");
        assertRefused(put(api, "/api/v1/account/password", newbieOneTime, choice(oneTime, "I am Newbie, really")),
                "newPassword");
        assertRefused(put(api, "/api/v1/account/password", newbieOneTime, "{\"currentPassword\":\"" + oneTime
                + "\"}"), "newPassword");
        assertThat(api.get("/api/v1/tasks", "newbie", oneTime).statusCode()).as("nothing changed").isEqualTo(403);
        assertThat(put(api, "/api/v1/account/password", newbieOneTime, choice(oneTime, password)).statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/tasks", "newbie", oneTime).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/tasks", "newbie", password).statusCode()).isEqualTo(200);
        assertThat(array(get(api, "/api/v1/admin/audit?max=50&target=account%20newbie", ADMIN))
                .getValuesAs(JsonObject.class)).filteredOn(e -> e.getString("action").equals("CHANGE_PASSWORD"))
                .extracting(e -> e.getString("actor") + " " + e.getBoolean("allowed"))
                .contains("newbie true", "newbie false");
        assertThat(array(get(api, "/api/v1/admin/audit?max=50&target=staff%20newbie", ADMIN))
                .getValuesAs(JsonObject.class)).as("a wrong current password counts as a failed sign-in")
                .anySatisfy(e -> assertThat(e.getString("detail")).startsWith("password change from"));

        // deactivated: refused at once, not after a cache expires
        assertThat(put(api, "/api/v1/admin/users/newbie", ADMIN, newbie.replace("\"active\":true",
                "\"active\":false")).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/tasks", "newbie", password).statusCode()).isEqualTo(401);
        assertThat(put(api, "/api/v1/admin/users/newbie", ADMIN, newbie).statusCode()).isEqualTo(200);
        // a reset: the chosen password stops working, the new one-time one leads to choosing again
        String reset = object(api.postJson("/api/v1/admin/users/newbie/password", ADMIN[0], ADMIN[1], "{}"))
                .getString("oneTimePassword");
        assertThat(api.get("/api/v1/tasks", "newbie", password).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/tasks", "newbie", reset).statusCode()).isEqualTo(403);
        assertThat(put(api, "/api/v1/account/password", new String[] {"newbie", reset},
                choice(reset, "kowhai in spring rain")).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/tasks", "newbie", "kowhai in spring rain").statusCode()).isEqualTo(200);
        // an administrator cannot lock themselves out
        assertRefused(put(api, "/api/v1/admin/users/admin", ADMIN, "{\"displayName\":\"Adam Admin\",\"roles\":"
                + "[\"ADMIN\"],\"active\":false}"), "active");
        // a new team
        assertRefused(api.postJson("/api/v1/admin/teams", ADMIN[0], ADMIN[1], "{\"code\":\"Bad Code\",\"name\":\"x\"}"),
                "code");
        assertThat(api.postJson("/api/v1/admin/teams", ADMIN[0], ADMIN[1],
                "{\"code\":\"northern\",\"name\":\"Northern investigations\"}").statusCode()).isEqualTo(201);
        assertThat(array(get(api, "/api/v1/admin/teams", ADMIN)).getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code")).contains("investigations", "southern", "northern");
        assertThat(array(get(api, "/api/v1/admin/audit?max=50&target=account%20newbie", ADMIN))
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("CHANGE_ACCOUNT", "RESET_PASSWORD");
    }

    /**
     * Every role × every resource, once a case has evidence and an issued letter and has been put to the case
     * examiners: the answer of each cell, and an audit entry for each 403, counted per actor.
     */
    @Test
    void theAccessMatrixOfEveryRoleAndResource() {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", JsonbBuilder.create().toJson(DemoComplaints.sarah())),
                ApiClient.Part.file("evidence", "post.png", "image/png", DemoScreenshot.png())));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String ref = object(submitted).getString("reference");
        String code = object(submitted).getString("trackingCode");
        String triage = awaitTask(api, ref, "triageComplaint", INVESTIGATOR);
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/triage", INVESTIGATOR[0], INVESTIGATOR[1],
                "{\"decision\":\"ACCEPT\",\"note\":\"matrix\",\"allegations\":[\"Professionalism\"]}")
                .statusCode()).isEqualTo(200);
        String approval = awaitTask(api, ref, "approveLetters", INVESTIGATOR);
        assertThat(api.postJson("/api/v1/tasks/" + approval + "/letter-approval", EXAMINER[0], EXAMINER[1],
                "{\"approved\":true}").statusCode()).isEqualTo(200);
        String response = awaitTask(api, ref, "recordPractitionerResponse", INVESTIGATOR);
        JsonObject file = object(get(api, "/api/v1/cases/" + ref, INVESTIGATOR));
        long evidence = file.getJsonArray("evidence").getJsonObject(0).getJsonNumber("id").longValue();
        long letter = file.getJsonArray("letters").getJsonObject(0).getJsonNumber("id").longValue();
        String c = "/api/v1/cases/" + ref;
        List<String> resources = List.of(c, c + "/evidence/" + evidence, c + "/evidence/" + evidence + "/working-copy",
                c + "/letters/" + letter, "TASK " + response, "/api/v1/statistics/outcomes",
                "/api/v1/admin/users");
        String[] anonymous = {null, null};
        // rows: who; columns: the resources above, in order
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("anonymous", new int[] {401, 401, 401, 401, 401, 401, 401});
        expected.put("investigator", new int[] {200, 200, 200, 200, 200, 403, 403});
        expected.put("southern", new int[] {403, 403, 403, 403, 403, 403, 403});
        expected.put("examiner", new int[] {200, 200, 200, 200, 403, 403, 403});
        expected.put("registrar", new int[] {403, 403, 403, 403, 403, 200, 403});
        expected.put("admin", new int[] {403, 403, 403, 403, 403, 200, 200});
        Map<String, String[]> who = Map.of("anonymous", anonymous, "investigator", INVESTIGATOR, "southern",
                SOUTHERN, "examiner", EXAMINER, "registrar", REGISTRAR, "admin", ADMIN);
        long watermark = array(get(api, "/api/v1/admin/audit?max=1", ADMIN)).getJsonObject(0)
                .getJsonNumber("id").longValue();
        Map<String, Integer> refusals = new HashMap<>();
        for (var row : expected.entrySet()) {
            String[] caller = who.get(row.getKey());
            for (int i = 0; i < resources.size(); i++) {
                String resource = resources.get(i);
                // the task action: record the practitioner's response (a step investigators do, examiners may not)
                HttpResponse<byte[]> answer = resource.startsWith("TASK ")
                        ? api.postJson("/api/v1/tasks/" + resource.substring(5) + "/claim", caller[0], caller[1], "{}")
                        : api.get(resource, caller[0], caller[1]);
                assertThat(answer.statusCode()).as(row.getKey() + " on " + resource + ": " + ApiClient.text(answer))
                        .isEqualTo(row.getValue()[i]);
                if (answer.statusCode() == 403) {
                    refusals.merge(row.getKey(), 1, Integer::sum);
                }
            }
        }
        // the complainant: their own status with the tracking code, nothing of another complaint, no staff resource
        assertThat(api.get("/api/v1/complaints/" + ref, null, null, "X-Tracking-Code", code).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/complaints/MSC-2026-000001", null, null, "X-Tracking-Code", code).statusCode())
                .as("existence does not leak").isEqualTo(404);
        for (String resource : resources.subList(0, 4)) {
            assertThat(api.get(resource, null, null, "X-Tracking-Code", code).statusCode()).isEqualTo(401);
        }
        // each 403 is one audit entry of that actor, written after the watermark
        for (var refused : refusals.entrySet()) {
            List<JsonObject> denied = array(get(api, "/api/v1/admin/audit?max=200&actor=" + refused.getKey(), ADMIN))
                    .getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getJsonNumber("id").longValue() > watermark)
                    .filter(e -> e.getString("action").equals("DENIED")).toList();
            assertThat(denied).as("audit entries of " + refused.getKey()).hasSize(refused.getValue())
                    .allSatisfy(e -> assertThat(e.getBoolean("allowed")).isFalse());
        }
        assertThat(refusals).containsOnlyKeys("investigator", "southern", "examiner", "registrar", "admin");
    }

    @Test
    void signInsAreAuditedAndGuessingIsThrottled() {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> created = api.postJson("/api/v1/admin/users", ADMIN[0], ADMIN[1], "{\"username\":"
                + "\"guessed\",\"displayName\":\"Gus Guessed\",\"roles\":[\"INVESTIGATOR\"],\"team\":\"southern\","
                + "\"teamLead\":false,\"active\":true}");
        assertThat(created.statusCode()).as(ApiClient.text(created)).isEqualTo(201);
        String password = object(created).getString("oneTimePassword");
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/api/v1/tasks", "guessed", "guess-" + i).statusCode()).isEqualTo(401);
        }
        // the eleventh attempt is refused unchecked, even with the right password
        HttpResponse<byte[]> throttled = api.get("/api/v1/tasks", "guessed", password);
        assertThat(throttled.statusCode()).as(ApiClient.text(throttled)).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 3600L));
        assertThat(ApiClient.text(throttled)).contains("Too many failed sign-ins");
        assertProblem(throttled, 429);
        // other accounts are not locked by it
        assertThat(get(api, "/api/v1/tasks", SOUTHERN).statusCode()).isEqualTo(200);
        List<JsonObject> entries = array(get(api, "/api/v1/admin/audit?max=50&target=staff%20guessed", ADMIN))
                .getValuesAs(JsonObject.class);
        assertThat(entries).filteredOn(e -> e.getString("action").equals("SIGN_IN_FAILED")).hasSize(10)
                .allSatisfy(e -> {
                    assertThat(e.getBoolean("allowed")).isFalse();
                    assertThat(e.getString("source")).isNotBlank();
                    assertThat(e.getString("detail")).isEqualTo("API (Basic) from " + e.getString("source"));
                });
        assertThat(entries).extracting(e -> e.getString("action")).contains("SIGN_IN_THROTTLED");

        // an administrator lifts the lock (someone else's guessing must not keep a colleague out for an hour)
        String lock = "/api/v1/admin/users/guessed/sign-in-lock";
        assertThat(object(get(api, lock, ADMIN)).getJsonNumber("lockedForSeconds").longValue()).isBetween(1L, 3600L);
        assertThat(api.delete(lock, INVESTIGATOR[0], INVESTIGATOR[1]).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/tasks", "guessed", password).statusCode()).as("still locked").isEqualTo(429);
        assertThat(api.delete(lock, ADMIN[0], ADMIN[1]).statusCode()).isEqualTo(204);
        assertThat(object(get(api, lock, ADMIN)).getJsonNumber("lockedForSeconds").longValue()).isZero();
        assertThat(put(api, "/api/v1/account/password", new String[] {"guessed", password},
                choice(password, "rata blossom by the sea")).statusCode()).as("unlocked").isEqualTo(204);
        assertThat(api.get("/api/v1/tasks", "guessed", "rata blossom by the sea").statusCode()).isEqualTo(200);
        assertThat(api.delete("/api/v1/admin/users/nobody-here/sign-in-lock", ADMIN[0], ADMIN[1]).statusCode())
                .isEqualTo(404);
        assertThat(array(get(api, "/api/v1/admin/audit?max=50&target=staff%20guessed", ADMIN))
                .getValuesAs(JsonObject.class)).anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("SIGN_IN_UNLOCKED");
                    assertThat(e.getString("actor")).isEqualTo(ADMIN[0]);
                });
        JsonObject verification = object(get(api, "/api/v1/admin/audit/verification", ADMIN));
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        ApiClient api = new ApiClient(base.toString());
        for (HttpResponse<byte[]> answer : List.of(api.get("/login.xhtml", null, null),
                api.get("/index.xhtml", null, null), get(api, "/api/v1/tasks", INVESTIGATOR),
                api.get("/no-such-page.html", null, null))) {
            String where = answer.uri().getPath();
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(where).singleElement()
                    .satisfies(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'",
                            "frame-ancestors 'self'", "form-action 'self'", "script-src 'self'")
                            .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*'unsafe-inline'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(where).contains("SAMEORIGIN");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(where).contains("same-origin");
        }
        assertThat(get(api, "/api/v1/tasks", INVESTIGATOR).headers().firstValue("Cache-Control")).contains("no-store");
    }

    /** Whoever refuses (the server's sign-in, a role's constraint, JAX-RS, a filter): one format, the same headers. */
    @Test
    void everyErrorOfTheApiIsAProblemDocumentWithTheSameHeaders() {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> anonymous = api.get("/api/v1/tasks", null, null);
        assertProblem(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic realm="));
        assertProblem(api.get("/api/v1/tasks", INVESTIGATOR[0], "wrong-password"), 401);
        assertProblem(get(api, "/api/v1/cases?max=1", REGISTRAR), 403);
        assertProblem(get(api, "/api/v1/statistics/outcomes", INVESTIGATOR), 403);
        assertProblem(get(api, "/api/v1/no-such-thing", INVESTIGATOR), 404);
        assertProblem(api.get("/api/v1/no-such-thing", null, null), 404);
        HttpResponse<byte[]> method = api.delete("/api/v1/policies/clauses", INVESTIGATOR[0], INVESTIGATOR[1]);
        assertProblem(method, 405);
        assertThat(method.headers().firstValue("Allow")).as("what it takes instead").hasValueSatisfying(
                v -> assertThat(v).contains("GET"));
        assertProblem(api.get("/api/v1/tasks", INVESTIGATOR[0], INVESTIGATOR[1], "Accept", "application/xml"), 406);
        assertProblem(api.post("/api/v1/complaints", null, null, "text/plain", "my complaint"), 415);
    }

    @Test
    void everyScriptOfAPageCarriesTheNonceOfItsPolicyAndNoHandlerIsInline() {
        ApiClient api = new ApiClient(base.toString());
        Set<String> nonces = new HashSet<>();
        for (String page : List.of("/index.xhtml", "/login.xhtml", "/status.xhtml", "/practitioner/signin.xhtml")) {
            HttpResponse<byte[]> answer = api.get(page, null, null);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            var nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'").matcher(csp);
            assertThat(nonce.find()).as(page + ": " + csp).isTrue();
            nonces.add(nonce.group(1));
            String html = ApiClient.text(answer);
            var scripts = Pattern.compile("<script\\b[^>]*>").matcher(html).results()
                    .map(MatchResult::group).toList();
            assertThat(scripts).as(page).isNotEmpty()
                    .allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));
            assertThat(html).as(page).doesNotContainPattern("\\son(click|change|submit|load|keyup|keydown)=");
        }
        assertThat(nonces).as("a fresh nonce for every page").hasSize(4);
        // a browser without JavaScript posts the form's fields as the page gave them, the nonce among them: answered
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", JsonbBuilder.create().toJson(DemoComplaints.connor()))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        HttpResponse<byte[]> postback = DatabaseOutageDrill.lookUpOnThePortal(
                base.toString(), object(submitted).getString("reference"), object(submitted).getString("trackingCode"));
        assertThat(postback.statusCode()).as(ApiClient.text(postback)).isEqualTo(200);
        assertThat(ApiClient.text(postback)).contains("publicStatusLine", "Received");
    }

    private static String choice(String current, String chosen) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + chosen + "\"}";
    }

    private static void assertRefused(HttpResponse<byte[]> response, String field) {
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(400);
        assertThat(ApiClient.text(response)).contains("\"field\":\"" + field + "\"");
    }

    /** A problem document of this status, with the headers every answer carries. */
    static void assertProblem(HttpResponse<byte[]> answer, int status) {
        String where = answer.request().method() + " " + answer.uri().getPath() + ": " + ApiClient.text(answer);
        assertThat(answer.statusCode()).as(where).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(where)
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonObject problem = object(answer);
        assertThat(problem.getInt("status")).as(where).isEqualTo(status);
        assertThat(problem.getString("title")).as(where).isNotBlank();
        assertThat(problem.getString("detail")).as(where).isNotBlank().doesNotContain("Exception", "java.", "Payara");
        assertThat(problem.getJsonArray("errors")).as(where).isNotNull();
        assertThat(answer.headers().firstValue("Content-Security-Policy")).as(where).isPresent();
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(where).contains("SAMEORIGIN");
        assertThat(answer.headers().firstValue("Cache-Control")).as(where).contains("no-store");
    }

    private static HttpResponse<byte[]> get(ApiClient api, String path, String[] who) {
        return api.get(path, who[0], who[1]);
    }

    private static HttpResponse<byte[]> put(ApiClient api, String path, String[] who, String json) {
        return api.putJson(path, who[0], who[1], json);
    }

    private static int found(ApiClient api, String ref, String[] who) {
        return object(get(api, "/api/v1/cases?reference=" + ref, who)).getInt("total");
    }

    private static int queued(ApiClient api, String ref, String[] who) {
        return object(get(api, "/api/v1/tasks/queues/team?reference=" + ref, who)).getInt("total");
    }

    static String awaitTask(ApiClient api, String reference, String taskKey, String[] who) {
        return await(() -> array(get(api, "/api/v1/cases/" + reference + "/tasks", who))
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("taskKey").equals(taskKey))
                .map(t -> t.getString("id")).findFirst(), taskKey);
    }

    /**
     * The acknowledgement's job has settled: sent, or an incident after its retries where a test has no mail server.
     * It runs beside triage: an action on the case at the same moment is a conflict to repeat (409), so a test that
     * acts at once waits for it first.
     */
    static void awaitAcknowledged(ApiClient api, String reference, String[] who) {
        await(() -> {
            JsonObject caseFile = object(get(api, "/api/v1/cases/" + reference, who));
            boolean settled = caseFile.getJsonArray("completedSteps").getValuesAs(JsonString.class).stream()
                    .anyMatch(s -> s.getString().equals("sendAcknowledgement"))
                    || caseFile.getJsonArray("incidents").getValuesAs(JsonObject.class).stream()
                            .anyMatch(i -> i.getString("step").equals("sendAcknowledgement"));
            return settled ? Optional.of(true) : Optional.empty();
        }, "the acknowledgement of " + reference);
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting for " + what);
    }
}
