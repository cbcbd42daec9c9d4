package org.casework.it;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser journey does on every page: type, press, wait for the next page, check it with axe-core. */
final class BrowserSteps {

    private final WebDriver browser;

    BrowserSteps(WebDriver browser) {
        this.browser = browser;
    }

    void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks a button that submits its page (ajax="false") and waits until that page is gone: a wait started
     * earlier could find the same id on the old page and read it as it went.
     */
    void click(String id) {
        click(By.id(id));
    }

    void click(By by) {
        WebElement button = waitFor(by);
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Browser.gone(button));
    }

    /**
     * Opens a part of the staff case page by its tab, as a person would, and waits until it is the part shown: only
     * that part's content is on the page.
     */
    void part(String name) {
        click(By.id("tab-" + name));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "page".equals(
                driver.findElement(By.id("tab-" + name)).getAttribute("aria-current")));
    }

    WebElement waitFor(By by) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            keepEvidenceOfFailure(by.toString().replaceAll("\\W+", "-"));
            throw e;
        }
    }

    String text(String id) {
        return waitFor(By.id(id)).getText();
    }

    /** No serious or critical WCAG violation on the page as it stands. */
    void accessible(String where) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser);
        // axe runs its experimental rules only when named: the visible label must be part of a control's name
        var experimental = new AxeBuilder().withRules(List.of("label-content-name-mismatch")).analyze(browser);
        List<String> violations = Stream.concat(results.getViolations().stream(),
                        experimental.getViolations().stream())
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserSteps::describe).toList();
        if (!violations.isEmpty()) {
            keepEvidenceOfFailure("axe-" + where.replaceAll("\\W+", "-"));
        }
        assertThat(violations).as("axe-core on " + where).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList();
    }

    /**
     * A picture for the user guide: the window as the journey sees it, written to {@code target/user-guide/};
     * docs/user-guide holds the copies the guides show.
     */
    void illustrate(String name) {
        try {
            Path folder = Path.of(System.getProperty("casework.buildDir"), "user-guide");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page as the browser had it when a wait failed, for whoever reads the CI log. */
    void keepEvidenceOfFailure(String name) {
        try {
            Path folder = Path.of(System.getProperty("casework.buildDir"), "browser-failures");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
            Files.write(folder.resolve(name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            // the original failure matters more
        }
    }
}
