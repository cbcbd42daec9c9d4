package org.casework.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One David case from triage to closure as the staff would work it in the browser, each page load and click timed
 * by the browser's Navigation Timing: the server's time is the POST up to its redirect plus the request of the page
 * it lands on (time to first byte each; on one machine the network adds nothing).
 */
final class StaffJourney {

    enum Kind { LOAD, CLICK, WAIT }

    /** {@code postMillis}: of {@code serverMillis}, the POST up to its redirect (0 for a page load). */
    record Interaction(String role, Kind kind, String what, double serverMillis, double postMillis) {
    }

    private static final String TIMING = "const n = performance.getEntriesByType('navigation')[0];"
            + "return {redirect: n.redirectCount > 0 ? n.redirectEnd - n.redirectStart : 0,"
            + " page: n.responseStart - n.requestStart};";

    private final WebDriver browser;
    private final String base;
    private final List<Interaction> interactions = new ArrayList<>();
    private String role;

    StaffJourney(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    List<Interaction> interactions() {
        return interactions;
    }

    void davidToClosure(String reference) {
        String casePage = "staff/case.xhtml?ref=" + reference;
        as("investigator");
        load("tasks filtered by the case", "staff/tasks.xhtml?case=" + reference);
        click("open the case from the queue", By.xpath("//*[@id='queues:team']//tr[td[text()='" + reference
                + "']]//a"));
        type("triage:note", "Confidentiality of patients in question.");
        click("accept at triage", By.id("triage:accept"));
        signOut();

        as("examiner");
        load("case page", casePage);
        waitFor(casePage, By.id("step:approveLetters"));
        click("approve the notice", By.id("step:approveLetters"));
        signOut();

        as("investigator");
        load("case page", casePage);
        waitFor(casePage, By.id("step:recordNote"));
        type("step:note", "I removed the photos and apologise.");
        click("record the practitioner's response", By.id("step:recordNote"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("step:recordNote"), "Refer to the case examiners"));
        type("step:note", "Patients identifiable; account public and geo-tagged.");
        browser.findElement(By.cssSelector("input[name='step:harm'][value='MINOR']")).click();
        click("refer to the case examiners", By.id("step:recordNote"));
        signOut();

        as("examiner");
        load("tasks filtered by the case", "staff/tasks.xhtml?case=" + reference);
        click("open the case from the queue", By.xpath("//*[@id='queues:team']//tr[td[text()='" + reference
                + "']]//a"));
        new Select(browser.findElement(By.id("decision:outcome"))).selectByValue("WARNING");
        type("decision:reasons", "Photos of patients were posted on a public, geo-tagged account.");
        for (String clause : List.of("MSC-SM-2020/7", "MSC-SM-2020/8")) {
            if (!browser.findElement(By.xpath("//input[@value='" + clause + "']")).isSelected()) {
                browser.findElement(By.xpath("//input[@value='" + clause + "']/ancestor::div[contains(@class,"
                        + "'ui-chkbox')]//div[contains(@class,'ui-chkbox-box')]")).click();
            }
        }
        click("decide", By.id("decision:decide"));
        signOut();

        as("investigator");
        load("case page", casePage);
        waitFor(casePage, By.id("step:approveLetters"));
        click("approve the decision letters", By.id("step:approveLetters"));
        waitFor(casePage, By.id("step:acceptWarning"));
        click("record the warning accepted", By.id("step:acceptWarning"));
        String status = browser.findElement(By.id("caseStatus")).getText();
        if (!"Closed".equals(status)) {
            throw new IllegalStateException(reference + " ended the journey as '" + status + "'");
        }
        signOut();
    }

    private void as(String who) {
        role = who;
        load("sign-in page", "login.xhtml");
        type("login:username", who);
        type("login:password", who.equals("examiner") ? "examiner-demo" : who + "-demo");
        click("sign in (lands on Today)", By.id("login:signIn"));
    }

    private void signOut() {
        click("sign out", By.cssSelector("[id='signOut'] input[type=submit]"));
    }

    private void load(String what, String path) {
        browser.get(base + path);
        record(Kind.LOAD, what);
    }

    private void click(String what, By button) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(button));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> Browser.gone(element));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
        record(Kind.CLICK, what);
    }

    /** Reloads until an asynchronous step of the engine shows its form; each reload is a wait, not work. */
    private void waitFor(String path, By what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (browser.findElements(what).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Never appeared: " + what);
            }
            browser.get(base + path);
            record(Kind.WAIT, "reload until the engine's step is done");
        }
    }

    private void type(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id(id))).sendKeys(text);
    }

    @SuppressWarnings("unchecked")
    private void record(Kind kind, String what) {
        Map<String, Number> timing = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(TIMING);
        interactions.add(new Interaction(role, kind, what, timing.get("redirect").doubleValue()
                + timing.get("page").doubleValue(), timing.get("redirect").doubleValue()));
    }
}
