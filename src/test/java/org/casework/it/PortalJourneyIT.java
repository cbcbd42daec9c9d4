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

/** A complainant submits David's complaint in the portal; an investigator signs in and finds it, screenshot and all. */
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
    void complainantSubmitsAndInvestigatorFindsTheCase() throws Exception {
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
        assertThat(reference).matches("MSC-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("receiptTrackingCode")).getText().replace("-", "")).hasSize(32);

        browser.get(base + "login.xhtml");
        type("login:username", "investigator");
        type("login:password", "investigator-demo");
        browser.findElement(By.id("login:signIn")).click();
        waitFor(By.id("tasks"));
        assertThat(browser.getCurrentUrl()).contains("/staff/tasks.xhtml");
        browser.findElement(By.xpath("//tr[td[text()='" + reference + "']]//a")).click();

        assertThat(waitFor(By.id("caseStatus")).getText()).isEqualTo("RECEIVED");
        assertThat(browser.findElement(By.id("registerMatch")).getText()).contains("MSC-40213");
        Object imageWidth = ((JavascriptExecutor) browser).executeScript(
                "const img = document.querySelector('img.evidence-image'); return img && img.complete ? img.naturalWidth : -1;");
        assertThat(((Number) imageWidth).intValue()).isEqualTo(480);
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
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
