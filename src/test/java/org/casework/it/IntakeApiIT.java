package org.casework.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.casework.demo.control.DemoComplaints;
import org.casework.demo.control.DemoScreenshot;
import org.casework.evidence.control.CaptureFactsReader;
import org.casework.evidence.control.TestImages;
import org.casework.evidence.entity.CaptureFacts;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.kernel.Sha256;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.it.ApiClient.array;
import static org.casework.it.ApiClient.object;

/** The public intake API on a real Payara Micro: evidence handling, bad input by class, related complaints, limits. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeApiIT {

    @RegisterExtension
    static GreenMailExtension mail = ServerSide.mailServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    /** The contract a script writer reads is the one the tests hold every exchange to. */
    @Test
    void theApisContractIsServedAsWrittenAtOpenapi() {
        // at the server's root, whatever the application's context
        HttpResponse<byte[]> served = new ApiClient(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                .get("/openapi", null, null);
        assertThat(served.statusCode()).isEqualTo(200);
        OpenAPIV3Parser parser = new OpenAPIV3Parser();
        var document = parser.readContents(ApiContract.document(), null, null).getOpenAPI();
        var answered = parser.readContents(ApiClient.text(served), null, null).getOpenAPI();
        assertThat(answered.getPaths().keySet()).as("the paths").isEqualTo(document.getPaths().keySet());
        assertThat(answered.getComponents().getSecuritySchemes().keySet()).containsExactlyInAnyOrderElementsOf(
                document.getComponents().getSecuritySchemes().keySet());
        assertThat(ApiClient.text(served)).contains("submitComplaint");
    }

    @Test
    @Order(1)
    void aGeoTaggedScreenshotIsKeptAsReceivedFlaggedAndStrippedForViewing() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        byte[] photo = TestImages.geoTaggedJpeg(640, 480);
        JsonObject receipt = object(submitted(api, json(DemoComplaints.david()),
                ApiClient.Part.file("evidence", "IMG_2041.jpg", "image/jpeg", photo)));
        String reference = receipt.getString("reference");

        JsonObject caseFile = caseFile(api, reference);
        assertThat(caseFile.getJsonObject("flags").getBoolean("geoTaggedEvidence")).isTrue();
        JsonObject evidence = caseFile.getJsonArray("evidence").getJsonObject(0);
        assertThat(evidence.getString("sha256")).isEqualTo(Sha256.of(photo).hex());
        assertThat(evidence.getJsonNumber("latitude").doubleValue()).isBetween(-41.29, -41.28);
        assertThat(evidence.getString("device")).isEqualTo("Casework Test Phone");
        String evidencePath = "/api/v1/cases/" + reference + "/evidence/" + evidence.getInt("id");
        assertThat(api.get(evidencePath, "investigator", "investigator-demo").body()).isEqualTo(photo);
        byte[] working = api.get(evidencePath + "/working-copy", "investigator", "investigator-demo").body();
        assertThat(CaptureFactsReader.read(working)).isEqualTo(CaptureFacts.NONE);
        assertThat(ImageIO.read(new ByteArrayInputStream(working)).getWidth()).isEqualTo(640);
        byte[] thumbnail = api.get(evidencePath + "/thumbnail", "investigator", "investigator-demo").body();
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(320);

        String status = ApiClient.text(api.get("/api/v1/complaints/" + reference, null, null,
                "X-Tracking-Code", receipt.getString("trackingCode")));
        assertThat(status).contains("Received").doesNotContain("41.28").doesNotContain("174.7");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage acknowledgement = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> subject(m).contains(reference)).findFirst().orElseThrow();
        assertThat(acknowledgement.getAllRecipients()[0].toString()).isEqualTo("tom.reweti@example.org");
        String body = (String) acknowledgement.getContent();
        assertThat(body).contains(reference).doesNotContain(receipt.getString("trackingCode"));
    }

    @Test
    @Order(2)
    void everyClassOfBadInputIsRefusedByFieldAndWritesNothing() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        ComplaintSubmission david = DemoComplaints.david();
        byte[] png = DemoScreenshot.png();
        List<BadInput> cases = List.of(
                bad("an EXE renamed .png", 415, "evidence[0]", json(david),
                        file("setup.png", Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 4096))),
                bad("HTML renamed .jpg", 415, "evidence[0]", json(david),
                        file("photo.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))),
                bad("SVG renamed .jpg", 415, "evidence[0]", json(david), file("photo.jpg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))),
                bad("a PNG that is also a web page", 415, "evidence[1]", json(david), file("a.png", png),
                        file("b.png", concat(png, "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8)))),
                bad("a truncated image", 400, "evidence[0]", json(david), file("cut.png", Arrays.copyOf(png, 100))),
                bad("an empty file", 400, "evidence[0]", json(david), file("empty.png", new byte[0])),
                bad("a file over 10 MB", 413, "evidence[0]", json(david), file("big.png", concat(png, new byte[10_485_760]))),
                bad("eleven files", 413, "evidence", json(david), Stream.generate(() -> file("s.png", png)).limit(11)
                        .toArray(ApiClient.Part[]::new)),
                bad("a pixel flood", 413, "evidence[0]", json(david), file("flood.png", pixelFlood())),
                bad("a javascript: link", 400, "postLinks[0]", json(david).replace("https://www.facebook.com/david.marsh.demo/posts/1001",
                        "javascript:alert(1)")),
                bad("a data: link", 400, "postLinks[0]", json(david).replace("https://www.facebook.com/david.marsh.demo/posts/1001",
                        "data:text/html,hello")),
                bad("a file: link", 400, "postLinks[0]", json(david).replace("https://www.facebook.com/david.marsh.demo/posts/1001",
                        "file:///etc/passwd")),
                bad("an overlong description", 400, "description", json(withDescription(david, "x".repeat(20_001)))),
                bad("control characters in a name", 400, "complainant.name", json(david).replace("Tom Reweti", "Tom\\u0007Reweti")),
                bad("a missing practitioner name", 400, "practitioner.name", json(david).replace("\"David Marsh\"", "\"\"")),
                bad("an invalid email", 400, "complainant.email", json(david).replace("tom.reweti@example.org", "tom@")),
                bad("a future conduct date", 400, "conductDate", json(david).replace("2026-03-14", "2099-01-01")));
        int tasksBefore = triageTasks(api);
        long filesBefore = ServerSide.evidenceFiles();
        for (BadInput input : cases) {
            List<ApiClient.Part> parts = new ArrayList<>();
            parts.add(ApiClient.Part.json("complaint", input.json()));
            parts.addAll(List.of(input.files()));
            HttpResponse<byte[]> answer = api.postMultipart("/api/v1/complaints", parts);
            assertThat(answer.statusCode()).as(input.name() + ": " + ApiClient.text(answer)).isEqualTo(input.status());
            assertThat(answer.headers().firstValue("Content-Type")).as(input.name())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(object(answer).getJsonArray("errors").getJsonObject(0).getString("field")).as(input.name())
                    .isEqualTo(input.field());
            assertThat(triageTasks(api)).as(input.name() + " wrote a complaint").isEqualTo(tasksBefore);
            assertThat(ServerSide.evidenceFiles()).as(input.name() + " left a file").isEqualTo(filesBefore);
        }
    }

    @Test
    @Order(3)
    void twoComplaintsAboutTheSamePostAreLinked() {
        ApiClient api = new ApiClient(base.toString());
        String first = object(submitted(api, json(DemoComplaints.connor()))).getString("reference");
        String sameLinkOtherwiseWritten = json(DemoComplaints.connor())
                .replace("https://x.com/connor_demo/status/1234567890", "https://twitter.com/connor_demo/status/1234567890?s=20")
                .replace("Millie Carter", "A Friend Of Millie").replace("millie.carter@example.org", "friend@example.org");
        String second = object(submitted(api, sameLinkOtherwiseWritten)).getString("reference");
        // the demo data already holds Connor's complaint about the same post: all three are linked
        assertThat(related(api, second)).contains(first + " SAME_POST");
        assertThat(related(api, first)).contains(second + " SAME_POST");
        String otherPostSamePractitioner = json(DemoComplaints.connor())
                .replace("https://x.com/connor_demo/status/1234567890", "https://x.com/connor_demo/status/999");
        String third = object(submitted(api, otherPostSamePractitioner)).getString("reference");
        assertThat(related(api, third)).contains(first + " SAME_PRACTITIONER_AND_PLATFORM");
        // someone not on the register: matched by name, whatever its case and spacing
        String unregistered = json(DemoComplaints.connor()).replace("Connor Blake", "Aroha  NGATA-Unlisted")
                .replace("https://x.com/connor_demo/status/1234567890", "https://x.com/aroha_demo/status/1");
        String fourth = object(submitted(api, unregistered)).getString("reference");
        String fifth = object(submitted(api, unregistered.replace("Aroha  NGATA-Unlisted", " aroha ngata-unlisted")
                .replace("aroha_demo/status/1", "aroha_demo/status/2"))).getString("reference");
        assertThat(related(api, fifth)).containsExactly(fourth + " SAME_PRACTITIONER_AND_PLATFORM");
    }

    private static List<String> related(ApiClient api, String reference) {
        return caseFile(api, reference).getJsonArray("related").stream().map(JsonObject.class::cast)
                .map(r -> r.getString("reference") + " " + r.getString("reason")).toList();
    }

    @Test
    @Order(4)
    void theComplainantAddsAMessageAndEvidenceWhileTheComplaintIsOpen() {
        ApiClient api = new ApiClient(base.toString());
        JsonObject receipt = object(submitted(api, json(DemoComplaints.sarah())));
        String reference = receipt.getString("reference");
        HttpResponse<byte[]> added = api.postMultipart("/api/v1/complaints/" + reference + "/additions",
                List.of(ApiClient.Part.json("message", "I found <b>two more</b> posts."),
                        file("more.png", DemoScreenshot.png())), "X-Tracking-Code", receipt.getString("trackingCode"));
        assertThat(added.statusCode()).as(ApiClient.text(added)).isEqualTo(200);
        JsonObject caseFile = caseFile(api, reference);
        assertThat(caseFile.getJsonArray("messages").getJsonObject(0).getString("body"))
                .isEqualTo("I found <b>two more</b> posts.");
        assertThat(caseFile.getJsonArray("evidence")).hasSize(1);
        assertThat(api.postMultipart("/api/v1/complaints/" + reference + "/additions",
                List.of(ApiClient.Part.json("message", "guess")), "X-Tracking-Code", "WRONG").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String key = UUID.randomUUID().toString();
        String david = json(DemoComplaints.david()).replace("David Marsh", "David Idempotent");
        List<ApiClient.Part> parts = List.of(ApiClient.Part.json("complaint", david),
                file("shot.png", DemoScreenshot.png()));
        HttpResponse<byte[]> first = api.postMultipart("/api/v1/complaints", parts, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(ApiClient.text(first)).isEqualTo(201);
        int tasks = triageTasks(api);
        long files = ServerSide.evidenceFiles();

        HttpResponse<byte[]> again = api.postMultipart("/api/v1/complaints", parts, "Idempotency-Key", key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(object(again)).isEqualTo(object(first));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(api.get("/api/v1/complaints/" + object(first).getString("reference"), null, null,
                "X-Tracking-Code", object(again).getString("trackingCode")).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> other = api.postMultipart("/api/v1/complaints",
                List.of(ApiClient.Part.json("complaint", json(DemoComplaints.sarah()))), "Idempotency-Key", key);
        assertThat(other.statusCode()).as(ApiClient.text(other)).isEqualTo(422);
        assertThat(object(other).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("Idempotency-Key");
        HttpResponse<byte[]> weak = api.postMultipart("/api/v1/complaints", parts, "Idempotency-Key", "1");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(object(weak).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("Idempotency-Key");
        assertThat(triageTasks(api)).as("no complaint written by a retry or a refusal").isEqualTo(tasks);
        assertThat(ServerSide.evidenceFiles()).as("no file written by a retry or a refusal").isEqualTo(files);

        // four clients sending one key at the same moment: one complaint, and all four get its answer
        String together = UUID.randomUUID().toString();
        List<ApiClient.Part> sarah = List.of(ApiClient.Part.json("complaint", json(DemoComplaints.sarah())));
        var pool = Executors.newFixedThreadPool(4);
        try {
            Callable<HttpResponse<byte[]>> send = () -> api.postMultipart(
                    "/api/v1/complaints", sarah, "Idempotency-Key", together);
            Set<String> references = new HashSet<>();
            for (var answer : pool.invokeAll(Collections.nCopies(4, send))) {
                assertThat(answer.get().statusCode()).as(ApiClient.text(answer.get())).isEqualTo(201);
                references.add(object(answer.get()).getString("reference"));
            }
            assertThat(references).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(triageTasks(api)).isEqualTo(tasks + 1);
    }

    @Test
    @Order(99)
    void lookUpsAndSubmissionsAreRateLimitedPerAddress() {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> answer = null;
        for (int i = 0; i < 25 && (answer == null || answer.statusCode() != 429); i++) {
            answer = api.get("/api/v1/complaints/MSC-2026-000001", null, null, "X-Tracking-Code", "GUESS-" + i);
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        for (int i = 0; i < 400 && answer.statusCode() != 429 || i == 0; i++) {
            answer = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json("complaint", "{}")));
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    }

    record BadInput(String name, int status, String field, String json, ApiClient.Part[] files) {
    }

    private static BadInput bad(String name, int status, String field, String json, ApiClient.Part... files) {
        return new BadInput(name, status, field, json, files);
    }

    private static ApiClient.Part file(String name, byte[] content) {
        return ApiClient.Part.file("evidence", name, "image/png", content);
    }

    private static String json(ComplaintSubmission submission) {
        return JsonbBuilder.create().toJson(submission);
    }

    private static ComplaintSubmission withDescription(ComplaintSubmission s, String description) {
        return ComplaintSubmission.of(s.complainant(), s.practitioner(), s.platform(), s.postLinks(), s.conductDate(),
                description);
    }

    private static HttpResponse<byte[]> submitted(ApiClient api, String json, ApiClient.Part... files) {
        List<ApiClient.Part> parts = new ArrayList<>(List.of(ApiClient.Part.json("complaint", json)));
        parts.addAll(List.of(files));
        HttpResponse<byte[]> response = api.postMultipart("/api/v1/complaints", parts);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(201);
        return response;
    }

    private static JsonObject caseFile(ApiClient api, String reference) {
        return object(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo"));
    }

    private static int triageTasks(ApiClient api) {
        return array(api.get("/api/v1/tasks", "investigator", "investigator-demo")).size();
    }


    /** 8000 x 6000 pixels (48 megapixels) that compress to a few kilobytes. */
    private static byte[] pixelFlood() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
