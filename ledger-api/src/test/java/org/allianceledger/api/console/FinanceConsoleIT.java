package org.allianceledger.api.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.allianceledger.api.support.Http;
import org.allianceledger.api.support.RunningLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The finance console in Debian's headless Chromium: a partner signs in, opens an alliance, and sees to the
 * cent the balances the API gives, as of today and as of a past date; the chain verifies; the CSV downloads.
 * Leaves a screenshot in target/console.png.
 */
class FinanceConsoleIT extends RunningLedger {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "console.png");

    private Path profile;
    private Path downloads;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI needs Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; .ci/run installs them");
        }
        assumeTrue(installed, "The finance console test needs Debian's Chromium and its driver: "
                + "apt-get install chromium chromium-driver");

        // Both paths given, so Selenium Manager never looks for (or downloads) a browser or driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("console-chromium-profile");
        downloads = Files.createTempDirectory("console-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // headless and offline: nothing but the service on loopback is ever contacted
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        for (Path dir : new Path[]{profile, downloads}) {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir);
            }
        }
    }

    @Test
    void aPartnerSeesTheBalancesOfTheApiToTheCent() throws IOException {
        String acme = scenario.partnerKey("acme");
        String globex = scenario.partnerKey("globex");
        String initech = scenario.partnerKey("initech");
        String alliance = scenario.activeAlliance(acme, globex, initech);
        String allianceId = alliance.substring(alliance.lastIndexOf('/') + 1);
        String campaign = scenario.fundedCampaign(alliance, "20000.00", acme, globex, initech);
        // 50/30/20: globex pays 12000.00 in January, acme 3333.33 in February, initech 5400.00 in April
        created(http.post(campaign + "/spend", globex, spend("12000.00", "INV-1", "2027-01-15")));
        created(http.post(campaign + "/spend", acme, spend("3333.33", "INV-2", "2027-02-10")));
        created(http.post(campaign + "/spend", initech, spend("5400.00", "INV-3", "2027-04-10")));
        // initech referred cust-1 to globex, who sells 18000.00: 10% commission to initech
        created(http.post(alliance + "/referrals", initech, """
                {"toPartner": "globex", "customerRef": "cust-1", "occurredAt": "2027-01-25T10:00:00Z", "campaignId": null}"""));
        created(http.post(alliance + "/conversions", globex, """
                {"customerRef": "cust-1", "revenue": {"amount": "18000.00", "currency": "EUR"},
                 "occurredAt": "2027-02-01T09:30:00Z"}"""));
        created(http.post(alliance + "/settlement-payments", acme, """
                {"toPartner": "globex", "amount": {"amount": "4000.00", "currency": "EUR"}, "paidOn": "2027-05-02",
                 "reference": "WIRE-77"}"""));
        awaitProjections();

        browser.get("http://localhost:" + port() + "/console");
        assertThat(browser.getCurrentUrl()).endsWith("/console/index.html");
        browser.findElement(By.id("api-key")).sendKeys(acme);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-alliance='" + allianceId + "']")))
                .click();
        awaitLoaded("balances", "settlement", "verification", "spend", "revenue", "journal");

        assertThat(balancesOnScreen()).isEqualTo(balancesOfTheApi(alliance, acme, ""));
        WebElement verification = browser.findElement(By.id("verification"));
        assertThat(verification.getDomAttribute("data-ok")).isEqualTo("true");
        assertThat(browser.findElement(By.id("verification-status")).getText()).startsWith("✓ Intact");
        assertThat(browser.findElements(By.cssSelector("#journal-rows tr"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#settlement-rows tr"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#message")).isDisplayed()).isFalse();
        assertKeyOnlyInSessionStorage(acme);
        screenshot();

        // a past effective date: January only knows the first spend
        ((JavascriptExecutor) browser).executeScript("document.getElementById('as-of').value = '2027-01-31'");
        browser.findElement(By.cssSelector("#as-of-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("balances-when"), "As of 2027-01-31"));
        awaitLoaded("balances");
        assertThat(balancesOnScreen()).isEqualTo(balancesOfTheApi(alliance, acme, "?asOf=2027-01-31"))
                .containsEntry("globex", "8400.00");

        browser.findElement(By.id("journal-csv")).click();
        Http.Response csv = http.get(alliance + "/journal?format=csv", acme);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(downloaded("journal-" + allianceId + ".csv")).isEqualTo(csv.raw());

        browser.findElement(By.id("sign-out")).click();
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.length")).isEqualTo(0L);
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isTrue();
    }

    private void awaitLoaded(String... sections) {
        for (String section : sections) {
            wait.until(ExpectedConditions.attributeToBe(By.id(section), "data-state", "loaded"));
            WebElement error = browser.findElement(By.cssSelector("#" + section + " .error"));
            assertThat(error.isDisplayed()).as(section + " shows: " + error.getText()).isFalse();
        }
    }

    /** Partner to balance as shown, without the digit grouping the page adds for reading. */
    private Map<String, String> balancesOnScreen() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#balances-rows tr[data-partner]"))) {
            shown.put(row.findElement(By.tagName("th")).getText(),
                    row.findElement(By.tagName("td")).getText().replace(",", ""));
        }
        return shown;
    }

    private Map<String, String> balancesOfTheApi(String alliance, String key, String query) {
        Map<String, String> balances = new LinkedHashMap<>();
        JsonNode report = http.get(alliance + "/balances" + query, key).body();
        report.path("balances").forEach(balance ->
                balances.put(balance.path("partnerId").asText(), balance.at("/balance/amount").asText()));
        assertThat(balances).hasSize(3);
        return balances;
    }

    private void assertKeyOnlyInSessionStorage(String key) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return localStorage.length")).isEqualTo(0L);
        assertThat(js.executeScript("return Object.values(sessionStorage)")).asList().containsExactly(key);
        assertThat(browser.getCurrentUrl()).doesNotContain(key);
    }

    /** The whole page, not just the window: the window grows to the document's height first. */
    private void screenshot() throws IOException {
        Number height = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1440, Math.min(height.intValue() + 40, 4000)));
        // the charts redraw for the new size on the next frames
        ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done()));");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    private String downloaded(String name) {
        Path file = downloads.resolve(name);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && noPartialDownloads());
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean noPartialDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        }
    }

    private static Http.Response created(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response;
    }

    private static String spend(String amount, String invoice, String incurredOn) {
        return """
                {"amount": {"amount": "%s", "currency": "EUR"}, "category": "EVENTS", "vendor": "Hall Rentals BV",
                 "invoiceRef": "%s", "incurredOn": "%s"}""".formatted(amount, invoice, incurredOn);
    }
}
