package org.casework.it;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real headless Chromium from Debian's packages. Selenium Manager cannot download anything on these machines, so
 * the browser and the driver are named explicitly.
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // the console, so that a journey can show no script was refused by the content security policy
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setBinary(System.getProperty("casework.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--window-size=1280,1600", "--lang=en-NZ");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("casework.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // headless Chromium ignores the download preference unless told through the DevTools protocol
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString(), "eventsEnabled", false));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Ends a journey: every page it saw ran its scripts under the nonce policy (nothing inline was refused, which
     * the console would say), then the browser goes.
     */
    public static void close(WebDriver driver) {
        try {
            Assertions.assertThat(policyViolations(driver)).as("content security policy")
                    .isEmpty();
        } finally {
            driver.quit();
        }
    }

    /** What the pages wrote to the console about the content security policy since the last call. */
    public static List<String> policyViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Whether an element's page has been replaced (after a click that loads another). Chromium may say so with an
     * inspector error when asked in the instant its document is replaced.
     */
    public static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
