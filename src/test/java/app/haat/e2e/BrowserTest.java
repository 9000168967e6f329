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
 * The production jar, started as a user would (java -jar, random port, fresh data directory), and headless Chromium
 * at 360 px, with the steps the browser tests share: sign in, click as a thumb would, type, wait, screenshot.
 */
abstract class BrowserTest {

    protected static final String ADMIN_PASSWORD = "e2e-admin-password";
    private static Process portal;
    private static Path dataDir;
    protected static int port;
    protected static WebDriver browser;

    /** Starts the jar with these extra arguments (e.g. {@code --haat.demo=true}) and a browser on it. */
    static void startPortalAndBrowser(String... arguments) throws Exception {
        startPortalAndBrowser(false, arguments);
    }

    /**
     * The same; with {@code networkLog} the browser also keeps Chrome's performance log (DevTools' Network events),
     * from which {@link TransferLog} adds up what went over the wire.
     */
    static void startPortalAndBrowser(boolean networkLog, String... arguments) throws Exception {
        Path jar = Path.of(System.getProperty("haat.jar", "target/haat-0.1.0-SNAPSHOT.jar"));
        assertThat(jar)
                .as("the production jar is built before the integration tests")
                .exists();
        dataDir = Files.createTempDirectory("haat-e2e-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "--add-modules",
                "jdk.incubator.vector",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "e2e-portal-" + port + ".log").toFile());
        builder.environment().put("HAAT_DATA_DIR", dataDir.toString());
        builder.environment().put("HAAT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        portal = builder.start();
        waitForHealth();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("haat.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("haat-chromium-"));
        if (networkLog) {
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable(org.openqa.selenium.logging.LogType.PERFORMANCE, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("haat.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(360, 800));
    }

    private static void waitForHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the portal exited; see target/e2e-portal-" + port + ".log");
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the portal did not become ready in 90 s");
    }

    @AfterAll
    static void stopPortalAndBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.destroy();
            portal.waitFor();
        }
    }

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    protected void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    protected void assertNoSidewaysScrolling() {
        long scrollWidth =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("page width at 360 px").isLessThanOrEqualTo(360);
    }

    protected void signIn(String user, String secret, String screenshotName) throws IOException {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        WebElement username = waitUpTo(60)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        if (screenshotName != null) {
            screenshot(screenshotName);
        }
        username.sendKeys(user);
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(secret);
        password.sendKeys(Keys.ENTER);
        // the sign-in must have completed before the test navigates on, or the next page is the sign-in form again
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /** Waits for text anywhere on the page, which may be replaced meanwhile (a language switch reloads it). */
    protected void waitForPageText(String text) {
        waitUpTo(30)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Scrolls the element to the middle of the phone screen first, as a thumb would. */
    protected void click(By locator) {
        // found again on every try: a grid or a view may redraw the element between finding and clicking it
        waitUpTo(30)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElement(locator);
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** Types into a plain input of a server-rendered page (not a Vaadin field). */
    protected void fill(String fieldId, String text) {
        WebElement input = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id(fieldId)));
        input.clear();
        input.sendKeys(text);
    }

    /** Replaces what a text field holds, as a thumb would: select all, then type. */
    protected void replaceText(String fieldId, String text) {
        WebElement input =
                waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
    }

    protected void type(String fieldId, String text) {
        WebElement input =
                waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text);
    }

    /** The one-time code last sent to this number, as the demo admin reads it in Messages → received SMS. */
    protected String codeFromMessagesView(String digits) throws Exception {
        signIn("admin", ADMIN_PASSWORD, null);
        browser.get("http://localhost:" + port + "/admin/messages");
        click(By.xpath("//vaadin-tab[contains(., 'SMS (') or contains(., 'এসএমএস (')]"));
        return waitUpTo(60)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    if (!d.findElements(By.id("received-sms-refresh")).isEmpty()) {
                        d.findElement(By.id("received-sms-refresh")).click();
                    }
                    for (WebElement cell :
                            d.findElements(By.cssSelector("#received-sms-grid vaadin-grid-cell-content"))) {
                        String text = cell.getText();
                        java.util.regex.Matcher found = java.util.regex.Pattern.compile("(?:^|\\n)([0-9]{6}) ")
                                .matcher(text);
                        if ((text.contains("91" + digits)
                                        || text.contains(app.haat.core.i18n.Formats.bengaliDigits("91" + digits)))
                                && found.find()) {
                            return found.group(1);
                        }
                    }
                    return null;
                });
    }

    /** Signs a group in with a code by SMS through the pages a phone sees (the code read by the demo admin). */
    protected void signInGroupWithCode(String phone) throws Exception {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login/code?lang=bn");
        fill("code-mobile", phone);
        click(By.id("code-send"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        org.openqa.selenium.Cookie leader = browser.manage().getCookieNamed("JSESSIONID");
        typeCodeInto(leader, "/login/code", codeFromMessagesView(phone));
    }

    /**
     * Back in the session that waits for a code (its cookie kept while someone else read the code): the code typed
     * into the page at {@code path}, in Bengali, until the portal opens.
     */
    protected void typeCodeInto(org.openqa.selenium.Cookie waiting, String path, String code) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.manage().addCookie(waiting);
        browser.get("http://localhost:" + port + path + "?lang=bn");
        fill("code", code);
        click(By.id("code-submit"));
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /** A demo group with a kiosk in a published or running exhibition: its number, kiosk and exhibition. */
    protected record AssignedGroup(String phone, String kiosk, long exhibitionId, long applicationId) {}

    protected AssignedGroup assignedDemoGroup() throws Exception {
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        for (String status : List.of("PUBLISHED", "RUNNING")) {
            for (var exhibition : json.readTree(api("GET", "/api/exhibitions?status=" + status, null))) {
                long id = exhibition.get("id").asLong();
                var assigned =
                        json.readTree(api("GET", "/api/exhibitions/" + id + "/applications?status=ASSIGNED", null));
                if (assigned.isEmpty()) {
                    continue;
                }
                var application = assigned.get(0);
                String phone = json.readTree(api(
                                "GET",
                                "/api/groups/" + application.get("groupId").asLong(),
                                null))
                        .get("phone")
                        .asText();
                for (var row : json.readTree(api("GET", "/api/exhibitions/" + id + "/assignments", null))) {
                    if (row.get("applicationId").asLong()
                            == application.get("id").asLong()) {
                        return new AssignedGroup(
                                phone,
                                row.get("kioskCode").asText(),
                                id,
                                application.get("id").asLong());
                    }
                }
            }
        }
        throw new AssertionError("the demo has no group with a published kiosk");
    }

    /** The page in Bengali: the switch offers English once it is (a Bengali group name says nothing of it). */
    protected void inBengali() {
        WebElement languageSwitch =
                waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("language-switch")));
        if (languageSwitch.getText().contains("বাংলা")) {
            click(By.id("language-switch"));
            waitUpTo(30)
                    .until(d ->
                            d.findElement(By.id("language-switch")).getText().contains("English"));
        }
    }

    protected String api(String method, String path, String body) throws Exception {
        return api("admin", ADMIN_PASSWORD, method, path, body);
    }

    protected String api(String user, String secret, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((user + ":" + secret)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return response.body();
    }
}
