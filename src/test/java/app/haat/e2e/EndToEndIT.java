package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The production jar, started as a user would (java -jar, random port, fresh data directory), driven through
 * headless Chromium: sign in as admin, switch to Bengali, open the municipalities, see Bengali names, at 360 px.
 */
class EndToEndIT extends BrowserTest {

    /** A real SMPP server beside the jar: the sign-up's code is read from the SMS it received. */
    private static app.haat.sms.EmbeddedSmsc smsc;

    @BeforeAll
    static void start() throws Exception {
        int smscPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            smscPort = socket.getLocalPort();
        }
        smsc = app.haat.sms.EmbeddedSmsc.start(smscPort, "haat-e2e", "secret");
        startPortalAndBrowser(
                "--haat.smpp.host=127.0.0.1",
                "--haat.smpp.port=" + smscPort,
                "--haat.smpp.system-id=haat-e2e",
                "--haat.smpp.password=secret",
                "--haat.sms.quiet-hours=",
                "--haat.sms.sample-template-ids=true");
    }

    @org.junit.jupiter.api.AfterAll
    static void stopSmsc() {
        if (smsc != null) {
            smsc.close();
        }
    }

    /** The one-time code in the latest SMS the SMSC received for this number. */
    private static String codeSentTo(String mobile) {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("^([0-9]{6}) ");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> smsc.received().stream()
                        .anyMatch(sms -> sms.destination().equals("91" + mobile)));
        String text = smsc.received().stream()
                .filter(sms -> sms.destination().equals("91" + mobile))
                .reduce((first, second) -> second)
                .orElseThrow()
                .text();
        java.util.regex.Matcher found = code.matcher(text);
        assertThat(found.find()).as(text).isTrue();
        return found.group(1);
    }

    @Test
    void aGroupLeaderCanReadTheSignUpPageInBengaliOnAPhone() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/signup");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("signup-send-code")));
        browser.findElement(By.id("language-switch")).click();
        waitForPageText("আপনার স্বনির্ভর গোষ্ঠী নথিভুক্ত করুন");
        assertNoSidewaysScrolling();
        screenshot("00-signup-bn-360");
        browser.manage().deleteAllCookies();
    }

    @Test
    void theSignInPageInBengaliRefusesAWrongPasswordWithoutAnyScript() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        click(By.id("language-switch"));
        waitForPageText("পাসওয়ার্ড ভুলে গেছেন?");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.scripts.length"))
                .isEqualTo(0L);
        assertNoSidewaysScrolling();
        screenshot("00-login-bn-360");
        fill("username", "admin");
        fill("password", "not-the-password");
        click(By.id("sign-in"));
        WebElement error = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).contains("সাইন ইন হল না", "১৫ মিনিটের জন্য");
        assertThat(browser.findElements(By.id("sign-out"))).isEmpty();
        screenshot("00-login-error-bn-360");
        browser.manage().deleteAllCookies();
    }

    /** Vaadin's bundle files carry their content's hash in the name: browsers keep them for a year without asking. */
    @Test
    @SuppressWarnings("unchecked")
    void vaadinsHashedFilesAreKeptForAYear() throws Exception {
        signIn("admin", ADMIN_PASSWORD, null);
        List<String> files = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => n.includes('/VAADIN/build/'))");
        assertThat(files).as("the bundle files the signed-in page loaded").isNotEmpty();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String file : files) {
            java.net.http.HttpResponse<Void> answer = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(file))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.headers().allValues("Cache-Control"))
                    .as(file)
                    .containsExactly("public, max-age=31536000, immutable");
        }
    }

    /**
     * The registry's "done when": a leader signs up on a 360 px screen in Bengali, the officer verifies, the group adds
     * a product with photos and sees its readiness.
     */
    @Test
    void aLeaderSignsUpInBengaliTheOfficerVerifiesAndTheGroupAddsPhotos() throws Exception {
        String municipalities = api("GET", "/api/municipalities", null);
        java.util.regex.Matcher bally = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"nameEn\":\"Bally\"")
                .matcher(municipalities);
        assertThat(bally.find())
                .as("Bally in " + municipalities.substring(0, 200))
                .isTrue();
        api(
                "POST",
                "/api/users",
                "{\"username\":\"officer.bally\",\"password\":\"officer-password\","
                        + "\"role\":\"MUNICIPAL_OFFICER\",\"municipalities\":[" + bally.group(1)
                        + "],\"language\":\"en\"}");

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/signup");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("signup-send-code")));
        browser.findElement(By.id("language-switch")).click();
        waitForPageText("আপনার স্বনির্ভর গোষ্ঠী নথিভুক্ত করুন");
        String mobile = "98" + String.valueOf(System.nanoTime()).substring(0, 8);
        // first the number, verified by the code the SMS brings, typed back in Bengali digits
        fill("mobile", Formats.bengaliDigits(mobile));
        click(By.id("signup-send-code"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        screenshot("10-signup-code-bn-360");
        fill("code", Formats.bengaliDigits(codeSentTo(mobile)));
        click(By.id("signup-check-code"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("signup-submit")));
        fill("name", "মা মনসা স্বনির্ভর গোষ্ঠী");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("municipality")))
                .selectByVisibleText("বালি · Bally");
        fill("ward", "৭");
        fill("members", "১২"); // Bengali digits, as a Bengali keyboard types them
        fill("leader", "মনসা দাস");
        fill("password", "leader-password");
        click(By.id("consent"));
        assertNoSidewaysScrolling();
        screenshot("10-signup-filled-bn-360");
        click(By.id("signup-submit"));
        WebElement done;
        try {
            done = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-done")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("10-signup-refused");
            throw new AssertionError(
                    "sign-up refused: "
                            + browser.findElement(By.id("signup-errors")).getText(),
                    e);
        }
        assertThat(done.getText()).contains(Formats.bengaliDigits(mobile));
        screenshot("11-signup-done-bn-360");

        signIn("officer.bally", "officer-password", null);
        browser.get("http://localhost:" + port + "/groups");
        type("groups-search", mobile.substring(4));
        click(By.xpath("//vaadin-grid-cell-content[contains(., 'মা মনসা স্বনির্ভর গোষ্ঠী')]"));
        WebElement verify = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id("group-verify")));
        screenshot("12-officer-verifies-360");
        verify.click();
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("group-verify")));

        signIn(mobile, "leader-password", null);
        browser.get("http://localhost:" + port + "/my-group");
        WebElement status = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("my-group-status")));
        if (status.getText().startsWith("Your")) {
            browser.findElement(By.id("language-switch")).click(); // the account remembers English until switched
            waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-group-status"), "যাচাই"));
        }
        assertThat(browser.findElement(By.id("my-group-status")).getText())
                .isEqualTo("আপনার গোষ্ঠী যাচাই হয়েছে: এখন স্টল ও প্রশিক্ষণের জন্য আবেদন করতে পারেন।");
        type("product-name", "কাঁথা স্টিচ শাড়ি");
        click(By.id("product-add"));
        WebElement upload =
                waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-upload")));
        WebElement fileInput = (WebElement) ((JavascriptExecutor) browser)
                .executeScript(
                        "return arguments[0].querySelector('input[type=file]')"
                                + " || arguments[0].shadowRoot.querySelector('input[type=file]');",
                        upload);
        List<String> photos = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            photos.add(photo(i).toString());
        }
        fileInput.sendKeys(String.join("\n", photos));
        try {
            waitUpTo(60)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElement(By.id("readiness-count"))
                            .getAttribute("textContent")
                            .equals("৬টির মধ্যে ২টি হয়েছে"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("13-upload-failed");
            throw new AssertionError(
                    "after the upload: "
                            + browser.findElement(By.id("readiness")).getAttribute("textContent") + " / "
                            + browser.findElement(By.tagName("vaadin-upload")).getAttribute("textContent") + " / "
                            + browser.findElements(By.tagName("vaadin-notification-card")).stream()
                                    .map(c -> c.getAttribute("textContent"))
                                    .toList(),
                    e);
        }
        waitUpTo(30)
                .until(d -> d.findElements(By.cssSelector(".haat-photos img")).size() == 3);
        assertNoSidewaysScrolling();
        screenshot("13-group-photos-readiness-bn-360");

        // the officer opens an exhibition in a Bally mall over the API; the group applies from its phone
        String mall = api(
                "officer.bally",
                "officer-password",
                "POST",
                "/api/venues",
                "{\"kind\":\"MALL\","
                        + "\"name\":\"Avani Riverside Mall\",\"municipalityId\":" + bally.group(1) + ",\"kiosks\":["
                        + "{\"code\":\"K1\",\"x\":0,\"y\":0,\"capacity\":4},{\"code\":\"K2\",\"x\":2,\"y\":0,\"capacity\":4}]}");
        String venueId = mall.replaceAll("\\D+", "");
        java.time.LocalDate start = java.time.LocalDate.now().plusWeeks(5);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        String exhibition = api(
                "officer.bally",
                "officer-password",
                "POST",
                "/api/exhibitions",
                "{\"venueId\":"
                        + venueId + ",\"title\":\"Poush Mela\",\"startsOn\":\"" + start + "\",\"endsOn\":\""
                        + start.plusDays(13) + "\",\"slotLength\":\"WEEK\",\"groupsPerKioskSlot\":10,"
                        + "\"applicationsOpenAt\":\"" + now.minusMinutes(1) + "\",\"applicationsCloseAt\":\""
                        + now.plusWeeks(2) + "\"}");
        String exhibitionId = exhibition.replaceAll("\\D+", "");
        api(
                "officer.bally",
                "officer-password",
                "POST",
                "/api/exhibitions/" + exhibitionId + "/status",
                "{\"status\":\"OPEN\"}");
        browser.get("http://localhost:" + port + "/my-stalls");
        click(By.id("apply-" + exhibitionId));
        click(By.cssSelector("#apply-declaration"));
        screenshot("14-apply-bn-360");
        click(By.id("apply-submit"));
        waitUpTo(30)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.id("stalls-mine"))
                        .getAttribute("textContent")
                        .contains("জমা হয়েছে"));
        assertThat(browser.findElement(By.id("stalls-mine")).getAttribute("textContent"))
                .contains("Poush Mela");
        assertNoSidewaysScrolling();
        screenshot("15-my-stalls-bn-360");
    }

    private static Path photo(int index) throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(180, 40 + index * 60, 60));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        Path file = Files.createTempFile("haat-e2e-photo-", ".jpg");
        javax.imageio.ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    @Test
    void adminSignsInSwitchesToBengaliAndSeesMunicipalitiesInBengali() throws Exception {
        signIn("admin", ADMIN_PASSWORD, "01-login-en-360");

        WebElement figures = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("home-figures")));
        assertThat(figures.getText()).contains("127");
        assertNoSidewaysScrolling();
        screenshot("02-home-en-360");

        browser.findElement(By.id("language-switch")).click();
        waitForPageText("স্বাগতম");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
                .isEqualTo("bn");
        screenshot("03-home-bn-360");

        browser.get("http://localhost:" + port + "/reference");
        WebElement filter = waitUpTo(30)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#municipality-filter input")));
        waitForPageText("আলিপুরদুয়ার");
        assertThat(browser.findElement(By.id("municipality-count")).getText()).isEqualTo("১২৭টি পৌরসভা");
        filter.sendKeys("Bally");
        waitUpTo(30)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("municipality-count"), "১টি পৌরসভা"));
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
