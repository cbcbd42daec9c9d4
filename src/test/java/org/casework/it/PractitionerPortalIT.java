package org.casework.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.demo.control.DemoComplaints;
import org.casework.evidence.control.TestImages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.it.ApiClient.array;
import static org.casework.it.ApiClient.object;
import static org.casework.it.DavidCaseIT.EXAMINER;
import static org.casework.it.DavidCaseIT.INVESTIGATOR;
import static org.casework.it.DavidCaseIT.awaitTask;

/**
 * The practitioner's portal in a real browser: David's invitation arrives by mail with the notice, he chooses a
 * password, signs in with the code emailed to him, reads the notice and responds with a document, and the case moves
 * to the investigator's next step; later he accepts the warning online and the case closes. On another case he
 * names a representative, who answers for him, until he withdraws her access. Every page checked with axe-core.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class PractitionerPortalIT {

    private static final String DAVID = "david.marsh@example.org";
    private static final String PASSWORD = "my own long portal phrase";
    private static final Pattern LINK = Pattern.compile("/practitioner/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @RegisterExtension
    static GreenMailExtension mail = ServerSide.mailServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;
    BrowserSteps page;
    ApiClient api;

    Path downloads;

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "dl");
        browser = Browser.start(downloads);
        page = new BrowserSteps(browser);
        api = new ApiClient(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        Browser.close(browser);
    }

    @Test
    void davidIsInvitedRespondsWithADocumentThenAcceptsTheWarningOnline() throws Exception {
        String reference = caseAwaitingResponse();
        String token = invitationTo(DAVID, reference);

        // the link: who it is for and which case; a password chosen; the case opens
        browser.get(base + "practitioner/invitation.xhtml?token=" + token);
        assertThat(page.text("invitationFor")).contains("David Marsh", DAVID, reference);
        page.accessible("invitation");
        boolean newAccount = !browser.findElements(By.id("accept:repeat")).isEmpty();
        page.type("accept:password", PASSWORD);
        if (newAccount) {
            page.type("accept:repeat", PASSWORD);
        }
        page.click("accept:open");
        assertThat(page.text("messages")).contains("The case is open for you");
        assertThat(browser.getCurrentUrl()).endsWith("practitioner/case.xhtml?ref=" + reference);
        // the link works once
        page.click("portalSignOut:signOutOfPortal");
        browser.get(base + "practitioner/invitation.xhtml?token=" + token);
        assertThat(page.text("refused")).contains("used already");
        browser.get(base + "practitioner/invitation.xhtml?token=" + token.substring(1) + "x");
        assertThat(page.text("refused")).contains("not known");
        page.accessible("refused invitation");

        // sign in: password, then the code emailed; a wrong code is said beside its field
        signIn(DAVID, PASSWORD, true);
        assertThat(page.text("cases")).contains(reference, "Your response, by");
        page.accessible("own cases");

        browser.get(base + "practitioner/case.xhtml?ref=" + reference);
        assertThat(page.text("respondBy")).contains("due in 28 days");
        assertThat(page.text("letters")).contains("Notice of investigation to the practitioner");
        assertThat(page.text("allegations")).contains("Clause 7");
        page.accessible("case awaiting response");
        page.illustrate("practitioner-case");

        // more time: both refusals at once, then asked with a reason; and a message to the investigator
        page.click("moreTime:ask");
        assertThat(page.text("moreTime:daysMessage")).containsIgnoringCase("from 1 to 28");
        assertThat(page.text("moreTime:reasonMessage")).containsIgnoringCase("required");
        new Select(browser.findElement(By.id("moreTime:days"))).selectByValue("14");
        page.type("moreTime:reason", "I am on leave until mid-January and want to take advice first.");
        page.click("moreTime:ask");
        assertThat(page.text("messages")).contains("request for more time is with the investigator");
        assertThat(page.text("timeRequests")).contains("14 more days", "waiting for the investigator");
        assertThat(browser.findElements(By.id("moreTime"))).as("one request at a time").isEmpty();
        page.type("write:message", "Please send letters to my home address from now on.");
        page.click("write:send");
        assertThat(page.text("messages")).contains("Your message is with the investigator");
        assertThat(page.text("messagesSent")).contains("David Marsh (the practitioner)", "home address");
        page.click("portalSignOut:signOutOfPortal");

        // the investigator sees both on the case page and grants the days: the clock moves
        staffSignIn();
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        assertThat(page.text("timeAsked")).contains("14 more days", "on leave until mid-January");
        page.accessible("staff case page with a request for more time");
        page.part("correspondence");
        assertThat(page.text("correspondence")).contains("Written in the practitioner's portal",
                "Please send letters to my home address");
        page.part("overview");
        page.click("timeRequest:grant");
        assertThat(page.text("messages")).contains("More time is granted");
        assertThat(object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"))
                .getJsonObject("clocks").getString("responseDueOn")).isEqualTo(LocalDate.now(ZoneId.of(
                        "Pacific/Auckland")).plusDays(42).toString());
        browser.findElement(By.cssSelector("[id='signOut'] input[type=submit]")).click();
        signIn(DAVID, PASSWORD, false);
        browser.get(base + "practitioner/case.xhtml?ref=" + reference);
        assertThat(page.text("respondBy")).contains("due in 42 days");
        assertThat(page.text("timeRequests")).contains("granted");

        // nothing typed, nothing ticked: both refusals beside their fields, and the case waits still
        page.click("respond:send");
        assertThat(page.text("respond:responseMessage")).containsIgnoringCase("required");
        assertThat(page.text("respond:confirmedMessage")).containsIgnoringCase("must be ticked");
        page.accessible("refused response");
        assertThat(awaitTask(api, reference, "recordPractitionerResponse")).isNotNull();

        Path statement = Files.createTempFile("statement", ".pdf");
        Files.write(statement, TestImages.pdf());
        page.type("respond:response", "I took the photos down the day I was told and apologise to my patients.");
        browser.findElement(By.id("respond:files")).sendKeys(statement.toString());
        browser.findElement(By.id("respond:confirmed")).click();
        page.click("respond:send");
        assertThat(page.text("messages")).contains("Your response is sent");
        assertThat(page.text("responded")).contains("We received your response");
        assertThat(page.text("sent")).contains(statement.getFileName().toString());

        // the investigator's next step is open, with the response and its document on the case
        awaitTask(api, reference, "investigateCase");
        JsonObject caseFile = object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"));
        assertThat(caseFile.getJsonArray("steps").getValuesAs(JsonObject.class))
                .anySatisfy(s -> {
                    assertThat(s.getString("step")).isEqualTo("recordPractitionerResponse");
                    assertThat(s.getString("by")).isEqualTo("portal:" + DAVID);
                    assertThat(s.getString("note")).contains("apologise to my patients");
                });
        assertThat(array(api.get("/api/v1/cases/" + reference + "/documents", INVESTIGATOR, "investigator-demo"))
                .getValuesAs(JsonObject.class)).anySatisfy(d -> {
                    assertThat(d.getString("kind")).isEqualTo("PRACTITIONER_RESPONSE");
                    assertThat(d.getString("fileName")).isEqualTo(statement.getFileName().toString());
                });

        // the examiners propose a warning; David accepts it online and the case closes
        decideWarning(reference);
        browser.get(base + "practitioner/case.xhtml?ref=" + reference);
        assertThat(page.text("answer")).contains("propose a warning");
        page.accessible("warning to answer");
        page.click("answer:accept");
        assertThat(page.text("answer:answerMessage")).containsIgnoringCase("must be ticked");
        browser.findElement(By.id("answer:confirmed")).click();
        page.click("answer:accept");
        assertThat(page.text("messages")).contains("You accepted the warning");
        assertThat(page.text("caseStatus")).contains("Closed");
        assertThat(object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"))
                .getString("status")).isEqualTo("CLOSED");
        assertThat(object(api.get("/api/v1/register/practitioners/" + DemoComplaints.DAVID_REGISTRATION, null, null))
                .getJsonArray("sanctions").getValuesAs(JsonObject.class))
                .anySatisfy(s -> assertThat(s.getString("kind")).isEqualTo("WARNING"));

        // what he may not reach: another case (the same "not found" as none), and the staff's pages
        String other = submitted(DemoComplaints.sarah());
        browser.get(base + "practitioner/case.xhtml?ref=" + other);
        assertThat(browser.getPageSource()).doesNotContain(other + "</h1>").contains("<h1>Not found</h1>");
        browser.get(base + "staff/tasks.xhtml");
        assertThat(browser.getCurrentUrl()).contains("login");
        String cookies = String.join("; ", browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        assertThat(api.get("/api/v1/cases/" + reference, null, null, "Cookie", cookies).statusCode())
                .as("the portal's session opens no staff API").isEqualTo(401);
        // his sign-ins are audited as staff sign-ins are, the failed one too
        assertThat(array(api.get("/api/v1/admin/audit?max=50&target=" + URLEncoder.encode("portal " + DAVID,
                StandardCharsets.UTF_8), "admin", "admin-demo")).getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("SIGN_IN_FAILED"))
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("SIGN_IN"));
        assertThat(array(api.get("/api/v1/admin/audit?max=50&actor=" + URLEncoder.encode("portal:" + DAVID,
                StandardCharsets.UTF_8), "admin", "admin-demo")).getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("DENIED");
                    assertThat(e.getString("target")).isEqualTo("case " + other);
                })
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("VIEW_CASE"));
    }

    @Test
    void aRepresentativeAnswersForThePractitionerUntilTheirAccessIsWithdrawn() throws Exception {
        String reference = caseAwaitingResponse();
        String token = invitationTo(DAVID, reference);
        browser.get(base + "practitioner/invitation.xhtml?token=" + token);
        boolean newAccount = !browser.findElements(By.id("accept:repeat")).isEmpty();
        page.type("accept:password", PASSWORD);
        if (newAccount) {
            page.type("accept:repeat", PASSWORD);
        }
        page.click("accept:open");

        // his own address is refused, with a bad one, each beside its field
        page.type("represent:fullName", "Ana Adviser");
        page.type("represent:email", DAVID);
        page.click("represent:invite");
        assertThat(page.text("represent:emailMessage")).contains("your own address");
        page.type("represent:email", "ana.adviser@example.org");
        page.click("represent:invite");
        assertThat(page.text("messages")).contains("Your representative is invited");
        assertThat(page.text("representatives")).contains("Ana Adviser", "invited on");
        page.click("portalSignOut:signOutOfPortal");

        // the representative's own invitation and sign-in; she sees the case and responds for him
        String hers = invitationTo("ana.adviser@example.org", reference);
        // on a phone, and without JavaScript: the core steps are plain forms
        browser.manage().window().setSize(new Dimension(390, 844));
        scripts(false);
        browser.get(base + "practitioner/invitation.xhtml?token=" + hers);
        assertThat(page.text("invitationFor")).contains("representative");
        page.type("accept:password", "the adviser's own phrase");
        page.type("accept:repeat", "not the same phrase at all");
        page.click("accept:open");
        assertThat(page.text("accept:repeatMessage")).contains("not the same");
        page.type("accept:password", "the adviser's own phrase");
        page.type("accept:repeat", "the adviser's own phrase");
        page.click("accept:open");
        assertThat(browser.findElements(By.id("represent"))).as("only the practitioner names representatives")
                .isEmpty();
        page.type("respond:response", "I act for Mr Marsh. He accepts that the photos should not have been posted.");
        browser.findElement(By.id("respond:confirmed")).click();
        page.click("respond:send");
        assertThat(page.text("messages")).contains("Your response is sent");
        String address = browser.getCurrentUrl();
        scripts(true);
        browser.get(address);
        assertThat(page.text("responded")).as(address).contains("We received your response");
        page.accessible("case at 390 px, representative");
        page.illustrate("practitioner-case-narrow");
        browser.manage().window().setSize(new Dimension(1280, 1600));
        awaitTask(api, reference, "investigateCase");
        assertThat(object(api.get("/api/v1/cases/" + reference, INVESTIGATOR, "investigator-demo"))
                .getJsonArray("steps").getValuesAs(JsonObject.class))
                .anySatisfy(s -> {
                    assertThat(s.getString("by")).isEqualTo("portal:ana.adviser@example.org");
                    assertThat(s.getString("note")).contains("Ana Adviser, representative");
                });
        page.click("portalSignOut:signOutOfPortal");

        // David withdraws her access: her next look is "not found"
        signIn(DAVID, PASSWORD, false);
        browser.get(base + "practitioner/case.xhtml?ref=" + reference);
        page.click(By.cssSelector("#represent input[id$=':withdraw']"));
        assertThat(page.text("representatives")).contains("withdrawn on");
        page.click("portalSignOut:signOutOfPortal");
        signIn("ana.adviser@example.org", "the adviser's own phrase", false);
        assertThat(page.text("noCases")).contains("no case for you");
        browser.get(base + "practitioner/case.xhtml?ref=" + reference);
        assertThat(browser.getPageSource()).contains("<h1>Not found</h1>");
        browser.get(base + "practitioner/index.xhtml");
        page.click("portalSignOut:signOutOfPortal");

        // staff see who answers for the case online, and send a new invitation
        staffSignIn();
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        page.part("parties");
        assertThat(page.text("portalPeople")).contains("David Marsh (" + DAVID + "), the practitioner, acting since",
                "Ana Adviser (ana.adviser@example.org), representative, withdrawn on");
        int invitations = mailsTo(DAVID, reference).size();
        page.click("portalInvite:invite");
        assertThat(page.text("messages")).contains("A new invitation to the portal is on its way");
        awaitMail(DAVID, reference, invitations);
        page.accessible("staff case page with the portal's people");
    }

    @Test
    void davidFollowsHisHearingDownloadsItsBundleAndTellsUsOfHisAppeal() throws Exception {
        String reference = caseAwaitingResponse();
        String token = invitationTo(DAVID, reference);
        browser.get(base + "practitioner/invitation.xhtml?token=" + token);
        boolean newAccount = !browser.findElements(By.id("accept:repeat")).isEmpty();
        page.type("accept:password", PASSWORD);
        if (newAccount) {
            page.type("accept:repeat", PASSWORD);
        }
        page.click("accept:open");
        assertThat(browser.findElements(By.id("hearing"))).as("no hearing yet").isEmpty();

        // staff take the case to a hearing and fix its sitting
        String[] investigator = {INVESTIGATOR, "investigator-demo"};
        String[] examiner = {EXAMINER, "examiner-demo"};
        AppealIT.step(api, reference, "recordPractitionerResponse", "practitioner-response", investigator,
                "{\"note\":\"Answered by letter.\"}");
        AppealIT.step(api, reference, "investigateCase", "referral", investigator, "{\"note\":\"Repeated.\","
                + "\"harm\":\"SERIOUS\",\"repeated\":true,\"intentional\":true,\"insightShown\":false}");
        AppealIT.step(api, reference, "caseExaminerDecision", "decision", examiner, "{\"outcome\":\"SUSPENSION\","
                + "\"reasons\":\"Patients identifiable, repeatedly.\",\"clauses\":[\"MSC-SM-2020/7\"]}");
        AppealIT.step(api, reference, "approveLetters", "letter-approval", investigator, "{\"approved\":true}");
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Auckland"));
        AppealIT.fixTheSitting(api, reference, today.plusDays(30));

        browser.get(base + "practitioner/case.xhtml?ref=" + reference);
        assertThat(page.text("sittings")).contains("Level 2, 80 The Terrace, Wellington", "Dr Ana Tui (chair)");
        page.accessible("the portal's case with its hearing");
        browser.findElement(By.id("hearing:bundle")).click();
        Path bundle = downloads.resolve(reference + "-hearing-bundle.pdf");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.exists(bundle));
        try (var pdf = Loader.loadPDF(bundle.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Hearing bundle", reference);
        }
        assertThat(array(api.get("/api/v1/admin/audit?max=50&target=" + URLEncoder.encode("case " + reference,
                StandardCharsets.UTF_8), "admin", "admin-demo")).getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("portal:" + DAVID);
                    assertThat(e.getString("detail")).contains("hearing bundle");
                });

        // the panel suspends him; the decision's letter opens 28 days to appeal, which he tells us of online
        AppealIT.step(api, reference, "recordHearingDecision", "hearing-decision", examiner, "{\"outcome\":"
                + "\"SUSPENSION\",\"reasons\":\"Serious.\",\"clauses\":[\"MSC-SM-2020/7\"],\"orderEndsOn\":\""
                + today.plusMonths(6) + "\"}");
        AppealIT.step(api, reference, "approveLetters", "letter-approval", investigator, "{\"approved\":true}");
        AppealIT.await(api, reference, o -> o.containsKey("appealableUntil"));
        browser.get(base + "practitioner/case.xhtml?ref=" + reference);
        page.click("appeal:tell");
        assertThat(page.text("appeal:confirmedMessage")).isNotBlank();
        assertThat(page.text("appeal:groundsMessage")).isNotBlank();
        page.accessible("the portal's appeal with refused fields");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("appeal:lodgedOn")), today.toString());
        page.type("appeal:grounds", "The panel did not hear my witness.");
        browser.findElement(By.id("appeal:confirmed")).click();
        page.click("appeal:tell");
        assertThat(page.text("messages")).contains("We have recorded your appeal");
        assertThat(page.text("appeals")).contains("waiting for the court");
        JsonObject appeal = object(api.get("/api/v1/cases/" + reference + "/appeals", INVESTIGATOR,
                "investigator-demo")).getJsonArray("appeals").getJsonObject(0);
        assertThat(appeal.getString("lodgedBy")).isEqualTo("portal:" + DAVID);
        assertThat(appeal.getString("grounds")).isEqualTo("The panel did not hear my witness.");
    }

    private void staffSignIn() {
        browser.get(base + "login.xhtml");
        page.type("login:username", INVESTIGATOR);
        page.type("login:password", "investigator-demo");
        page.click("login:signIn");
    }

    /** Turns the page's scripts off (or on again) for this browser, as a visitor without JavaScript has them. */
    private void scripts(boolean on) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setScriptExecutionDisabled",
                Map.of("value", !on));
    }

    /** Email and password, then the newest code mailed to that address. */
    private void signIn(String email, String password, boolean tryAWrongCodeFirst) throws Exception {
        browser.get(base + "practitioner/signin.xhtml");
        page.accessible("portal sign-in");
        int before = mailsTo(email, "Your sign-in code").size();
        page.type("signIn:email", email);
        page.type("signIn:password", password + "!");
        page.click("signIn:continue");
        assertThat(page.text("signIn:passwordMessage")).containsIgnoringCase("does not match");
        page.type("signIn:password", password);
        page.click("signIn:continue");
        assertThat(page.text("codeSent")).contains(email);
        String code = awaitMail(email, "Your sign-in code", before);
        Matcher digits = CODE.matcher(code);
        assertThat(digits.find()).isTrue();
        if (tryAWrongCodeFirst) {
            page.accessible("portal code");
            page.type("second:code", digits.group(1).equals("000000") ? "111111" : "000000");
            page.click("second:confirm");
            assertThat(page.text("second:codeMessage")).contains("not the code");
        }
        page.type("second:code", digits.group(1));
        page.click("second:confirm");
        page.waitFor(By.id("portalSignOut"));
    }

    /** A new complaint about David, accepted at triage, its notice approved and issued: the portal invites him. */
    private String caseAwaitingResponse() throws Exception {
        String reference = submitted(DemoComplaints.david());
        // the acknowledgement job writes to the case too: triage after it, not racing it (409)
        CaseAccessIT.awaitAcknowledged(api, reference, new String[] {INVESTIGATOR, "investigator-demo"});
        assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "triageComplaint") + "/triage",
                INVESTIGATOR, "investigator-demo", "{\"decision\":\"ACCEPT\",\"note\":\"Confidentiality\","
                        + "\"allegations\":[\"Confidentiality and privacy\"]}").statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "approveLetters") + "/letter-approval",
                EXAMINER, "examiner-demo", "{\"approved\":true}").statusCode()).isEqualTo(200);
        awaitTask(api, reference, "recordPractitionerResponse");
        return reference;
    }

    private void decideWarning(String reference) {
        assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "investigateCase") + "/referral",
                INVESTIGATOR, "investigator-demo", "{\"note\":\"Photos identify patients.\",\"harm\":\"MINOR\","
                        + "\"repeated\":false,\"intentional\":false,\"insightShown\":true}").statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> decided = api.postJson("/api/v1/tasks/" + awaitTask(api, reference,
                "caseExaminerDecision") + "/decision", EXAMINER, "examiner-demo", "{\"outcome\":\"WARNING\","
                + "\"reasons\":\"Photos of patients were posted on a public account.\",\"clauses\":"
                + "[\"MSC-SM-2020/7\",\"MSC-SM-2020/8\"]}");
        assertThat(decided.statusCode()).as(ApiClient.text(decided)).isEqualTo(200);
        assertThat(api.postJson("/api/v1/tasks/" + awaitTask(api, reference, "approveLetters") + "/letter-approval",
                INVESTIGATOR, "investigator-demo", "{\"approved\":true}").statusCode()).isEqualTo(200);
        awaitTask(api, reference, "awaitWarningAnswer");
    }

    private String submitted(Object complaint) throws Exception {
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(
                ApiClient.Part.json("complaint", JsonbBuilder.create().toJson(complaint))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        return object(submitted).getString("reference");
    }

    /** The token of the invitation to this case mailed to that address (the newest, if several). */
    private String invitationTo(String email, String reference) throws Exception {
        String text = awaitMail(email, reference, 0);
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    private List<MimeMessage> mailsTo(String email, String subject) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email) && m.getSubject().contains(subject)
                        && !(m.getContent() instanceof Multipart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of the newest plain mail to that address whose subject contains {@code subject}, once more than
     * {@code before} have arrived. */
    private String awaitMail(String email, String subject, int before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = mailsTo(email, subject);
            if (found.size() > before) {
                return String.valueOf(found.get(found.size() - 1).getContent());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail to " + email + " about " + subject);
    }
}
