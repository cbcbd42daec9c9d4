package org.casework.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.demo.control.DemoComplaints;
import org.casework.demo.control.DemoScreenshot;
import org.casework.evidence.control.TestImages;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.kernel.RegulatorTime;
import org.casework.letters.control.PdfA;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal and David's case in a real browser: every step of the complaint form checked with axe-core, the form
 * completed with the keyboard alone, the receipt, the acknowledgement mail, the status page; then the investigator,
 * the case examiner and the registrar do their part.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class PortalJourneyIT {

    @RegisterExtension
    static GreenMailExtension mail = ServerSide.mailServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;
    BrowserSteps steps;
    Path downloads;

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "downloads");
        browser = Browser.start(downloads);
        steps = new BrowserSteps(browser);
    }

    @AfterEach
    void closeBrowser() {
        Browser.close(browser);
    }

    @Test
    void everyStepTheErrorStateAndTheStatusPagePassAxe() {
        browser.get(base.toString());
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Make a complaint about a practitioner's use of social media");
        // the step indicator marks the current step for assistive technology, and only that one
        assertThat(browser.findElements(By.cssSelector("ol.steps li[aria-current='step']"))).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("pt:aria-current").doesNotContain("aria-current=\"false\"");
        accessible("step 1");
        click("complaint:next");
        assertThat(waitFor(By.id("complaint:errorSummary")).getText()).contains("Your full name is required");
        assertThat(browser.findElements(By.cssSelector("#complaint\\:errorSummary a")))
                .as("every field of the step at once").extracting(a -> a.getAttribute("href"))
                .satisfiesExactly(name -> assertThat(name).endsWith("#complaint:complainantName"),
                        email -> assertThat(email).endsWith("#complaint:complainantEmail"));
        accessible("error state");
        type("complaint:complainantName", "Tom Reweti");
        type("complaint:complainantEmail", "tom.reweti@example.org");
        click("complaint:next");
        waitFor(By.id("complaint:practitionerName"));
        accessible("step 2");
        type("complaint:practitionerName", "David Marsh");
        click("complaint:next");
        waitFor(By.id("complaint:postLinks"));
        accessible("step 3");
        click("complaint:back");
        assertThat(waitFor(By.id("complaint:practitionerName")).getAttribute("value")).isEqualTo("David Marsh");
        click("complaint:next");
        new Select(waitFor(By.id("complaint:platform"))).selectByValue("FACEBOOK");
        type("complaint:postLinks", "https://www.facebook.com/david.marsh.demo/posts/1001");
        type("complaint:conductDate", "2026-03-14");
        type("complaint:description", "Photos of patients on a public, geo-tagged Facebook account.");
        click("complaint:next");
        waitFor(By.id("complaint:addFiles"));
        accessible("step 4");
        click("complaint:next");
        waitFor(By.id("complaint:submit"));
        accessible("step 5");
        browser.get(base + "status.xhtml");
        accessible("status page");
    }

    @Test
    @SuppressWarnings("unchecked")
    void davidsComplaintWithTheKeyboardAloneThenTriageDecisionAndStatistics() throws Exception {
        Path photo = Files.createTempFile("IMG_2041", ".jpg");
        Files.write(photo, TestImages.geoTaggedJpeg(480, 360));

        browser.get(base.toString());
        keys(Keys.TAB, Keys.TAB);
        tabTo("complaint:complainantName").sendKeys("Tom Reweti");
        tabTo("complaint:complainantEmail").sendKeys("tom.reweti@example.org");
        tabTo("complaint:relationship").sendKeys("Colleague");
        tabTo("complaint:next").sendKeys(Keys.ENTER);
        waitFor(By.id("complaint:practitionerName"));
        tabTo("complaint:practitionerName").sendKeys("David Marsh");
        tabTo("complaint:registrationNumber").sendKeys("MSC-40213");
        tabTo("complaint:next").sendKeys(Keys.ENTER);
        waitFor(By.id("complaint:platform"));
        tabTo("complaint:platform").sendKeys("Facebook");
        tabTo("complaint:postLinks").sendKeys("https://www.facebook.com/david.marsh.demo/posts/1001?fbclid=abc");
        tabTo("complaint:conductDate").sendKeys("2026-03-14");
        tabTo("complaint:description").sendKeys("Photos of patients on a public, geo-tagged Facebook account. "
                + "<script>document.title='pwned'</script>");
        tabTo("complaint:patientIdentifiable:0").sendKeys(Keys.SPACE);
        tabTo("complaint:next").sendKeys(Keys.ENTER);
        waitFor(By.id("complaint:addFiles"));
        tabTo("complaint:evidence").sendKeys(photo.toString());
        tabTo("complaint:next").sendKeys(Keys.ENTER);
        waitFor(By.id("complaint:submit"));
        assertThat(browser.findElement(By.id("review")).getText())
                .contains("https://www.facebook.com/david.marsh.demo/posts/1001").doesNotContain("fbclid")
                .contains(photo.getFileName().toString());
        tabTo("complaint:consentToShare").sendKeys(Keys.SPACE);
        tabTo("complaint:consentToContact").sendKeys(Keys.SPACE);
        tabTo("complaint:submit").sendKeys(Keys.ENTER);

        String reference = waitFor(By.id("receiptReference")).getText();
        String trackingCode = browser.findElement(By.id("receiptTrackingCode")).getText();
        assertThat(reference).matches("MSC-\\d{4}-\\d{6}");
        assertThat(trackingCode.replace("-", "")).hasSize(32);
        accessible("receipt");
        tabTo("receiptForm:downloadReceipt").sendKeys(Keys.ENTER);
        Path receipt = downloads.resolve("receipt-" + reference + ".pdf");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(receipt));
        try (var pdf = Loader.loadPDF(receipt.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(reference).contains(trackingCode);
        }

        assertThat(mail.waitForIncomingEmail(15_000, 1)).isTrue();
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                return "";
            }
        })).anyMatch(s -> s.contains(reference));

        browser.get(base + "status.xhtml");
        type("follow:reference", reference);
        type("follow:trackingCode", trackingCode);
        click("follow:look");
        assertThat(waitFor(By.id("publicStatusLine")).getText()).contains("Received").doesNotContain("-41.");

        signIn("investigator", "investigator-demo");
        assertThat(browser.getCurrentUrl()).as("investigators land on Today").endsWith("/staff/today.xhtml");
        accessible("the Today page");
        browser.findElement(By.id("allTasks")).click();
        // the team queue: the investigator takes the David case, which moves under My tasks with its count
        waitFor(By.id("queues:team"));
        assertThat(browser.findElement(By.id("queues:team")).getText()).contains(reference, "David Marsh", "Facebook");
        long mine = Long.parseLong(browser.findElement(By.id("mineCount")).getText());
        accessible("the work queues");
        illustrate("work-queues", null);
        WebElement take = browser.findElement(By.xpath("//table[ancestor::*[@id='queues:team']]//tr[td[text()='"
                + reference + "']]//button[span[text()='Take']]"));
        take.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Browser.gone(take));
        assertThat(waitFor(By.id("messages")).getText()).contains("The task is yours");
        assertThat(browser.findElement(By.id("queues:mine")).getText()).contains(reference);
        assertThat(Long.parseLong(browser.findElement(By.id("mineCount")).getText())).isEqualTo(mine + 1);
        type("filters:practitioner", "david MARSH");
        click("filters:apply");
        assertThat(waitFor(By.id("queues:team")).getText()).contains(reference).doesNotContain("Connor Blake");
        browser.findElement(By.xpath("//*[@id='queues:mine']//tr[td[text()='" + reference + "']]//a")).click();
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("Received, waiting for triage");
        illustrate("case-file", null);
        assertThat(browser.findElement(By.id("flagGeoTagged")).getText()).isEqualTo("Geo-tagged evidence");
        assertThat(browser.findElement(By.cssSelector("p.description")).getText())
                .contains("<script>document.title='pwned'</script>");
        assertThat(browser.getTitle()).doesNotContain("pwned");
        // the overview holds what the case needs now; the rest is a tab away, each at its own address
        assertThat(browser.findElements(By.id("timeline"))).as("the timeline is a part of its own").isEmpty();
        assertThat(browser.findElement(By.id("tab-overview")).getAttribute("aria-current")).isEqualTo("page");
        // the process diagram, drawn in the browser when it is scrolled to, with triage as the current step
        part("process");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/case.xhtml?ref=" + reference + "&tab=process");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("diagram")));
        waitFor(By.cssSelector("#diagram[data-rendered='true']"));
        assertThat(browser.findElement(By.id("diagram")).getAttribute("data-current")).contains("triageComplaint");
        assertThat(browser.findElement(By.cssSelector("[data-element-id='triageComplaint']")).getAttribute("class"))
                .contains("step-current");
        assertThat(browser.findElement(By.cssSelector("[data-element-id='complaintReceived']")).getAttribute("class"))
                .contains("step-done");
        illustrate("process-diagram", By.id("diagram"));
        accessible("the case's process and team");
        part("timeline");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Complaint received")
                .doesNotContain("VIEW_CASE");
        assertThat(browser.findElement(By.id("views")).getAttribute("textContent"))
                .contains("VIEW_CASE case " + reference + " (Ivy Investigator)");
        accessible("the case's timeline");
        part("parties");
        assertThat(browser.findElement(By.id("registerMatch")).getText()).contains("MSC-40213");
        accessible("the case's parties");
        part("evidence");
        // the camera's time as it recorded it: no zone added, not moved to the next day as UTC + 13 would
        assertThat(browser.findElement(By.cssSelector("figcaption")).getText())
                .contains("Taken: 14 Mar 2026, 11:30 pm (the camera's clock)").doesNotContain("15 Mar 2026");
        assertThat(browser.findElement(By.cssSelector("code.sha")).getText()).hasSize(64);
        accessible("the case's evidence");
        Object metadata = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('img.evidence-image').src).then(r => r.arrayBuffer()).then(b => {"
                + "  const text = new TextDecoder('latin1').decode(new Uint8Array(b));"
                + "  done({exif: text.includes('Exif'), gps: text.includes('GPS'), model: text.includes('Test Phone')});"
                + "});");
        assertThat((Map<String, Object>) metadata).containsEntry("exif", false).containsEntry("gps", false)
                .containsEntry("model", false);
        Object imageWidth = ((JavascriptExecutor) browser).executeScript(
                "const img = document.querySelector('img.evidence-image'); return img && img.complete ? img.naturalWidth : -1;");
        assertThat(((Number) imageWidth).intValue()).isEqualTo(480);
        // the viewer zooms the working copy in and back to fit
        String shownWidth = "return document.querySelector('img.evidence-image').clientWidth;";
        long fitted = ((Number) ((JavascriptExecutor) browser).executeScript(shownWidth)).longValue();
        browser.findElement(By.cssSelector(".evidence-tools .zoom-in")).click();
        browser.findElement(By.cssSelector(".evidence-tools .zoom-in")).click();
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(shownWidth)).longValue())
                .isGreaterThan(fitted);
        assertThat(browser.findElement(By.cssSelector(".evidence-tools .zoom-level")).getText()).endsWith("%");
        browser.findElement(By.cssSelector(".evidence-tools .zoom-fit")).click();
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(shownWidth)).longValue()).isEqualTo(fitted);
        part("overview");
        type("triage:note", "Confidentiality of patients in question.");
        click("triage:accept");
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("Under investigation");
        // an internal note: refused when empty (message beside the field), then kept with author, shown as text, in
        // UTF-8 (the case page's filter reads the address before Faces sets the encoding: macrons came back refused as
        // control characters)
        part("notes");
        assertThat(browser.findElement(By.id("noNotes")).getText()).isEqualTo("No notes yet.");
        click("caseNote:add");
        assertThat(waitFor(By.id("caseNote:textMessage")).getText()).contains("required");
        type("caseNote:text", "Lab manager (Tāmaki) phoned <i>today</i> — the account is still public.");
        click("caseNote:add");
        assertThat(waitFor(By.id("notes")).getText()).as("the author by name").contains("Ivy Investigator,",
                "Lab manager (Tāmaki) phoned <i>today</i> — the account is still public.");
        assertThat(browser.getCurrentUrl()).as("back on the notes").endsWith("&tab=notes");
        assertThat(browser.findElements(By.cssSelector("#notes i"))).as("the note is text, not markup").isEmpty();
        assertThat(browser.findElement(By.id("caseNote:text")).getAttribute("value")).isEmpty();
        accessible("the case's notes");
        part("timeline");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Internal note (Ivy Investigator)");
        signOut();

        // the notice of investigation is drafted; a second person previews and approves it
        signIn("examiner", "examiner-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        reloadUntil(reference, By.id("step:approveLetters"));
        assertThat(browser.findElement(By.id("drafts")).getText()).contains("Notice of investigation");
        accessible("case page with letters to approve");
        click("step:approveLetters");
        waitFor(By.id("caseStatus"));
        signOut();

        signIn("investigator", "investigator-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        reloadUntil(reference, By.id("step:recordNote"));
        // the case now waits on the practitioner: Today lists it with their clock
        browser.get(base + "staff/today.xhtml");
        assertThat(waitFor(By.xpath("//*[@id='waiting']//tr[td[a[text()='" + reference + "']]]")).getText())
                .contains("David Marsh", "The practitioner's response").containsPattern("\\(due in 2[78] days\\)");
        accessible("the Today page with a case waiting on the practitioner");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        // dates in the regulator's zone, in words, with how far off a due day is (28 days from today's notice)
        assertThat(browser.findElement(By.id("responseDue")).getText()).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\(due in 2[78] days\\)");
        type("step:note", "I removed the photos and apologise.");
        click("step:recordNote");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("step:recordNote"), "Refer to the case examiners"));
        type("step:note", "Patients identifiable; account public and geo-tagged.");
        browser.findElement(By.cssSelector("input[name='step:harm'][value='MINOR']")).click();
        browser.findElement(By.id("step:repeated")).click();
        browser.findElement(By.id("step:insightShown")).click();
        click("step:recordNote");
        // what happened and what comes next, in words, not "Recorded."
        assertThat(waitFor(By.id("messages")).getText())
                .isEqualTo("Referred to the case examiners, who now decide the case.");
        assertThat(waitFor(By.id("steps")).getText()).contains("I removed the photos and apologise.");
        // the investigator links the allegation to the clause it concerns; the decision form starts from it
        browser.findElement(By.id("allegations:row:0:alleged")).click();
        browser.findElement(By.xpath("//input[@name='allegations:row:0:clauses' and @value='MSC-SM-2020/8']")).click();
        assertThat(browser.findElement(By.xpath("//label[@for=//input[@name='allegations:row:0:clauses'"
                + " and @value='MSC-SM-2020/8']/@id]")).getText()).as("each clause by its own words")
                .startsWith("Clause 8: ").isNotEqualTo(browser.findElement(By.xpath("//label[@for=//input[@name="
                        + "'allegations:row:0:clauses' and @value='MSC-SM-2020/7']/@id]")).getText());
        click("allegations:saveAllegations");
        assertThat(waitFor(By.id("allegedClauses")).getText()).contains("Confidentiality and privacy: [MSC-SM-2020/8]");
        accessible("case page during the investigation");
        // the case is found by a post link written otherwise than in the complaint
        browser.get(base + "staff/search.xhtml");
        type("search:postUrl", "https://facebook.com/david.marsh.demo/posts/1001?fbclid=abc");
        click("search:find");
        assertThat(waitFor(By.id("results")).getText()).contains(reference, "David Marsh");
        accessible("the case search");
        signOut();

        signIn("examiner", "examiner-demo");
        browser.get(base + "staff/tasks.xhtml");
        browser.findElement(By.xpath("//tr[td[text()='" + reference + "']]//a")).click();
        waitFor(By.id("decision:decide"));
        assertThat(browser.findElement(By.id("decision:suggestion")).getText()).contains("ADVICE to WARNING",
                "identifiableWithInsight");
        accessible("decision form with the sanctions guidance");
        click("decision:decide");
        assertThat(waitFor(By.cssSelector(".ui-message-error")).getText()).isNotBlank();
        new Select(browser.findElement(By.id("decision:outcome"))).selectByValue("WARNING");
        type("decision:reasons", "Photos of patients were posted on a public, geo-tagged account.");
        for (String clause : List.of("MSC-SM-2020/7", "MSC-SM-2020/8", "MSC-SM-2020/12")) {
            if (browser.findElement(By.xpath("//input[@value='" + clause + "']")).isSelected()) {
                assertThat(clause).as("only the investigator's clause starts ticked").isEqualTo("MSC-SM-2020/8");
                continue;
            }
            browser.findElement(By.xpath("//input[@value='" + clause + "']/ancestor::div[contains(@class,'ui-chkbox')]"
                    + "//div[contains(@class,'ui-chkbox-box')]")).click();
        }
        // the summary above the picker follows the ticks, so a chosen clause never scrolls out of sight
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chosenClauses"), "MSC-SM-2020/12"));
        assertThat(browser.findElement(By.id("chosenClauses")).getText()).contains("MSC-SM-2020/7",
                "MSC-SM-2020/8");
        click("decision:decide");
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("Decided, letters to go out");
        assertThat(browser.findElement(By.id("decisionOutcome")).getText()).contains("Warning");
        signOut();

        // a second person approves the drafted letters after previewing them
        signIn("investigator", "investigator-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        reloadUntil(reference, By.id("step:approveLetters"));
        assertThat(browser.findElement(By.id("drafts")).getText()).contains("Decision letter to the practitioner");
        click("step:approveLetters");
        assertThat(waitFor(By.id("messages")).getText()).isEqualTo(
                "Approved: the letters are being issued and are listed under Letters in a moment.");
        reloadUntil(reference, By.id("step:acceptWarning"));
        // the page reads the case's letters before it asks the engine for the open step: when the issuing job commits
        // in between, one rendering shows the step without its letters; the next shows both
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        assertThat(browser.findElement(By.id("letters")).getText()).contains(reference + "-decision-to-practitioner.pdf");
        click("step:acceptWarning");
        assertThat(waitFor(By.id("messages")).getText())
                .isEqualTo("The warning is accepted; it is published for two years and the case is closed.");
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("Closed");
        assertThat(browser.findElement(By.id("warningExpires")).getText()).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
        // the timeline lists each step the case went through, in order, with who did it
        part("timeline");
        assertThat(browser.findElement(By.id("timeline")).getText()).containsSubsequence("Triage complaint",
                "Notify practitioner of the allegations", "Record practitioner's response",
                "Investigate and refer to case examiners", "Case examiners' decision", "Issue decision letters",
                "Record answer to the warning");
        signOut();

        signIn("registrar", "registrar-demo");
        assertThat(browser.getCurrentUrl()).contains("/staff/statistics.xhtml");
        assertThat(browser.findElement(By.xpath("//tr[td[text()='Warning']]/td[2]")).getText()).isEqualTo("1");
    }

    /**
     * The case page keeps its own address through every action (Post/Redirect/Get): a refused form keeps
     * {@code ?ref=}, a done action comes back to the case with what happened, and reloading repeats nothing; an
     * address that names no case answers 404; the letters of a decision are not offered to its maker for approval.
     */
    @Test
    void theCasePageKeepsItsAddressAReloadRepeatsNothingAndLettersGoToASecondPerson() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String[] senior = {"senior", "senior-demo"};
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(DemoComplaints.david()))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");
        String page = base + "staff/case.xhtml?ref=" + reference;

        signIn("investigator", "investigator-demo");
        browser.get(page);
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("Received, waiting for triage");
        // the page leads with where the case stands and the one thing this person may do now, linked to its form
        assertThat(browser.findElement(By.id("currentStep")).getText()).startsWith("Now: Triage complaint, due ");
        assertThat(browser.findElement(By.id("nextAction")).getText()).isEqualTo("Triage this complaint");
        assertThat(browser.findElement(By.id("nextAction")).getAttribute("href")).endsWith("#triage");
        // the moment received, in the regulator's zone (Pacific/Auckland), whatever day it is in UTC
        Instant received = Instant.parse(ApiClient.object(api.get("/api/v1/cases/" + reference, "investigator",
                "investigator-demo")).getString("receivedAt"));
        assertThat(browser.findElement(By.id("receivedAt")).getText()).isEqualTo(DateTimeFormatter
                .ofPattern("d MMM yyyy, h:mm a", Locale.forLanguageTag("en-NZ"))
                .format(received.atZone(ZoneId.of("Pacific/Auckland"))));
        part("notes");
        click("caseNote:add");
        assertThat(waitFor(By.id("caseNote:textMessage")).getText()).contains("required");
        assertThat(browser.getCurrentUrl()).as("a refused form keeps the case's address").endsWith(
                "staff/case.xhtml?ref=" + reference + "&tab=notes");
        type("caseNote:text", "Asked the lab manager to check the account.");
        click("caseNote:add");
        assertThat(waitFor(By.id("messages")).getText()).contains("Your note is added to the case file.");
        assertThat(browser.getCurrentUrl()).as("the action ends at the case's own address, on the part it was taken in")
                .isEqualTo(page + "&tab=notes");
        browser.navigate().refresh();
        waitFor(By.id("notes"));
        assertThat(pageMessages()).as("the message was for the action, once").doesNotContain("Your note is added");
        assertThat(ApiClient.array(api.get("/api/v1/cases/" + reference + "/notes", "investigator",
                "investigator-demo"))).as("reloading stored nothing more").hasSize(1);
        // a form posted from a page the session no longer keeps (ten pages opened since, in other tabs) does
        // nothing and opens the page again, saying so
        Object opened = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "(async () => { let ok = 0; for (let i = 0; i < 10; i++) {"
                + "  const r = await fetch('" + base + "staff/today.xhtml', {credentials: 'same-origin'});"
                + "  if (r.ok) ok++; } done(ok); })();");
        assertThat(((Number) opened).intValue()).isEqualTo(10);
        type("caseNote:text", "Typed on a page kept open too long.");
        click("caseNote:add");
        assertThat(waitFor(By.id("messages")).getText()).contains("nothing was done", "Please do it again");
        assertThat(browser.getCurrentUrl()).isEqualTo(page + "&tab=notes");
        assertThat(ApiClient.array(api.get("/api/v1/cases/" + reference + "/notes", "investigator",
                "investigator-demo"))).as("the expired page's note is not stored").hasSize(1);
        accessible("case page opened again after its form expired");
        accessible("case page after an action");
        part("overview");
        click("triage:startAssessing");
        assertThat(waitFor(By.id("messages")).getText()).contains("You have taken the triage");
        part("timeline");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(
                "'Triage complaint' taken on by investigator (Ivy Investigator)");

        browser.get(base + "staff/case.xhtml?ref=MSC-2026-999999");
        assertThat(waitFor(By.id("messages")).getText()).contains("There is no case MSC-2026-999999.");
        assertThat(status()).isEqualTo(404);
        browser.get(base + "staff/case.xhtml");
        assertThat(waitFor(By.id("messages")).getText()).contains("No case was named");
        assertThat(status()).isEqualTo(404);
        accessible("case page naming no case");
        assertThat(browser.findElement(By.id("demoBanner")).getText()).as("demo mode says so, and where mail goes")
                .startsWith("Demo.").contains("Mail goes to the SMTP server");
        Object favicon = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('link[rel=icon]').href)"
                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertThat(String.valueOf(favicon)).startsWith("200 image/");
        signOut();

        // senior accepts the complaint: the notice carries their decision, so a second person approves it
        CaseAccessIT.awaitAcknowledged(api, reference, senior);
        String triage = CaseAccessIT.awaitTask(api, reference, "triageComplaint", senior);
        assertThat(api.postJson("/api/v1/tasks/" + triage + "/triage", senior[0], senior[1],
                "{\"decision\":\"ACCEPT\",\"note\":\"Patients identifiable.\",\"allegations\":[\"Professionalism\"]}")
                .statusCode()).isEqualTo(200);
        CaseAccessIT.awaitTask(api, reference, "approveLetters", senior);
        signIn("senior", "senior-demo");
        browser.get(page + "&tab=timeline");
        assertThat(waitFor(By.id("timeline")).getText()).as("the letter approval's own process is in the story")
                .contains("Draft letters");
        browser.get(page);
        assertThat(waitFor(By.id("secondPersonApproves")).getText()).contains("a second person approves them");
        assertThat(browser.findElements(By.id("step:approveLetters"))).as("not offered to the decision's maker")
                .isEmpty();
        assertThat(browser.findElements(By.id("nextAction"))).as("nothing for them to do now").isEmpty();
        // nor does their queue offer to take the approval
        browser.get(base + "staff/tasks.xhtml");
        type("filters:reference", reference);
        click("filters:apply");
        WebElement row = waitFor(By.xpath("//*[@id='queues:team']//tr[td[text()='" + reference + "']]"));
        assertThat(row.getText()).contains("Approve letters", "Your decision: a second person approves");
        assertThat(row.findElements(By.xpath(".//button[contains(@id,'claim')]"))).isEmpty();
        signOut();
        signIn("examiner", "examiner-demo");
        browser.get(page);
        waitFor(By.id("step:approveLetters"));
        assertThat(browser.findElements(By.id("secondPersonApproves"))).isEmpty();
        assertThat(browser.findElement(By.id("nextAction")).getText()).isEqualTo("Approve or reject the letters");
        accessible("case page leading with the letters to approve");
        // the allegations as the practitioner is told them, in the regulator's words
        assertThat(browser.findElement(By.id("allegationSummary")).getText()).startsWith("No summary yet");
        type("summary:text", "You posted photographs of patients on a public Facebook account.");
        click("summary:saveSummary");
        assertThat(waitFor(By.id("messages")).getText()).contains("The summary is saved");
        assertThat(browser.findElement(By.id("allegationSummary")).getText())
                .isEqualTo("You posted photographs of patients on a public Facebook account.");
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        // a document on the case: refused without its fields, each named beside it; then added and listed
        part("evidence");
        click("document:add");
        assertThat(waitFor(By.id("document")).getText()).contains("choose what the document is");
        new Select(browser.findElement(By.id("document:kind"))).selectByValue("PRACTITIONER_RESPONSE");
        type("document:suppliedBy", "David Marsh (the practitioner)");
        Path response = Files.createTempFile("response", ".docx");
        Files.write(response, TestImages.docx());
        browser.findElement(By.id("document:file")).sendKeys(response.toString());
        click("document:add");
        assertThat(waitFor(By.id("messages")).getText()).contains("The document is added to the case");
        assertThat(browser.findElement(By.id("documents")).getText()).contains(
                "The practitioner's written response from David Marsh (the practitioner)",
                response.getFileName().toString(), "never converted");
        assertThat(browser.getCurrentUrl()).isEqualTo(page + "&tab=evidence");
        accessible("case page with a document");
        illustrate("case-documents", By.id("documents"));
        // writing to the practitioner from the case, starting from a template: the case's facts filled in, the
        // writer changes the text, then it is emailed and listed under Correspondence
        part("correspondence");
        new Select(browser.findElement(By.id("messageTemplate:template"))).selectByValue("response-deadline");
        click("messageTemplate:use");
        assertThat(waitFor(By.id("messages")).getText()).contains("filled in from the template");
        assertThat(new Select(browser.findElement(By.id("message:recipient"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("PRACTITIONER");
        assertThat(browser.findElement(By.id("message:subject")).getAttribute("value"))
                .isEqualTo("Your response to complaint " + reference);
        assertThat(browser.findElement(By.id("message:body")).getAttribute("value")).startsWith("Dear David Marsh,")
                .contains("is due by", "Medical Sciences Council of New Zealand").doesNotContain("{");
        accessible("case page with a message filled in from a template");
        browser.findElement(By.id("message:body")).clear();
        type("message:body", "Thank you for your response. We will write again once the case examiners decide.");
        click("message:send");
        assertThat(waitFor(By.id("messages")).getText()).contains("Your message is emailed");
        assertThat(browser.findElement(By.id("correspondence")).getText()).contains("Sent to the practitioner",
                "Your response to complaint " + reference, "emailed to david.marsh@example.org");
        accessible("case page with its correspondence");
        illustrate("case-correspondence", By.id("correspondence"));
        part("overview");
        click("step:approveLetters");
        assertThat(waitFor(By.id("messages")).getText()).contains("the letters are being issued");
        // the page looks again by itself until the engine has issued them: no reload by hand
        assertThat(waitFor(By.cssSelector("#letters li")).getText()).contains(reference);
        assertThat(browser.findElements(By.id("lettersIssuing"))).isEmpty();
    }

    /** The messages at the top of the page, if it has any. */
    private String pageMessages() {
        return String.join("\n", browser.findElements(By.id("messages")).stream().map(WebElement::getText).toList());
    }

    /** The HTTP status the browser's current page was answered with. */
    private int status() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    @Test
    void aRegistrarSetsAPeriodSeesTheTableAndChartAndDownloadsTheCsv() throws Exception {
        // a year of legacy cases of its own, so the numbers do not depend on the other tests
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("reference,registration_number,platform,allegation_categories,"
                + "date_received,date_closed,outcome\n");
        String[] outcomes = {"Warning", "Warning", "Advice", "No further action", "No further action",
                "No further action"};
        for (int i = 0; i < outcomes.length; i++) {
            csv.append("OLD12-").append(run).append('-').append(i).append(",R").append(i)
                    .append(",Facebook,Boundaries,2011-11-01,2012-0").append(i + 1).append("-10,").append(outcomes[i])
                    .append('\n');
        }
        var imported = new ApiClient(base.toString()).post("/api/v1/statistics/imports", "registrar",
                "registrar-demo", "text/csv", csv.toString());
        assertThat(imported.statusCode()).as(ApiClient.text(imported)).isEqualTo(201);

        signIn("registrar", "registrar-demo");
        assertThat(browser.getCurrentUrl()).contains("/staff/statistics.xhtml");
        WebElement from = waitFor(By.id("period:from_input"));
        from.clear();
        from.sendKeys("2012-01-01");
        WebElement to = browser.findElement(By.id("period:to_input"));
        to.clear();
        to.sendKeys("2012-12-31", Keys.ESCAPE);
        click("period:show");
        assertThat(waitFor(By.id("summary")).getText()).isEqualTo("Between January 2012 and December 2012 we closed "
                + "6 investigations about social media: 3 without further action, 2 warnings and 1 with advice.");
        assertThat(browser.findElement(By.xpath("//div[@id='outcomes']//tr[td[text()='Warning']]/td[2]")).getText())
                .isEqualTo("2");
        assertThat(browser.findElement(By.xpath("//div[@id='outcomes']//tr[td[text()='Warning']]/td[3]")).getText())
                .isEqualTo("33.3");
        assertThat(browser.findElement(By.id("imported")).getText()).contains("6 were imported");
        WebElement chart = waitFor(By.cssSelector("#outcomeChart canvas"));
        assertThat(chart.getSize().getWidth()).as("the chart is drawn").isGreaterThan(100);
        accessible("the statistics dashboard");

        waitFor(By.id("period:downloadCsv")).click(); // a download: the page stays
        Path file = downloads.resolve("outcomes-2012-01-01-to-2012-12-31.csv");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("outcome,WARNING,Warning,2,33.3,,",
                "outcome,NO_FURTHER_ACTION,No further action,3,50.0,,", "total,TOTAL,Cases closed,6,,,",
                "total,IMPORTED,Imported from the earlier system,6,,,");
    }

    @Test
    void anAdministratorPreviewsAPolicyFileThenImportsIt() throws Exception {
        String code = "BR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path file = downloads.resolve("policy-" + code + ".json");
        Files.writeString(file, "{\"document\":{\"code\":\"" + code + "\",\"title\":\"Browser guidance " + code
                + "\",\"issuer\":\"Medical Sciences Council\"},\"version\":{\"label\":\"One\",\"effectiveFrom\":"
                + "\"2027-01-01\"},\"clauses\":[{\"number\":\"1\",\"heading\":\"Scope\",\"text\":\"All posts.\"},"
                + "{\"number\":\"2\",\"heading\":\"Consent\",\"text\":\"Ask first.\"}]}");
        signIn("admin", "admin-demo");
        assertThat(browser.getCurrentUrl()).as("an administrator lands on the policy library")
                .contains("/staff/admin/policies.xhtml");
        assertThat(waitFor(By.id("library:versions")).getText()).contains("Social media and electronic communications")
                .doesNotContain(code);
        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        click("import:preview");
        assertThat(waitFor(By.id("plan")).getText()).isEqualTo("Browser guidance " + code + ", version One");
        assertThat(browser.findElement(By.id("confirm:planClauses")).getText()).contains(code + "-2027/1", "Consent");
        assertThat(browser.findElement(By.id("library:versions")).getText()).as("nothing stored by a preview")
                .doesNotContain(code);
        accessible("the policy import preview");
        click("confirm:importVersion");
        assertThat(waitFor(By.id("messages")).getText()).contains("Imported Browser guidance " + code
                + ", version One: 2 clauses, in force from 2027-01-01.");
        assertThat(browser.findElement(By.id("library:versions")).getText()).contains(code);
    }

    @Test
    void anAdministratorSeesWhatRetentionWouldDisposeOfProposesItAndCannotApproveTheirOwnProposal() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(DemoComplaints.sarah())
                        .replace("demo-sarah-wfh", "retention-" + System.nanoTime()))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");
        CaseAccessIT.awaitAcknowledged(api, reference, new String[] {"investigator", "investigator-demo"});
        assertThat(api.postJson("/api/v1/tasks/" + DavidCaseIT.awaitTask(api, reference, "triageComplaint")
                + "/triage", "investigator", "investigator-demo", "{\"decision\":\"CLOSE\",\"note\":\"No breach.\"}")
                .statusCode()).isEqualTo(200);
        assertThat(DavidCaseIT.approveTheClosureLetter(api, reference)).contains("No breach.");

        // the complainant's status page now says the outcome in words and offers the letter addressed to them
        browser.get(base + "status.xhtml");
        type("follow:reference", reference);
        type("follow:trackingCode", ApiClient.object(submitted).getString("trackingCode"));
        click("follow:look");
        assertThat(waitFor(By.id("outcomeText")).getText()).isEqualTo("No further action: your complaint is closed. "
                + "Your letter explains why.");
        // the day it closed in the regulator's calendar, written as every other date on the site
        assertThat(browser.findElement(By.id("publicStatusLine")).getText()).contains("Closed since "
                + LocalDate.now(ZoneId.of("Pacific/Auckland")).format(DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.forLanguageTag("en-NZ"))) + ".");
        WebElement download = browser.findElement(By.cssSelector("#letters button, #letters input[type=submit]"));
        accessible("the status page with the outcome and a letter");
        illustrate("status-outcome", null);
        download.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.anyMatch(f -> f.getFileName().toString().startsWith(reference)
                        && f.getFileName().toString().endsWith(".pdf"));
            } catch (IOException e) {
                return false;
            }
        });

        signIn("admin", "admin-demo");
        browser.get(base + "staff/admin/retention.xhtml");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (browser.findElements(By.id("due")).stream().noneMatch(t -> t.getText().contains(reference))
                && System.nanoTime() < deadline) {
            browser.get(base + "staff/admin/retention.xhtml"); // due once the case's process has ended
        }
        assertThat(browser.findElement(By.id("due")).getText()).contains(reference, "No further action")
                .doesNotContain("NO_FURTHER_ACTION")
                .doesNotContain("Hana Whitfield");
        accessible("the retention page");
        click("propose:proposeAll");
        assertThat(waitFor(By.id("messages")).getText()).contains("another administrator must approve it");
        assertThat(browser.findElement(By.id("proposals:list")).getText()).contains("admin",
                "Proposed, waiting for a second administrator");
        assertThat(browser.findElements(By.cssSelector("[id$=':approve']"))).as("not for the proposer").isEmpty();
        assertThat(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo").statusCode())
                .as("proposing disposes of nothing").isEqualTo(200);
    }

    @Test
    void anAdministratorRewordsALetterAndAWrongPlaceIsShownBesideTheWording() {
        signIn("admin", "admin-demo");
        browser.get(base + "staff/admin/letters.xhtml");
        assertThat(waitFor(By.id("templates")).getText()).contains("Acknowledgement to the complainant (email)",
                "Suspension: letter to the employer");
        WebElement link = browser.findElement(By.linkText("Advice: letter to the employer"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Browser.gone(link));
        assertThat(waitFor(By.id("editing")).getText()).isEqualTo("Advice: letter to the employer");
        assertThat(browser.findElement(By.id("data")).getText()).contains("{employer}", "{description}")
                .doesNotContain("{reasons}");
        assertThat(browser.findElement(By.id("template:issued")).isSelected()).as("shipped: not sent").isFalse();
        accessible("the letter template editor");

        browser.findElement(By.id("template:body")).clear();
        type("template:body", "Dear Sir or Madam,\n\n{reasons}\n\nAbout {practitioner}.");
        click("template:save");
        assertThat(waitFor(By.id("template:bodyMessage")).getText()).contains("{reasons}", "does not offer");
        assertThat(browser.findElement(By.id("templates")).getText()).as("nothing saved")
                .doesNotContain("reworded by");

        browser.findElement(By.id("template:body")).clear();
        type("template:body", "Dear Sir or Madam,\n\n# Outcome: {outcome}\n\nWe advised {practitioner}.");
        browser.findElement(By.id("template:issued")).click();
        click("template:save");
        assertThat(waitFor(By.id("messages")).getText()).contains("Saved.");
        assertThat(browser.findElement(By.id("templates")).getText()).contains("reworded by admin");
        click("template:reset");
        assertThat(waitFor(By.id("messages")).getText()).contains("Back to the shipped wording.");
        assertThat(browser.findElement(By.id("template:issued")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("templates")).getText()).doesNotContain("reworded by");
    }

    @Test
    void anyoneLooksUpAPractitionerOnThePublicRegisterAndARefusedLookUpIsSaidBesideItsField() {
        browser.get(base + "register.xhtml");
        type("name", "Da");
        click("search");
        assertThat(waitFor(By.id("nameMessage")).getText()).contains("at least 3 letters");
        assertThat(browser.getCurrentUrl()).endsWith("register.xhtml?registration=&name=Da");
        accessible("the public register with a refused look-up");

        browser.get(base + "register.xhtml?registration=" + DemoComplaints.DAVID_REGISTRATION);
        assertThat(waitFor(By.id("results")).getText()).contains("David Marsh (" + DemoComplaints.DAVID_REGISTRATION
                + ")", "Profession: Medical laboratory scientist", "Current sanctions");
        accessible("the public register showing a practitioner");
        illustrate("public-register", null);
        browser.get(base + "register.xhtml?name=nobody-by-this-name");
        assertThat(waitFor(By.id("results")).getText()).contains("No registered practitioner matches.");
    }

    @Test
    void anAdministratorWritesAMessageTemplateEveryRefusedFieldBesideItsInputThenRemovesIt() {
        signIn("admin", "admin-demo");
        browser.get(base + "staff/admin/messages.xhtml");
        assertThat(waitFor(By.id("templates")).getText()).contains("Reminder of the response deadline",
                "Request for the employer's information", "Update on the complaint", "as shipped");
        assertThat(browser.findElement(By.id("editing")).getText()).isEqualTo("A new template");
        accessible("the message templates page");

        type("template:key", "hearing-date");
        new Select(browser.findElement(By.id("template:recipient"))).selectByValue("PRACTITIONER");
        type("template:subject", "Hearing on complaint {reference}");
        type("template:body", "Dear {practitoner},\n\nYour hearing is set.\n\n{sender}");
        click("template:save");
        assertThat(waitFor(By.id("template:nameMessage")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("template:bodyMessage")).getText()).contains("[practitoner]");
        assertThat(browser.findElement(By.id("templates")).getText()).as("nothing saved").doesNotContain("hearing");
        accessible("the message template form with refused fields");

        type("template:name", "Date of the hearing");
        browser.findElement(By.id("template:body")).clear();
        type("template:body", "Dear {practitioner},\n\nYour hearing is set.\n\n{sender}");
        click("template:save");
        assertThat(waitFor(By.id("messages")).getText()).contains("Saved.");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/admin/messages.xhtml?key=hearing-date");
        assertThat(browser.findElement(By.id("editing")).getText()).isEqualTo("Reword: Date of the hearing");
        assertThat(browser.findElement(By.id("templates")).getText()).contains("Date of the hearing",
                "changed by admin");

        click("template:delete");
        assertThat(waitFor(By.id("messages")).getText()).contains("is removed");
        assertThat(browser.findElement(By.id("templates")).getText()).doesNotContain("Date of the hearing");
    }

    @Test
    void anAdministratorAddsARegistrantEveryRefusedFieldBesideItsInputThenChangesTheirStatus() {
        signIn("admin", "admin-demo");
        browser.get(base + "staff/admin/register.xhtml");
        assertThat(waitFor(By.id("registrants")).getText()).contains("MSC-40213", "David Marsh");
        accessible("the register page");

        String number = "MSC-" + (60000 + (int) (Math.random() * 9999));
        type("registrant:number", number);
        type("registrant:profession", "Medical laboratory scientist");
        type("registrant:email", "not-an-address");
        click("registrant:save");
        assertThat(waitFor(By.id("registrant:fullNameMessage")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("registrant:emailMessage")).getText()).isNotBlank();
        accessible("the register form with refused fields");

        type("registrant:fullName", "Wiremu Kahu");
        browser.findElement(By.id("registrant:email")).clear();
        type("registrant:email", "wiremu.kahu@example.org");
        click("registrant:save");
        assertThat(waitFor(By.id("messages")).getText()).contains("Wiremu Kahu (" + number + ") is on the register");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/admin/register.xhtml?number=" + number);
        new Select(browser.findElement(By.id("registrant:status"))).selectByValue("LAPSED");
        click("registrant:save");
        assertThat(waitFor(By.id("messages")).getText()).contains("is changed");
        browser.get(base + "staff/admin/register.xhtml?q=" + number);
        assertThat(waitFor(By.id("registrants")).getText()).contains("Wiremu Kahu", "Lapsed")
                .doesNotContain("David Marsh");
    }

    @Test
    void anAppealIsRecordedOnTheCasePageHeldByTheCourtsStayThenVariedIntoConditions() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String number = AppealIT.newRegistrant(api);
        String reference = AppealIT.suspendedAtAHearing(api, number);
        AppealIT.await(api, reference, o -> o.containsKey("appealableUntil"));
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Auckland"));

        signIn("investigator", "investigator-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        part("orders");
        assertThat(waitFor(By.id("appealWindow")).getText()).contains("suspension may be appealed",
                RegulatorTime.day(today.plusDays(28)));
        click("appeal:lodgeAppeal");
        assertThat(waitFor(By.id("appeal:lodgedOnMessage")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("appeal:groundsMessage")).getText()).containsIgnoringCase("required");
        accessible("the appeal form with refused fields");
        setDate("appeal:lodgedOn", today);
        type("appeal:grounds", "The panel did not hear my witness.");
        browser.findElement(By.id("appeal:stayOrdered")).click();
        click("appeal:lodgeAppeal");
        assertThat(waitFor(By.id("messages")).getText()).contains("The appeal is recorded", "is held");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/case.xhtml?ref=" + reference + "&tab=orders");
        assertThat(browser.findElement(By.id("appeals")).getText()).contains("Waiting for the court",
                "held until the court decides");
        assertThat(AppealIT.published(api, number)).as("held by the court's stay").isEmpty();
        assertThat(browser.findElements(By.id("appealResult"))).as("a case examiner's step").isEmpty();
        signOut();

        signIn("examiner", "examiner-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        assertThat(waitFor(By.id("nextAction")).getText()).isEqualTo("Record the appeal's result");
        steps.click(By.id("nextAction")); // to the form, on the part of the page that holds it
        assertThat(browser.getCurrentUrl()).endsWith("&tab=orders#sec-appeal");
        browser.findElement(By.cssSelector("input[name='appealResult:result'][value='VARIED']")).click();
        setDate("appealResult:decidedOn", today);
        type("appealResult:reasons", "Conditions protect patients well enough.");
        click("appealResult:recordAppealResult");
        assertThat(waitFor(By.id("appealResult:variedToMessage")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("appealResult:variedEndsOnMessage")).getText()).isNotBlank();
        accessible("the appeal's result with refused fields");
        browser.findElement(By.cssSelector("input[name='appealResult:result'][value='VARIED']")).click();
        new Select(browser.findElement(By.id("appealResult:variedTo"))).selectByValue("CONDITIONS");
        setDate("appealResult:variedEndsOn", today.plusMonths(4));
        click("appealResult:recordAppealResult");
        assertThat(waitFor(By.id("messages")).getText()).contains("conditions until", "replaces the suspension");
        assertThat(browser.findElement(By.id("appeals")).getText()).contains("Varied", "Now conditions until");
        assertThat(AppealIT.published(api, number)).containsExactly("CONDITIONS");
        assertThat(browser.findElement(By.id("currentStep")).getText()).as("what the closed case waits for")
                .isEqualTo("Nothing to do now. Next: Review due before the order ends, on "
                        + RegulatorTime.day(today.plusMonths(4).minusDays(28)) + ".");
        accessible("the case page after the appeal");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('sec-appeal').scrollIntoView()");
        steps.illustrate("case-appeal");
    }

    @Test
    void aHearingIsFixedAdjournedAndFixedAgainItsBundleDownloadedAndItsOutcomeGoesOnTheRegister() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String[] investigator = {"investigator", "investigator-demo"};
        String number = AppealIT.newRegistrant(api);
        String reference = AppealIT.referredToAHearing(api, number, List.of(ApiClient.Part.file("evidence",
                "post.png", "image/png", DemoScreenshot.png())));
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Auckland"));

        signIn("examiner", "examiner-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        assertThat(waitFor(By.id("nextAction")).getText()).isEqualTo("Fix the hearing's date, place and panel");
        steps.click(By.id("nextAction"));
        setDate("hearing:sitsOn", today.plusDays(10));
        setValue("hearing:sitsAtTime", "10:00");
        type("hearing:venue", "Level 2, 80 The Terrace, Wellington");
        click("hearing:fixSitting");
        assertThat(waitFor(By.id("hearing:sitsOnMessage")).getText()).contains("28 days' notice",
                RegulatorTime.day(today.plusDays(28)));
        for (String field : List.of("chair", "layMember", "professionalMember")) {
            assertThat(browser.findElement(By.id("hearing:" + field + "Message")).getText()).as(field).isNotBlank();
        }
        assertThat(AppealIT.hearingSittings(api, reference)).as("nothing fixed").isEmpty();
        accessible("the hearing form with refused fields");
        fixSitting(today.plusDays(30), "10:00");
        assertThat(waitFor(By.id("messages")).getText()).contains("The hearing sits on", "notice of it is drafted");
        assertThat(browser.findElement(By.id("sittings")).getText()).contains("Dr Ana Tui (chair)",
                "Level 2, 80 The Terrace");
        signOut();

        // the notice of the sitting, approved by a second person, says when and where
        AppealIT.step(api, reference, "approveLetters", "letter-approval", investigator, "{\"approved\":true}");
        assertThat(letterText(api, reference, "HEARING_DATE_NOTICE", 1)).contains("will hear your case on",
                "Level 2, 80 The Terrace, Wellington", "Dr Ana Tui (chair)");

        // the panel adjourns; another sitting is fixed and its notice says which one it replaces
        signIn("examiner", "examiner-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        part("orders");
        click("adjourn:adjournSitting");
        assertThat(waitFor(By.id("adjourn:reasonMessage")).getText()).containsIgnoringCase("required");
        type("adjourn:reason", "The practitioner's representative is ill.");
        click("adjourn:adjournSitting");
        assertThat(waitFor(By.id("messages")).getText()).contains("The sitting is adjourned");
        assertThat(waitFor(By.id("nextAction")).getText()).isEqualTo("Fix the hearing's date, place and panel");
        fixSitting(today.plusDays(45), "09:30");
        assertThat(waitFor(By.id("sittings")).getText()).contains("Adjourned sitting", "representative is ill");
        signOut();
        AppealIT.step(api, reference, "approveLetters", "letter-approval", investigator, "{\"approved\":true}");
        assertThat(letterText(api, reference, "HEARING_DATE_NOTICE", 2)).contains("This replaces the hearing set for",
                "which the panel adjourned", "9:30 am");

        // the bundle, downloaded from the case page: an index, every page numbered, PDF/A and PDF/UA
        signIn("examiner", "examiner-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        part("orders");
        waitFor(By.id("hearingBundle")).click();
        Path bundle = downloads.resolve(reference + "-hearing-bundle.pdf");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.exists(bundle));
        byte[] pdf = Files.readAllBytes(bundle);
        try (var document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("Hearing bundle", "Index", "The allegations ... page 3",
                    "The complainant's material ... page", "Material 1:", "Dr Ana Tui (chair)",
                    "Page " + pages + " of " + pages);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("Page " + page + " of " + pages);
            }
        }
        assertThat(PdfA.violations2b(pdf)).isEmpty();
        assertThat(PdfA.violationsAccessible(pdf)).isEmpty();
        assertThat(ApiClient.array(api.get("/api/v1/admin/audit?max=50&target=case%20" + reference, "admin",
                "admin-demo")).getValuesAs(JsonObject.class)).as("the bundle's download is audited")
                .anySatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("examiner");
                    assertThat(e.getString("detail")).contains("hearing bundle");
                });

        // the panel's decision: conditions, on the register
        part("overview");
        new Select(waitFor(By.id("decision:outcome"))).selectByValue("CONDITIONS");
        type("decision:reasons", "Conditions protect patients while the practitioner retrains.");
        setDate("decision:orderEndsOn", today.plusMonths(9));
        type("decision:fine", "40000");
        click("decision:decide");
        assertThat(waitFor(By.id("decision:termsError")).getText()).contains("conditions, each with its review day");
        assertThat(browser.findElement(By.id("decision:fineMessage")).getText()).as("beside the field, with the rest")
                .contains("at most $30,000.00");
        accessible("the hearing's decision without its conditions");
        browser.findElement(By.id("decision:fine")).clear();
        new Select(waitFor(By.id("decision:outcome"))).selectByValue("CONDITIONS");
        setDate("decision:orderEndsOn", today.plusMonths(9));
        type("decision:termRows:0:termText", "Work only under the supervision of a senior scientist.");
        setDate("decision:termRows:0:termReview", today.plusMonths(10));
        type("decision:termRows:1:termText", "Complete the council's course on patient privacy.");
        setDate("decision:termRows:1:termReview", today.plusMonths(3));
        click("decision:decide");
        assertThat(waitFor(By.id("decision:termRows:0:termReviewMessage")).getText())
                .containsIgnoringCase("by the day the conditions end");
        assertThat(AppealIT.published(api, number)).as("nothing recorded yet").isEmpty();
        setDate("decision:termRows:0:termReview", today.plusMonths(6));
        type("decision:costs", "1500");
        click("decision:decide");
        assertThat(waitFor(By.id("messages")).getText()).contains("The hearing's decision is recorded");
        assertThat(waitFor(By.id("decisionPayment")).getText())
                .isEqualTo("Also ordered to pay $1,500.00 towards the costs.");
        accessible("the case page with its hearing decided");
        signOut();
        AppealIT.step(api, reference, "approveLetters", "letter-approval", investigator, "{\"approved\":true}");
        AppealIT.await(api, reference, o -> o.containsKey("appealableUntil"));
        assertThat(AppealIT.published(api, number)).containsExactly("CONDITIONS");
        browser.get(base + "register.xhtml?registration=" + number);
        assertThat(waitFor(By.cssSelector(".sanction-terms")).getText()).contains(
                "Work only under the supervision of a senior scientist.",
                "Complete the council's course on patient privacy.");
        accessible("the public register with conditions");
    }

    @Test
    void undertakingsAreListedCheckedOnTheirDayAndABreachOpensANewCase() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        String[] investigator = {"investigator", "investigator-demo"};
        String[] examiner = {"examiner", "examiner-demo"};
        String number = AppealIT.newRegistrant(api);
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Auckland"));
        ComplaintSubmission complaint = new ComplaintSubmission(
                new ComplaintSubmission.Complainant("Mere Tui", "mere.tui@example.org", null, "COLLEAGUE"),
                new ComplaintSubmission.Practitioner("Tama Ruru", number, "Harbour Lab", "Medical laboratory scientist"),
                "FACEBOOK", List.of("https://www.facebook.com/tama.demo/posts/11"), "2026-10-01", null,
                "Tama posted a photo of a patient's form.", "YES", false, true, true);
        String reference = ApiClient.object(api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(complaint))))).getString("reference");
        CaseAccessIT.awaitAcknowledged(api, reference, investigator);
        AppealIT.step(api, reference, "triageComplaint", "triage", investigator, "{\"decision\":\"ACCEPT\","
                + "\"note\":\"Patient identifiable\",\"allegations\":[\"Confidentiality and privacy\"]}");
        AppealIT.step(api, reference, "approveLetters", "letter-approval", examiner, "{\"approved\":true}");
        AppealIT.step(api, reference, "recordPractitionerResponse", "practitioner-response", investigator,
                "{\"note\":\"Sorry.\"}");
        AppealIT.step(api, reference, "investigateCase", "referral", investigator, "{\"note\":\"Once.\","
                + "\"harm\":\"MINOR\",\"repeated\":false,\"intentional\":false,\"insightShown\":true}");

        // the case examiner proposes undertakings, each with the day it is checked
        signIn("examiner", "examiner-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        new Select(waitFor(By.id("decision:outcome"))).selectByValue("UNDERTAKINGS");
        type("decision:reasons", "Insight shown; a course and a private account will do.");
        type("decision:termRows:0:termText", "Complete the council's course on patient privacy.");
        setDate("decision:termRows:0:termReview", today.plusMonths(3));
        type("decision:termRows:1:termText", "Keep social media accounts private.");
        click("decision:decide");
        assertThat(waitFor(By.id("decision:termRows:1:termReviewMessage")).getText()).isNotBlank();
        accessible("undertakings with a refused review day");
        new Select(waitFor(By.id("decision:outcome"))).selectByValue("UNDERTAKINGS");
        setDate("decision:termRows:1:termReview", today.plusMonths(6));
        click("decision:decide");
        assertThat(waitFor(By.id("messages")).getText()).contains("Decision recorded");
        signOut();
        AppealIT.step(api, reference, "approveLetters", "letter-approval", investigator, "{\"approved\":true}");
        AppealIT.step(api, reference, "awaitUndertakingsAgreement", "undertakings-answer", investigator,
                "{\"answer\":\"AGREED\"}");
        assertThat(letterTextOf(api, reference, "DECISION_TO_PRACTITIONER")).contains("The undertakings",
                "1. Complete the council's course on patient privacy. (checked on", "2. Keep social media accounts "
                + "private.");

        // the first review day comes (the demo clock brings it now); the investigator finds a breach
        signIn("admin", "admin-demo");
        browser.get(base + "staff/admin/demo-clock.xhtml?ref=" + reference);
        browser.findElement(By.xpath("//*[@id='timers:list']//tr[td[text()='Review day']]//button")).click();
        assertThat(waitFor(By.id("messages")).getText()).contains("fires now");
        signOut();
        CaseAccessIT.awaitTask(api, reference, "checkCompliance", investigator);
        signIn("investigator", "investigator-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        assertThat(waitFor(By.id("nextAction")).getText()).isEqualTo("Check compliance with the undertakings");
        assertThat(browser.findElement(By.id("terms")).getText()).contains("Keep social media accounts private.");
        browser.findElement(By.cssSelector("input[name='compliance:complied'][value='false']")).click();
        click("compliance:recordCheck");
        assertThat(waitFor(By.id("compliance:noteMessage")).getText()).containsIgnoringCase("required");
        accessible("a compliance check with its note refused");
        browser.findElement(By.cssSelector("input[name='compliance:complied'][value='false']")).click();
        type("compliance:note", "No course booked; the account is public again.");
        click("compliance:recordCheck");
        assertThat(waitFor(By.id("messages")).getText()).contains("a new case about it is opened");
        String breach = ApiClient.object(api.get("/api/v1/cases/" + reference, "investigator", "investigator-demo"))
                .getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(st -> st.getString("step").equals("breachReferred")).map(st -> st.getString("note"))
                .findFirst().orElseThrow();
        String newCase = breach.replaceAll(".*(MSC-\\d{4}-\\d{6}).*", "$1");
        JsonObject opened = ApiClient.object(api.get("/api/v1/cases/" + newCase, "investigator", "investigator-demo"));
        assertThat(opened.getString("description")).contains("breach of the undertakings of case " + reference,
                "account is public again");
        assertThat(opened.getJsonObject("practitioner").getJsonObject("registerMatch").getString("registrationNumber"))
                .isEqualTo(number);
        accessible("the case after a breach");
    }

    /** The text of the case's first letter of that kind, once it is issued. */
    private static String letterTextOf(ApiClient api, String reference, String kind) throws Exception {
        return letterText(api, reference, kind, 1);
    }

    private void fixSitting(LocalDate day, String time) {
        setDate("hearing:sitsOn", day);
        setValue("hearing:sitsAtTime", time);
        for (var field : Map.of("venue", "Level 2, 80 The Terrace, Wellington", "chair", "Dr Ana Tui", "layMember",
                "Ben Hall", "professionalMember", "Cara Lee").entrySet()) {
            browser.findElement(By.id("hearing:" + field.getKey())).clear();
            type("hearing:" + field.getKey(), field.getValue());
        }
        click("hearing:fixSitting");
    }

    /** The text of the case's {@code nth} letter of that kind, once it is issued. */
    private static String letterText(ApiClient api, String reference, String kind, int nth) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var letters = ApiClient.object(api.get("/api/v1/cases/" + reference + "/letters", "investigator",
                    "investigator-demo")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("kind").equals(kind)).toList();
            if (letters.size() >= nth) {
                byte[] pdf = api.get("/api/v1/cases/" + reference + "/letters/" + letters.get(nth - 1).getInt("id"),
                        "investigator", "investigator-demo").body();
                try (var document = Loader.loadPDF(pdf)) {
                    return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No " + kind + " number " + nth + " was issued on " + reference);
    }

    /** A field's value set as the browser's own date or time control would hold it, whatever its locale. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", waitFor(By.id(id)), value);
    }

    /** A date field: typed as the browser's own date control expects it, whatever its locale. */
    private void setDate(String id, LocalDate day) {
        setValue(id, day.toString());
    }

    @Test
    void anAdministratorAddsAnInvestigatorAndTheTeamLeadHandsThemATaskThenMovesTheCase() throws Exception {
        ApiClient api = new ApiClient(base.toString());
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(DemoComplaints.connor()))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");

        signIn("admin", "admin-demo");
        browser.get(base + "staff/admin/staff.xhtml");
        type("account:username", "nikau");
        type("account:displayName", "Nikau Newman");
        browser.findElement(By.xpath("//input[@value='INVESTIGATOR']")).click();
        click("account:save");
        assertThat(waitFor(By.id("account:teamMessage")).getText()).contains("investigator belongs to a team");
        accessible("the staff page with an error beside the team");
        new Select(browser.findElement(By.id("account:team")))
                .selectByValue("investigations");
        click("account:save");
        String password = waitFor(By.id("oneTimePassword")).getText();
        assertThat(password).hasSize(20);
        assertThat(browser.findElement(By.id("accounts")).getText()).contains("nikau", "Nikau Newman");
        accessible("the staff page");
        signOut();

        // the lead of the case's team hands its triage to the new investigator, who finds it under My tasks
        signIn("lead", "lead-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        reloadUntil(reference + "&tab=process", By.cssSelector("select[id$=':assignee']"));
        assertThat(browser.findElement(By.id("caseTeam")).getText()).isEqualTo("Investigations");
        accessible("the case page of a team lead");
        new Select(browser.findElement(By.cssSelector("select[id$=':assignee']")))
                .selectByValue("nikau");
        WebElement handOver = browser.findElement(By.xpath("//button[span[text()='Hand over']]"));
        handOver.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Browser.gone(handOver));
        assertThat(waitFor(By.id("currentStep")).getText()).as("by the name staff administration gives")
                .contains("with Nikau Newman");
        assertThat(browser.getCurrentUrl()).as("back on the part it was done in").endsWith("&tab=process");
        signOut();
        browser.get(base + "login.xhtml");
        type("login:username", "nikau");
        type("login:password", "not-the-password");
        click("login:signIn");
        assertThat(waitFor(By.id("login:passwordMessage")).getText()).contains("Wrong username or password");
        signIn("nikau", password);
        // the one-time password opens nothing but the page where nikau chooses their own
        assertThat(waitFor(By.id("required")).getText()).contains("one-time password");
        browser.get(base + "staff/tasks.xhtml");
        assertThat(waitFor(By.id("required")).getText()).contains("nothing else opens");
        accessible("the password page");
        type("password:current", password);
        type("password:chosen", "kauri harbour morning tide");
        type("password:repeated", "kauri harbour evening tide");
        click("password:save");
        assertThat(waitFor(By.id("password:repeatedMessage")).getText()).contains("Must match the new password");
        type("password:current", password);
        type("password:chosen", "nikau-kauri-harbour");
        type("password:repeated", "nikau-kauri-harbour");
        click("password:save");
        assertThat(waitFor(By.id("password:chosenMessage")).getText()).contains("Must not contain your username");
        type("password:current", password);
        type("password:chosen", "kauri harbour morning tide");
        type("password:repeated", "kauri harbour morning tide");
        click("password:save");
        assertThat(waitFor(By.id("messages")).getText()).contains("Your new password is saved");
        assertThat(browser.findElement(By.id("nextTasks")).getText()).contains(reference);
        signOut();
        signIn("nikau", "kauri harbour morning tide");
        assertThat(browser.findElements(By.id("required"))).isEmpty();
        assertThat(browser.findElement(By.id("nextTasks")).getText()).contains(reference);
        assertThat(browser.findElement(By.id("heldCount")).getText()).isEqualTo("1");
        signOut();
        // both sign-ins are in the audit log, with the way in and the address
        assertThat(ApiClient.array(api.get("/api/v1/admin/audit?target=staff%20nikau", "admin", "admin-demo"))
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action") + " "
                        + e.getString("detail").replace(e.getString("source"), "ADDRESS"))
                .contains("SIGN_IN sign-in form from ADDRESS", "SIGN_IN_FAILED sign-in form from ADDRESS");

        // then moves the case to the southern team: it leaves the lead's reach, and southern's investigator has it
        signIn("lead", "lead-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference + "&tab=process");
        new Select(waitFor(By.id("team:targetTeam"))).selectByValue("southern");
        click("team:move");
        assertThat(waitFor(By.id("messages")).getText()).contains("moved to its new team");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        assertThat(browser.getPageSource()).doesNotContain("Connor Blake");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not open this page");
        browser.get(base + "staff/tasks.xhtml");
        signOut();
        signIn("southern", "southern-demo");
        browser.get(base + "staff/case.xhtml?ref=" + reference);
        part("process");
        assertThat(waitFor(By.id("caseTeam")).getText()).isEqualTo("Southern investigations");
    }

    /**
     * A team lead lands on Today, sees each member's load, and from the queue hands two ticked tasks to an
     * investigator in one go; the investigator releases and takes them back together. The filter survives each
     * action in the page's address, and pressing a bulk button with nothing ticked changes nothing.
     */
    @Test
    void aTeamLeadSeesTheTeamsLoadOnTodayAndHandsTickedTasksOverInOneGo() {
        ApiClient api = new ApiClient(base.toString());
        String[] lead = {"lead", "lead-demo"};
        List<String> references = new ArrayList<>();
        for (String post : List.of("2001", "2002")) {
            var complaint = ComplaintSubmission.of(
                    new ComplaintSubmission.Complainant("Rangi Tane", "rangi.tane@example.org", null, "COLLEAGUE"),
                    new ComplaintSubmission.Practitioner("Aroha Workload", null, "Nelson Hospital", "Phlebotomist"),
                    "FACEBOOK", List.of("https://www.facebook.com/aroha.demo/posts/" + post), "2026-04-01",
                    "Blood results of patients on a public Facebook page.");
            HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                    "complaint", JsonbBuilder.create().toJson(complaint))));
            assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
            references.add(ApiClient.object(submitted).getString("reference"));
            CaseAccessIT.awaitAcknowledged(api, references.get(references.size() - 1), lead);
        }

        signIn("lead", "lead-demo");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/today.xhtml");
        assertThat(waitFor(By.id("teamLoad")).getText()).contains("Ivy Investigator", "Lena Lead", "Investigator");
        long ivyHeld = heldOnToday("Ivy Investigator");
        accessible("the Today page of a team lead");
        illustrate("today", null);

        String queue = base + "staff/tasks.xhtml?practitioner=Aroha+Workload";
        browser.get(queue);
        click("queues:handSelected");
        assertThat(waitFor(By.id("messages")).getText()).contains("Tick the tasks first: nothing was changed.");
        assertThat(browser.getCurrentUrl()).as("the filter stays in the address").contains("practitioner=Aroha");
        tick("team", references);
        new Select(browser.findElement(By.id("queues:handTo"))).selectByValue("investigator");
        accessible("the team queue with tasks ticked");
        click("queues:handSelected");
        assertThat(waitFor(By.id("messages")).getText()).contains("2 tasks handed to Ivy Investigator.");
        assertThat(browser.getCurrentUrl()).contains("practitioner=Aroha");
        for (String reference : references) {
            assertThat(browser.findElement(By.xpath("//*[@id='queues:team']//tr[td[text()='" + reference + "']]"))
                    .getText()).contains("Ivy Investigator");
        }
        browser.get(base + "staff/today.xhtml");
        assertThat(heldOnToday("Ivy Investigator")).isEqualTo(ivyHeld + 2);
        signOut();

        signIn("investigator", "investigator-demo");
        assertThat(Long.parseLong(browser.findElement(By.id("heldCount")).getText())).isEqualTo(ivyHeld + 2);
        browser.get(queue);
        tick("mine", references);
        click("queues:releaseSelected");
        assertThat(waitFor(By.id("messages")).getText()).contains("2 tasks back in the team queue.");
        assertThat(browser.findElement(By.id("queues:mine")).getText()).doesNotContain(references.get(0));
        tick("team", references);
        click("queues:takeSelected");
        assertThat(waitFor(By.id("messages")).getText()).contains("2 tasks taken; they are under My tasks.");
        assertThat(browser.findElement(By.id("queues:mine")).getText()).contains(references.get(0),
                references.get(1));
        signOut();
    }

    /**
     * In demo mode an administrator fires a case's timer now instead of waiting 28 days: the practitioner's time runs
     * out and the case moves on as it would on the day; the firing is audited and the timer is gone.
     */
    @Test
    void anAdministratorAdvancesTheDemoClockAndTheCaseMovesOnAsOnTheDay() {
        ApiClient api = new ApiClient(base.toString());
        String[] investigator = {"investigator", "investigator-demo"};
        HttpResponse<byte[]> submitted = api.postMultipart("/api/v1/complaints", List.of(ApiClient.Part.json(
                "complaint", JsonbBuilder.create().toJson(DemoComplaints.david()))));
        assertThat(submitted.statusCode()).as(ApiClient.text(submitted)).isEqualTo(201);
        String reference = ApiClient.object(submitted).getString("reference");
        CaseAccessIT.awaitAcknowledged(api, reference, investigator);
        assertThat(api.postJson("/api/v1/tasks/" + CaseAccessIT.awaitTask(api, reference, "triageComplaint",
                investigator) + "/triage", "investigator", "investigator-demo",
                "{\"decision\":\"ACCEPT\",\"note\":\"A patient's details on screen.\","
                        + "\"allegations\":[\"Confidentiality and privacy\"]}").statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/tasks/" + CaseAccessIT.awaitTask(api, reference, "approveLetters",
                investigator) + "/letter-approval", "examiner", "examiner-demo", "{\"approved\":true}")
                .statusCode()).isEqualTo(200);
        CaseAccessIT.awaitTask(api, reference, "recordPractitionerResponse", investigator);

        signIn("admin", "admin-demo");
        browser.get(base + "staff/admin/demo-clock.xhtml?ref=not-a-case");
        assertThat(waitFor(By.id("filter:referenceMessage")).getText()).contains("Is not a case reference such as MSC-");
        browser.get(base + "staff/admin/demo-clock.xhtml?ref=" + reference);
        assertThat(waitFor(By.id("timers:list")).getText()).contains("Day 21", "Day 28: no response")
                .containsPattern("\\(due in 2[01] days\\)");
        accessible("the demo clock");
        // day 21: the practitioner is emailed a reminder at the register's address, with the due date
        browser.findElement(By.xpath("//*[@id='timers:list']//tr[td[text()='Day 21']]//button")).click();
        assertThat(waitFor(By.id("messages")).getText()).contains("'Day 21'", "fires now");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> reminders(reference) == 1);
        browser.get(base + "staff/admin/demo-clock.xhtml?ref=" + reference);
        browser.findElement(By.xpath("//*[@id='timers:list']//tr[td[text()='Day 28: no response']]//button"))
                .click();
        assertThat(waitFor(By.id("messages")).getText()).contains("Case " + reference,
                "'Day 28: no response'", "fires now");
        // the practitioner's step ends as on day 28, and its timers with it
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> ApiClient.array(api.get("/api/v1/cases/"
                + reference + "/tasks", "investigator", "investigator-demo")).getValuesAs(JsonObject.class).stream()
                .noneMatch(t -> t.getString("taskKey").equals("recordPractitionerResponse")));
        browser.get(base + "staff/admin/demo-clock.xhtml?ref=" + reference);
        assertThat(waitFor(By.id("timers:list")).getText()).doesNotContain("Day 28");
        assertThat(ApiClient.array(api.get("/api/v1/admin/audit?target=case%20" + reference, "admin", "admin-demo"))
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("ADVANCE_CLOCK");
        assertThat(reminders(reference)).as("one reminder, however the case moved on").isEqualTo(1);
        signOut();
    }

    /** Reminders about the case that reached the practitioner's register address. */
    private static long reminders(String reference) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Reminder: your response to complaint " + reference + " is due by ")
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(
                                "david.marsh@example.org"));
            } catch (MessagingException e) {
                return false;
            }
        }).count();
    }

    private void tick(String table, List<String> references) {
        for (String reference : references) {
            browser.findElement(By.xpath("//*[@id='queues:" + table + "']//tr[td[text()='" + reference
                    + "']]//input[@name='" + table + "Task']")).click();
        }
    }

    private long heldOnToday(String member) {
        return Long.parseLong(browser.findElement(By.xpath("//*[@id='teamLoad']//tr[td[text()='" + member
                + "']]/td[3]")).getText());
    }

    /** Reloads the page until the element appears: asynchronous steps run on the job executor, not in the request. */
    private WebElement reloadUntil(String reference, By what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var found = browser.findElements(what);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            browser.get(base + "staff/case.xhtml?ref=" + reference); // not a refresh: that would post the form again
        }
        keepEvidenceOfFailure(what.toString().replaceAll("\\W+", "-"));
        throw new AssertionError("Never appeared: " + what);
    }

    /** No serious or critical WCAG violation on the page as it stands. */
    private void accessible(String where) {
        steps.accessible(where);
    }

    /** Moves the focus with the Tab key alone until it reaches the element; fails if it never does. */
    private WebElement tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("The Tab key never reached " + id);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void signIn(String user, String password) {
        browser.get(base + "login.xhtml");
        type("login:username", user);
        type("login:password", password);
        click("login:signIn");
        waitFor(By.id("signOut"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("[id='signOut'] input[type=submit]")).click();
        waitFor(By.id("login:username"));
    }

    private void type(String id, String text) {
        waitFor(By.id(id)).sendKeys(text);
    }

    /** Clicks a button that submits its page and waits until that page is gone. */
    private void click(String id) {
        steps.click(id);
    }

    /** The part of the case page shown, opened by its tab. */
    private void part(String name) {
        steps.part(name);
    }

    private WebElement waitFor(By by) {
        return steps.waitFor(by);
    }

    /**
     * A picture for the user guide: the window, or one element of it, as the journey sees it, written to
     * {@code target/user-guide/}; docs/user-guide holds the copies the guides show.
     */
    private void illustrate(String name, By element) {
        try {
            Path folder = Path.of(System.getProperty("casework.buildDir"), "user-guide");
            Files.createDirectories(folder);
            TakesScreenshot target = element == null ? (TakesScreenshot) browser
                    : browser.findElement(element);
            Files.write(folder.resolve(name + ".png"), target.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as the browser had it when a wait failed, for whoever reads the CI log. */
    private void keepEvidenceOfFailure(String name) {
        steps.keepEvidenceOfFailure(name);
    }
}
