package org.casework.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casework.demo.control.DemoScreenshot;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * David's case in a real browser: the complainant submits it in the portal and follows its status, the investigator
 * accepts it, the case examiner records a warning citing clauses 7, 8 and 12, the registrar sees it counted.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class PortalJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void portalPageLoads() {
        browser.get(base.toString());
        assertThat(browser.getTitle()).contains("Make a complaint");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Make a complaint about a practitioner's use of social media");
        assertThat(browser.findElements(By.cssSelector("input[type=file]"))).hasSize(1);
    }

    @Test
    void davidsCaseThroughThePortalTriageDecisionAndStatistics() throws Exception {
        Path screenshot = Files.createTempFile("facebook-post", ".png");
        Files.write(screenshot, DemoScreenshot.png());

        browser.get(base.toString());
        type("complaint:complainantName", "Tom Reweti");
        type("complaint:complainantEmail", "tom.reweti@example.org");
        select("complaint:relationship_input", "COLLEAGUE");
        type("complaint:practitionerName", "David Marsh");
        type("complaint:registrationNumber", "MSC-40213");
        select("complaint:platform_input", "FACEBOOK");
        type("complaint:postLink", "https://www.facebook.com/david.marsh.demo/posts/1001");
        type("complaint:conductDate_input", "2026-03-14");
        type("complaint:description", "Photos of patients on a public, geo-tagged Facebook account.");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(screenshot.toString());
        browser.findElement(By.id("complaint:submit")).click();

        String reference = waitFor(By.id("receiptReference")).getText();
        String trackingCode = browser.findElement(By.id("receiptTrackingCode")).getText();
        assertThat(reference).matches("MSC-\\d{4}-\\d{6}");
        assertThat(trackingCode.replace("-", "")).hasSize(32);

        browser.get(base + "status.xhtml");
        type("follow:reference", reference);
        type("follow:trackingCode", trackingCode);
        browser.findElement(By.id("follow:look")).click();
        assertThat(waitFor(By.id("publicStatus")).getText()).isEqualTo("Received");

        signIn("investigator", "investigator-demo");
        assertThat(browser.getCurrentUrl()).contains("/staff/tasks.xhtml");
        browser.findElement(By.xpath("//tr[td[text()='" + reference + "']]//a")).click();
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("RECEIVED");
        assertThat(browser.findElement(By.id("registerMatch")).getText()).contains("MSC-40213");
        Object imageWidth = ((JavascriptExecutor) browser).executeScript(
                "const img = document.querySelector('img.evidence-image'); return img && img.complete ? img.naturalWidth : -1;");
        assertThat(((Number) imageWidth).intValue()).isEqualTo(480);
        type("triage:note", "Confidentiality of patients in question.");
        browser.findElement(By.id("triage:accept")).click();
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("UNDER_INVESTIGATION");
        signOut();

        signIn("examiner", "examiner-demo");
        browser.findElement(By.xpath("//tr[td[text()='" + reference + "']]//a")).click();
        waitFor(By.id("decision:decide"));
        browser.findElement(By.id("decision:decide")).click();
        assertThat(waitFor(By.cssSelector("[id='decision:reasons'] ~ .ui-message-error, .ui-message-error")).getText())
                .isNotBlank();
        select("decision:outcome_input", "WARNING");
        type("decision:reasons", "Photos of patients were posted on a public, geo-tagged account.");
        for (String clause : new String[] {"MSC-SM-2020/7", "MSC-SM-2020/8", "MSC-SM-2020/12"}) {
            browser.findElement(By.xpath("//input[@value='" + clause + "']/ancestor::div[contains(@class,'ui-chkbox')]"
                    + "//div[contains(@class,'ui-chkbox-box')]")).click();
        }
        browser.findElement(By.id("decision:decide")).click();
        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("CLOSED");
        assertThat(browser.findElement(By.id("decisionOutcome")).getText()).contains("Warning");
        assertThat(browser.findElement(By.id("letters")).getText()).contains(reference + "-decision-to-practitioner.pdf");
        signOut();

        signIn("registrar", "registrar-demo");
        assertThat(browser.getCurrentUrl()).contains("/staff/statistics.xhtml");
        assertThat(browser.findElement(By.xpath("//tr[td[text()='Warning']]/td[2]")).getText()).isEqualTo("1");
    }

    private void signIn(String user, String password) {
        browser.get(base + "login.xhtml");
        type("login:username", user);
        type("login:password", password);
        browser.findElement(By.id("login:signIn")).click();
        waitFor(By.id("signOut"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("[id='signOut'] input[type=submit]")).click();
        waitFor(By.id("login:username"));
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** PrimeFaces menus hide a native select behind their widget: set it directly. */
    private void select(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    private org.openqa.selenium.WebElement waitFor(By by) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            keepEvidenceOfFailure(by.toString().replaceAll("\\W+", "-"));
            throw e;
        }
    }

    /** The page as the browser had it when a wait failed, for whoever reads the CI log. */
    private void keepEvidenceOfFailure(String name) {
        try {
            Path folder = Path.of(System.getProperty("casework.buildDir"), "browser-failures");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
            Files.write(folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException | RuntimeException ignored) {
            // the original failure matters more
        }
    }
}
