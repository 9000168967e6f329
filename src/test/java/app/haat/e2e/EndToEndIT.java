package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The production jar, started as a user would (java -jar, random port, fresh data directory), driven through
 * headless Chromium: sign in as admin, switch to Bengali, open the municipalities, see Bengali names, at 360 px.
 */
class EndToEndIT {

    private static final String ADMIN_PASSWORD = "e2e-admin-password";
    private static Process portal;
    private static Path dataDir;
    private static int port;
    private static WebDriver browser;

    @BeforeAll
    static void startPortalAndBrowser() throws Exception {
        Path jar = Path.of(System.getProperty("haat.jar", "target/haat-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the production jar is built before the integration tests").exists();
        dataDir = Files.createTempDirectory("haat-e2e-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "e2e-portal.log").toFile());
        builder.environment().put("HAAT_DATA_DIR", dataDir.toString());
        builder.environment().put("HAAT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        portal = builder.start();
        waitForHealth();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("haat.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("haat-chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("haat.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    private static void waitForHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the portal exited; see target/e2e-portal.log");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the portal did not become healthy in 90 s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.destroy();
            portal.waitFor();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void assertNoSidewaysScrolling() {
        long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("page width at 360 px").isLessThanOrEqualTo(360);
    }

    @Test
    void aGroupLeaderCanReadTheSignUpPageInBengaliOnAPhone() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/signup");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("signup-submit")));
        browser.findElement(By.id("language-switch")).click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "আপনার স্বনির্ভর গোষ্ঠী নথিভুক্ত করুন"));
        assertNoSidewaysScrolling();
        screenshot("00-signup-bn-360");
        browser.manage().deleteAllCookies();
    }

    @Test
    void adminSignsInSwitchesToBengaliAndSeesMunicipalitiesInBengali() throws Exception {
        browser.get("http://localhost:" + port + "/");
        WebElement username = waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[name='username']")));
        screenshot("01-login-en-360");
        username.sendKeys("admin");
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(ADMIN_PASSWORD);
        password.sendKeys(Keys.ENTER);

        WebElement figures = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("home-figures")));
        assertThat(figures.getText()).contains("127");
        assertNoSidewaysScrolling();
        screenshot("02-home-en-360");

        browser.findElement(By.id("language-switch")).click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "স্বাগতম"));
        assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
                .isEqualTo("bn");
        screenshot("03-home-bn-360");

        browser.get("http://localhost:" + port + "/reference");
        WebElement filter = waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#municipality-filter input")));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "আলিপুরদুয়ার"));
        assertThat(browser.findElement(By.id("municipality-count")).getText()).isEqualTo("127টি পুরসভা");
        filter.sendKeys("Bally");
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("municipality-count"),
                "1টি পুরসভা"));
        List<WebElement> cells = browser.findElements(By.tagName("vaadin-grid-cell-content"));
        assertThat(cells.stream().map(WebElement::getText)).contains("বালি", "হাওড়া");
        assertNoSidewaysScrolling();
        screenshot("04-municipalities-bn-360");

        // The production jar has no SMTP settings: no embedded server, messages wait, the admin is warned.
        browser.get("http://localhost:" + port + "/admin/mail");
        WebElement warning = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("mail-warning")));
        assertThat(warning.getText()).contains("কোনো SMTP সার্ভার ঠিক করা নেই");
        assertNoSidewaysScrolling();
        screenshot("05-mail-bn-360");
    }
}
