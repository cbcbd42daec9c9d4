package org.casework.it;

import jakarta.json.JsonObject;
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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff single sign-on against a real OpenID Connect provider (panva's oidc-provider on Node.js, installed by the
 * browser profile): the investigator signs in at the provider and lands on their tasks with their Casework roles;
 * someone the provider knows but Casework does not is refused; an answer that no browser asked for is refused.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {


    static final String SECRET = "casework-sso-test-only";
    private static Process provider;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.casework();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        if (provider == null) {
            provider = startProvider(base + "sso/callback");
        }
        browser = Browser.start(Files.createTempDirectory(Path.of(System.getProperty("casework.buildDir")), "sso"));
    }

    @AfterEach
    void closeBrowser() {
        Browser.close(browser);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.destroy();
        }
    }

    @Test
    void anInvestigatorSignsInAtTheProviderAndLandsOnTodayWithTheirCaseworkRoles() {
        atProvider("investigator");
        waitFor(By.id("signOut"));
        assertThat(browser.getCurrentUrl()).endsWith("/staff/today.xhtml");
        assertThat(browser.findElement(By.cssSelector("#signOut .who")).getText()).isEqualTo("investigator");
        assertThat(browser.findElement(By.id("heldCount")).isDisplayed()).isTrue();
        List<JsonObject> audit = audit("investigator");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("SIGN_IN");
            assertThat(e.getString("detail")).startsWith("single sign-on from ");
        });
    }

    @Test
    void someoneTheProviderKnowsButCaseworkDoesNotIsRefusedWithAMessage() {
        atProvider("mallory");
        WebElement message = waitFor(By.id("ssoFailed"));
        assertThat(message.getText()).contains("Single sign-on did not sign you in");
        assertThat(browser.findElements(By.id("signOut"))).isEmpty();
        browser.get(base + "staff/tasks.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        assertThat(audit("mallory")).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("SIGN_IN_FAILED");
            assertThat(e.getString("detail")).contains("no active Casework account is called mallory");
        });
    }

    @Test
    void anAnswerNoBrowserAskedForSignsNobodyIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(
                URI.create(base + "sso/callback?code=stolen&state=guessed")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/login.xhtml?sso-failed=true"));
        HttpResponse<String> tasks = client.send(HttpRequest.newBuilder(URI.create(base + "staff/tasks.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tasks.statusCode()).as("still not signed in").isEqualTo(302);
        assertThat(tasks.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        // a start sends the browser to the provider with state, nonce and a PKCE challenge
        HttpResponse<String> start = client.send(HttpRequest.newBuilder(URI.create(base + "sso/start")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(start.headers().firstValue("Location").orElse("")).startsWith(issuer() + "/auth?")
                .contains("state=", "nonce=", "code_challenge_method=S256", "code_challenge=",
                        "redirect_uri=" + URLEncoder.encode(base + "sso/callback",
                                StandardCharsets.UTF_8));
    }

    /** Starts at Casework's sign-in page, then types the username at the provider's own login and consent pages. */
    private void atProvider(String username) {
        browser.get(base + "login.xhtml");
        waitFor(By.id("singleSignOn")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(issuer()));
        waitFor(By.name("login")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("any password: the test provider checks none");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the provider asks once whether Casework may have the profile
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains(issuer())
                || !d.findElements(By.xpath("//button[normalize-space()='Continue']")).isEmpty());
        if (browser.getCurrentUrl().contains(issuer())) {
            browser.findElement(By.xpath("//button[normalize-space()='Continue']")).click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains(issuer()));
    }

    private List<JsonObject> audit(String username) {
        return ApiClient.array(new ApiClient(base.toString()).get("/api/v1/admin/audit?max=50&target=staff%20"
                + username, "admin", "admin-demo")).getValuesAs(JsonObject.class);
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    static String issuer() {
        return "http://127.0.0.1:" + System.getProperty("casework.it.oidc.port", "3901");
    }

    /** node on the script the browser profile installed oidc-provider beside; waits until it answers. */
    private static Process startProvider(String redirectUri) throws IOException, InterruptedException {
        Path folder = Path.of(System.getProperty("casework.buildDir"), "oidc");
        Path script = folder.resolve("provider.mjs");
        Files.copy(Path.of("src/test/oidc/provider.mjs"), script, StandardCopyOption.REPLACE_EXISTING);
        Process node = new ProcessBuilder("node", script.toString(), System.getProperty("casework.it.oidc.port",
                "3901"), redirectUri, SECRET).redirectErrorStream(true)
                .redirectOutput(folder.resolve("provider.log").toFile()).start();
        HttpClient probe = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                if (probe.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return node;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        node.destroy();
        throw new IllegalStateException("the OpenID provider did not start; see " + folder.resolve("provider.log"));
    }
}
