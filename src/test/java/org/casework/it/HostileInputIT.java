package org.casework.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.MessagingException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.casework.demo.control.DemoComplaints;
import org.casework.demo.control.DemoScreenshot;
import org.casework.evidence.control.TestImages;
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
 * A corpus of hostile input against the intake API, beyond the file classes of {@link IntakeApiIT}: script and
 * template syntax in every text field (stored as text, shown escaped on the staff case page), header injection in the
 * fields that reach a mail, path traversal in file names, overlong values in every field, Unicode tricks and
 * malformed JSON. Each is refused with the field named and nothing written, or stored harmlessly.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final String[] TEXT_FIELDS = {"complainant.name", "practitioner.name", "practitioner.workplace",
        "practitioner.profession", "description"};
    /** Markup, expression-language and template syntax, SQL: under 90 characters, so it fits every field. */
    static final String SCRIPT = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>#{7*7}{{7*7}}'--";

    @RegisterExtension
    static GreenMailExtension mail = ServerSide.mailServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    @Test
    void scriptInEveryTextFieldIsStoredAsTextAndShownEscaped() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String json = david();
        for (String field : TEXT_FIELDS) {
            json = json.replace(valueOf(field), quoted(label(field) + " " + SCRIPT));
        }
        String reference = submitted(api, json, DemoScreenshot.png(), "shot.png");
        JsonObject caseFile = object(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo"));
        assertThat(caseFile.getJsonObject("complainant").getString("name")).isEqualTo("Complainant " + SCRIPT);
        assertThat(caseFile.getJsonObject("practitioner").getString("name")).isEqualTo("Practitioner " + SCRIPT);
        assertThat(caseFile.getString("description")).as("stored as given, nothing evaluated")
                .isEqualTo("Description " + SCRIPT);

        String page = staffPage("/staff/case.xhtml?ref=" + reference)
                + staffPage("/staff/case.xhtml?ref=" + reference + "&tab=parties");
        assertThat(page).contains(reference).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(">49<");
        assertThat(Pattern.compile("&lt;img src=x onerror=alert\\(2\\)&gt;").matcher(page).results().count())
                .as("every field shown escaped").isGreaterThanOrEqualTo(3);
    }

    @Test
    void headerInjectionInTheFieldsThatReachAMailIsRefused() {
        ApiClient api = new ApiClient(base.toString());
        refused(api, "a second header in the email", "complainant.email",
                david().replace("tom.reweti@example.org", "tom.reweti@example.org\\r\\nBcc: victim@example.org"));
        refused(api, "a second header in the name", "complainant.name",
                david().replace("Tom Reweti", "Tom Reweti\\r\\nBcc: victim@example.org"));
        refused(api, "a line feed in the email", "complainant.email",
                david().replace("tom.reweti@example.org", "victim@example.org\\ntom.reweti@example.org"));
        refused(api, "two addresses in one", "complainant.email",
                david().replace("tom.reweti@example.org", "tom.reweti@example.org, victim@example.org"));
        assertThat(Stream.of(mail.getReceivedMessages()).flatMap(m -> {
            try {
                return Stream.of(m.getAllRecipients());
            } catch (MessagingException e) {
                return Stream.empty();
            }
        }).map(Object::toString)).doesNotContain("victim@example.org");
    }

    @Test
    void pathsInFileNamesStayText() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        Path data = Path.of(System.getProperty("casework.buildDir"), "it-data");
        for (String name : List.of("../../../../../../tmp/casework-escape.png", "..\\..\\..\\casework-escape.png",
                "/etc/cron.d/casework-escape.png", "%2e%2e%2fcasework-escape.png", "shot.png\u0000.exe")) {
            String reference = submitted(api, david().replace("posts/1001", "posts/" + Math.abs(name.hashCode())),
                    DemoScreenshot.png(), name);
            JsonObject evidence = object(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo"))
                    .getJsonArray("evidence").getJsonObject(0);
            assertThat(evidence.getString("fileName")).as(name).doesNotContain("\u0000").isNotBlank();
        }
        assertThat(Files.exists(Path.of("/tmp/casework-escape.png"))).isFalse();
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains("casework-escape"));
        }
        try (Stream<Path> files = Files.walk(data.resolve("evidence"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("evidence files are named by the server alone").allMatch(n -> n.matches("[0-9a-f-]{36}\\.bin"));
        }
    }

    @Test
    void overlongValuesAreRefusedInEveryField() {
        ApiClient api = new ApiClient(base.toString());
        String huge = "x".repeat(100_000);
        for (String field : TEXT_FIELDS) {
            refused(api, "overlong " + field, field, david().replace(valueOf(field), huge));
        }
        refused(api, "overlong email", "complainant.email", david().replace("tom.reweti@example.org",
                huge + "@example.org"));
        refused(api, "overlong phone", "complainant.phone", david().replace("\"complainant\":{",
                "\"complainant\":{\"phone\":\"" + "1".repeat(5_000) + "\","));
        refused(api, "overlong post link", "postLinks[0]", david().replace("posts/1001", "posts/" + huge));
    }

    @Test
    void unicodeTricksAreRefusedOrKeptHarmlessly() {
        ApiClient api = new ApiClient(base.toString());
        refused(api, "a right-to-left override (text shown differs from text stored)", "practitioner.name",
                david().replace("David Marsh", "David \\u202Ehsram"));
        refused(api, "a directional isolate in the description", "description",
                david().replace(valueOf("description"), "Looks fine \\u2066but is not\\u2069"));
        refused(api, "a lone surrogate (not Unicode text)", "description",
                david().replace(valueOf("description"), "broken \\ud800 text"));
        refused(api, "a NUL in a name", "complainant.name", david().replace("Tom Reweti", "Tom\\u0000Reweti"));
        refused(api, "a full-width javascript: link", "postLinks[0]", david().replace(
                "https://www.facebook.com/david.marsh.demo/posts/1001",
                "\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:alert(1)"));

        String kept = "Photos 📸 of Māori patients, ward 7 — “names” visible";
        String reference = submitted(api, david().replace(valueOf("description"), kept)
                .replace("posts/1001", "posts/unicode-" + System.nanoTime()), DemoScreenshot.png(), "写真.png");
        JsonObject caseFile = object(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo"));
        assertThat(caseFile.getString("description")).as("four-byte characters survive the database").isEqualTo(kept);
        assertThat(caseFile.getJsonArray("evidence").getJsonObject(0).getString("fileName")).isEqualTo("写真.png");
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        ApiClient api = new ApiClient(base.toString());
        refused(api, "JSON nested 20,000 deep", "complaint",
                "{\"description\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
        refused(api, "not JSON at all", "complaint", "<complaint><name>x</name></complaint>");
        refused(api, "a string where an object belongs", "complaint", "{\"complainant\":\"Tom\"}");
    }

    /**
     * The intake is strict: an address with markup, a misspelt or unknown field (nested too), a date no post can
     * have, a second complaint part and a part that is not UTF-8 are each refused naming the field, not accepted with
     * the odd part dropped, replaced or silently winning.
     */
    @Test
    void theIntakeRefusesWhatItWouldOtherwiseGuessAt() {
        ApiClient api = new ApiClient(base.toString());
        refused(api, "markup as an email address", "complainant.email", david().replace("tom.reweti@example.org",
                "<script>alert(1)</script>@example.org"));
        refused(api, "an address without a domain", "complainant.email", david().replace("tom.reweti@example.org",
                "tom@localhost"));
        refused(api, "a misspelt optional field", "patientIdentifable", david().replace("\"patientIdentifiable\"",
                "\"patientIdentifable\""));
        refused(api, "an unknown field inside the practitioner", "practitioner.nmae", david().replace(
                "\"practitioner\":{", "\"practitioner\":{\"nmae\":\"x\","));
        refused(api, "conduct in the year 1", "conductDate", david().replace("2026-03-14", "0001-01-01"));
        refused(api, "a second complaint part", "complaint", List.of(ApiClient.Part.json("complaint", david()),
                ApiClient.Part.json("complaint", david().replace("Tom Reweti", "Eve Other"))));
        refused(api, "a complaint part in Latin-1", "complaint", List.of(ApiClient.Part.file("complaint",
                "complaint.json", "application/json", david().replace("Tom Reweti", "Tomé Reweti")
                        .getBytes(StandardCharsets.ISO_8859_1))));
    }

    /** Closing at triage without a note names the field the request has ({@code note}), not an inner name. */
    @Test
    void aTriageClosedWithoutItsNoteNamesTheNoteField() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String[] investigator = {"investigator", "investigator-demo"};
        String reference = submitted(api, david().replace("posts/1001", "posts/triage-" + System.nanoTime()),
                DemoScreenshot.png(), "s.png");
        CaseAccessIT.awaitAcknowledged(api, reference, investigator);
        HttpResponse<byte[]> refused = api.postJson("/api/v1/tasks/" + CaseAccessIT.awaitTask(api, reference,
                "triageComplaint", investigator) + "/triage", "investigator", "investigator-demo",
                "{\"decision\":\"CLOSE\",\"allegations\":[\"Professionalism\"]}");
        assertThat(refused.statusCode()).as(ApiClient.text(refused)).isEqualTo(400);
        assertThat(object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("note");
        assertThat(object(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo"))
                .getString("status")).as("nothing changed").isNotEqualTo("CLOSED");
    }

    /** Staff never need to open a complainant's PDF in a reader that might run it. */
    @Test
    void aPdfThatWouldActWhenOpenedIsRefusedNamingTheFileAndOneThatOnlyShowsGetsAWorkingCopy() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        int tasks = array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).size();
        long files = ServerSide.evidenceFiles();
        HttpResponse<byte[]> refused = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", david().replace("posts/1001", "posts/pdf-script")),
                ApiClient.Part.file("evidence", "statement.pdf", "application/pdf",
                        TestImages.pdfWithOpenActionScript())));
        assertThat(refused.statusCode()).as(ApiClient.text(refused)).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject error = object(refused).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("evidence[0]");
        assertThat(error.getString("reason")).contains("\"statement.pdf\"", "JavaScript");
        assertThat(array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).size()).isEqualTo(tasks);
        assertThat(ServerSide.evidenceFiles()).as("no file left behind").isEqualTo(files);

        HttpResponse<byte[]> accepted = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", david().replace("posts/1001", "posts/pdf-plain")),
                ApiClient.Part.file("evidence", "statement.pdf", "application/pdf",
                        TestImages.pdf(3, d -> { }))));
        assertThat(accepted.statusCode()).as(ApiClient.text(accepted)).isEqualTo(201);
        String reference = object(accepted).getString("reference");
        JsonObject evidence = object(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo"))
                .getJsonArray("evidence").getJsonObject(0);
        HttpResponse<byte[]> working = api.get("/api/v1/cases/" + reference + "/evidence/" + evidence.getInt("id")
                + "/working-copy", "investigator", "investigator-demo");
        assertThat(working.statusCode()).isEqualTo(200);
        assertThat(working.headers().firstValue("Content-Type")).contains("image/jpeg");
        BufferedImage pages = ImageIO.read(new ByteArrayInputStream(working.body()));
        assertThat(pages.getWidth()).isEqualTo(1000);
        assertThat(pages.getHeight()).as("three pages, one under another").isGreaterThan(3 * 1200);
    }

    @Test
    void everyRefusedFieldIsNamedAtOnceWithAPointerToIt() {
        ApiClient api = new ApiClient(base.toString());
        var d = DemoComplaints.david();
        String json = david().replace(quoted(d.description()), "")
                .replace(quoted(d.complainant().email()), "not an address")
                .replace("\"" + quoted(d.practitioner().name()) + "\"", "\" \"")
                .replace(quoted(d.conductDate()), "1989-12-31");
        int tasks = array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).size();
        HttpResponse<byte[]> answer = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", json),
                ApiClient.Part.file("evidence", "s.png", "image/png", DemoScreenshot.png())));
        assertThat(answer.statusCode()).as(ApiClient.text(answer)).isEqualTo(400);
        List<JsonObject> errors = object(answer).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).as(ApiClient.text(answer)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("complainant.email", "practitioner.name", "conductDate", "description");
        assertThat(errors).extracting(e -> e.getString("pointer"))
                .contains("#/complainant/email", "#/practitioner/name", "#/conductDate", "#/description");
        assertThat(errors).allSatisfy(e -> assertThat(e.getString("reason")).isNotBlank());
        assertThat(object(answer).getString("detail")).contains("4 fields");
        assertThat(array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).size()).as("nothing written")
                .isEqualTo(tasks);
    }

    /** Refused with 400 (or 413), the field named, nothing written. */
    private void refused(ApiClient api, String what, String field, String json) {
        refused(api, what, field, List.of(ApiClient.Part.json("complaint", json)));
    }

    private void refused(ApiClient api, String what, String field, List<ApiClient.Part> complaint) {
        int tasks = array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).size();
        long files = ServerSide.evidenceFiles();
        List<ApiClient.Part> parts = new ArrayList<>(complaint);
        parts.add(ApiClient.Part.file("evidence", "s.png", "image/png", DemoScreenshot.png()));
        HttpResponse<byte[]> answer = api.postMultipart("/api/v1/complaints", parts);
        assertThat(answer.statusCode()).as(what + ": " + ApiClient.text(answer)).isIn(400, 413);
        assertThat(answer.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(object(answer).getJsonArray("errors").getValuesAs(JsonObject.class))
                .as(what + ": " + ApiClient.text(answer)).extracting(e -> e.getString("field")).contains(field);
        assertThat(array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).size()).as(what)
                .isEqualTo(tasks);
        assertThat(ServerSide.evidenceFiles()).as(what + " left a file").isEqualTo(files);
    }

    /**
     * Staff add documents to a case as evidence is checked: a Word file is kept as it is (no working copy), a PDF
     * gets one; a PDF with a script or a Word file with macros is refused naming the file, every missing field is
     * named at once, a cross-site form and a registrar are refused, and nothing refused leaves a row or a file.
     */
    @Test
    void documentsStaffAddAreCheckedAsEvidenceIsAndEveryOpeningIsAudited() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String reference = submitted(api, david().replace("posts/1001", "posts/documents"), DemoScreenshot.png(),
                "post.png");
        String documents = "/api/v1/cases/" + reference + "/documents";
        String[] investigator = {"Authorization", basic("investigator", "investigator-demo")};
        byte[] response = TestImages.docx();
        HttpResponse<byte[]> word = api.postMultipart(documents, documentParts("PRACTITIONER_RESPONSE",
                "David Marsh (the practitioner)", "response.docx", response), investigator);
        assertThat(word.statusCode()).as(ApiClient.text(word)).isEqualTo(201);
        JsonObject added = object(word);
        assertThat(word.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith(documents + "/" + added.getInt("id")));
        assertThat(added.getString("kindLabel")).isEqualTo("The practitioner's written response");
        assertThat(added.getString("mediaType")).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(added.getBoolean("workingCopy")).isFalse();
        String original = documents + "/" + added.getInt("id");
        HttpResponse<byte[]> download = api.get(original, "investigator", "investigator-demo");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).as("byte for byte as added").isEqualTo(response);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment"));
        assertThat(api.get(original + "/working-copy", "investigator", "investigator-demo").statusCode())
                .as("a Word file is never converted").isEqualTo(404);
        assertThat(array(api.get("/api/v1/admin/audit?target=" + URLEncoder.encode("document " + added.getInt("id")
                + " of case " + reference, StandardCharsets.UTF_8), "admin", "admin-demo")).getValuesAs(
                JsonObject.class)).extracting(e -> e.getString("action")).contains("OPEN_ORIGINAL");

        HttpResponse<byte[]> pdf = api.postMultipart(documents, documentParts("EXPERT_REPORT", "Dr A. Expert",
                "report.pdf", TestImages.pdf(2, d -> { })), investigator);
        assertThat(pdf.statusCode()).as(ApiClient.text(pdf)).isEqualTo(201);
        assertThat(object(pdf).getBoolean("workingCopy")).isTrue();
        HttpResponse<byte[]> copy = api.get(documents + "/" + object(pdf).getInt("id") + "/working-copy",
                "investigator", "investigator-demo");
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("Content-Type")).contains("image/jpeg");

        long files = ServerSide.evidenceFiles();
        HttpResponse<byte[]> script = api.postMultipart(documents, documentParts("EMPLOYER_INFORMATION",
                "The laboratory", "statement.pdf", TestImages.pdfWithOpenActionScript()), investigator);
        assertThat(script.statusCode()).isEqualTo(415);
        assertThat(ApiClient.text(script)).contains("\"field\":\"file\"", "JavaScript");
        HttpResponse<byte[]> macro = api.postMultipart(documents, documentParts("EMPLOYER_INFORMATION",
                "The laboratory", "letter.docx", TestImages.docx("word/vbaProject.bin", "macro")), investigator);
        assertThat(macro.statusCode()).isEqualTo(415);
        assertThat(ApiClient.text(macro)).contains("macros");
        HttpResponse<byte[]> empty = api.postMultipart(documents, List.of(ApiClient.Part.json("kind", "")),
                investigator);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(object(empty).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("kind", "suppliedBy", "file");
        String[] crossSite = {"Authorization", basic("investigator", "investigator-demo"), "Origin",
                "https://evil.example"};
        assertThat(api.postMultipart(documents, documentParts("OTHER", "x", "a.docx", TestImages.docx()),
                crossSite).statusCode()).as("a cross-site form").isEqualTo(403);
        assertThat(api.postMultipart(documents, documentParts("OTHER", "x", "a.docx", TestImages.docx()),
                "Authorization", basic("registrar", "registrar-demo")).statusCode()).isEqualTo(403);
        assertThat(ServerSide.evidenceFiles()).as("nothing refused left a file").isEqualTo(files);
        assertThat(array(api.get(documents, "investigator", "investigator-demo"))).hasSize(2);
        assertThat(api.get(documents + "/" + added.getInt("id"), "investigator", "investigator-demo")
                .statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + submitted(api, david().replace("posts/1001", "posts/other-case"),
                DemoScreenshot.png(), "post.png") + "/documents/" + added.getInt("id"), "investigator",
                "investigator-demo").statusCode()).as("a document id through another case").isEqualTo(404);
    }

    private static List<ApiClient.Part> documentParts(String kind, String suppliedBy, String fileName, byte[] file) {
        return List.of(new ApiClient.Part("kind", null, "text/plain", kind.getBytes(StandardCharsets.UTF_8)),
                new ApiClient.Part("suppliedBy", null, "text/plain", suppliedBy.getBytes(StandardCharsets.UTF_8)),
                ApiClient.Part.file("file", fileName, "application/octet-stream", file));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String submitted(ApiClient api, String json, byte[] file, String fileName) {
        HttpResponse<byte[]> answer = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", json), ApiClient.Part.file("evidence", fileName, "image/png", file)));
        assertThat(answer.statusCode()).as(ApiClient.text(answer)).isEqualTo(201);
        return object(answer).getString("reference");
    }

    private static String david() {
        return JsonbBuilder.create().toJson(DemoComplaints.david());
    }

    /** The David complaint's value of a text field, as it appears in its JSON (quoted). */
    private static String valueOf(String field) {
        var david = DemoComplaints.david();
        String value = switch (field) {
            case "complainant.name" -> david.complainant().name();
            case "practitioner.name" -> david.practitioner().name();
            case "practitioner.workplace" -> david.practitioner().workplace();
            case "practitioner.profession" -> david.practitioner().profession();
            case "description" -> david.description();
            default -> throw new IllegalArgumentException(field);
        };
        return quoted(value);
    }

    /** A value as it is written inside a JSON string. */
    private static String quoted(String value) {
        return JsonbBuilder.create().toJson(value).replaceAll("^\"|\"$", "");
    }

    private static String label(String field) {
        return switch (field) {
            case "complainant.name" -> "Complainant";
            case "practitioner.name" -> "Practitioner";
            case "practitioner.workplace" -> "Workplace";
            case "practitioner.profession" -> "Profession";
            default -> "Description";
        };
    }

    /** A staff page as the investigator sees it, signed in through the form like a browser. */
    private String staffPage(String path) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(state.find()).isTrue();
        String form = Stream.of(new String[][] {{"login", "login"}, {"login:username", "investigator"},
                    {"login:password", "investigator-demo"}, {"login:signIn", ""}, {"jakarta.faces.ViewState",
                    state.group(1)}}).map(p -> p[0] + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

}
