package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The allocation board end to end in the browser, on the demo data of the production jar: the officer opens the
 * closed exhibition, runs the allocation, checks a kiosk on the floor plan, locks a group, tries a move the board
 * refuses with its reason, makes one it allows, and publishes; then searches the groups with Latin letters, opens the
 * centre's calendar, and, signed out, the public catalogue. At 360 px, in Bengali.
 */
class AllocationBoardIT extends BrowserTest {

    @BeforeAll
    static void start() throws Exception {
        startPortalAndBrowser("--haat.demo=true");
    }

    @Test
    void theOfficerAllocatesAdjustsByHandAndPublishesFromThePhone() throws Exception {
        signIn("admin", ADMIN_PASSWORD, null);
        browser.get("http://localhost:" + port + "/exhibitions");
        if (!browser.findElement(By.tagName("body")).getText().contains("প্রদর্শনী")) {
            click(By.id("language-switch"));
        }
        // the demo exhibition by its Bengali title, as a Bengali reader sees it
        click(By.xpath("//vaadin-grid-cell-content[contains(., 'সাউথ সিটিতে তাঁত সপ্তাহ')]"));
        click(By.id("exhibition-board"));
        click(By.id("allocation-run"));
        click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button'], "
                + "vaadin-button[slot='confirm-button']"));
        waitForPageText("জায়গা পেয়েছে");
        screenshot("20-board-allocated-bn-360");

        // the plan shows how full each kiosk is in the chosen slot; choose the first kiosk with groups on day 1
        String kiosk = null;
        List<WebElement> placements = List.of();
        for (int k = 1; k <= 10 && placements.isEmpty(); k++) {
            kiosk = "K" + k;
            if (browser.findElement(By.id("kiosk-" + kiosk))
                    .getAttribute("class")
                    .contains("free")) {
                continue;
            }
            click(By.id("kiosk-" + kiosk));
            String expected = "কিয়স্ক " + kiosk + ", পর্ব ১:";
            waitUpTo(30)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-kiosk-summary"), expected));
            placements = browser.findElements(By.cssSelector(".haat-placement[id^='placement-']"));
        }
        assertThat(placements).as("a kiosk with groups in slot 1").isNotEmpty();
        String placementId = placements.getFirst().getAttribute("id").substring("placement-".length());
        String target = "K3".equals(kiosk) ? "K5" : "K3"; // both have electricity

        // lock it: a re-run would keep it
        click(By.id("lock-" + placementId));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("placement-" + placementId), "🔒"));

        // a move to where it already is is refused before it is tried; a kiosk with electricity and room is allowed
        click(By.id("move-" + placementId));
        chooseKiosk(kiosk, "গোষ্ঠীটি এখন সেখানেই আছে।");
        assertThat(browser.findElement(By.id("target-go")).getAttribute("disabled"))
                .isNotNull();
        chooseKiosk(target, "চলবে");
        assertNoSidewaysScrolling();
        screenshot("21-board-move-check-bn-360");
        click(By.id("target-go"));
        waitForPageText("সরানো হয়েছে");
        assertThat(browser.findElements(By.id("placement-" + placementId))).isEmpty(); // no longer in that kiosk

        // publish: every applicant gets its message
        click(By.id("allocation-publish"));
        click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        waitForPageText("বার্তা পাঠানোর জন্য রাখা হয়েছে");
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("allocation-publish")));
        assertNoSidewaysScrolling();
        screenshot("22-board-published-bn-360");

        // search on the phone: Latin letters find the demo's Bengali names, the matched words marked
        browser.get("http://localhost:" + port + "/groups");
        type("groups-find", "maa sarada swanirvar");
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".haat-search-hit em.match")));
        waitForPageText("সারদা");
        assertThat(browser.findElement(By.id("groups-found")).getText()).endsWith("টি পাওয়া গেছে");
        assertNoSidewaysScrolling();
        screenshot("23-search-bn-360");

        // the centre's calendar next week, and a session's roster, on the phone
        browser.get("http://localhost:" + port + "/trainings");
        click(By.id("trainings-next"));
        // next week's calendar shows the demo's sessions; open the first one by its address
        String card = waitUpTo(30)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id^='session-']")).stream()
                        .findFirst()
                        .map(e -> e.getAttribute("id"))
                        .orElse(null));
        browser.get("http://localhost:" + port + "/training/" + card.substring("session-".length()));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("session-seats")));
        waitForPageText("আসন নেওয়া");
        assertNoSidewaysScrolling();
        screenshot("24-training-session-bn-360");

        // the dashboard on the phone with sales by category, and its PDF and the groups' export, fetched by the page
        // from the links a tap would follow
        browser.get("http://localhost:" + port + "/dashboard");
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("table-salesByCategory")));
        waitForPageText("বিভাগ অনুযায়ী বিক্রি");
        assertNoSidewaysScrolling();
        screenshot("26-dashboard-bn-360");
        assertThat(fetchStart(browser.findElement(By.id("dashboard-pdf")).getAttribute("href")))
                .startsWith("%PDF-");
        browser.get("http://localhost:" + port + "/groups");
        String csv = fetchStart(waitUpTo(30)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("groups-export-csv")))
                .getAttribute("href"));
        assertThat(csv).contains("গোষ্ঠী"); // the Bengali header (fetch drops the byte-order mark)

        // the officers' sales overview of the demo's running exhibition (found through the public catalogue's links):
        // every stand with its late days first
        String municipality = firstMatch(fetchText("/catalogue"), "/catalogue/municipality/(\\d+)");
        String running =
                firstMatch(fetchText("/catalogue/municipality/" + municipality), "/catalogue/exhibition/(\\d+)");
        browser.get("http://localhost:" + port + "/sales-overview/" + running);
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("sales-overview-grid")));
        waitForPageText("দিন দেরি");
        assertThat(browser.findElement(By.id("sales-overview-summary")).getText())
                .contains("স্টল");
        assertNoSidewaysScrolling();
        screenshot("27-sales-overview-bn-360");

        // the public catalogue on the phone, without signing in: the first screen transfers at most 300 KB
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/catalogue");
        click(By.cssSelector("#places a"));
        waitForPageText("কিয়স্ক");
        long bytes = ((Number)
                        ((org.openqa.selenium.JavascriptExecutor) browser)
                                .executeScript(
                                        "return performance.getEntriesByType('navigation')[0].transferSize"
                                                + " + performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, 0);"))
                .longValue();
        System.out.println("BENCH catalogue.firstScreen: " + bytes + " bytes transferred");
        assertThat(bytes).isPositive().isLessThanOrEqualTo(300_000);
        assertNoSidewaysScrolling();
        screenshot("25-catalogue-bn-360");

        // the published draw's public record, still signed out, as anyone at a public meeting would open it
        browser.get("http://localhost:" + port + "/catalogue");
        WebElement published = browser.findElements(By.cssSelector("a[id^='draw-']")).stream()
                .filter(link -> link.getText().contains("সাউথ সিটিতে তাঁত সপ্তাহ"))
                .findFirst()
                .orElseThrow();
        published.click();
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("draw-hash")));
        assertThat(browser.findElement(By.id("draw-hash")).getText()).matches("[0-9a-f]{64}");
        waitForPageText("সিড ");
        assertNoSidewaysScrolling();
        screenshot("28-draw-record-bn-360");
    }

    /** The first 200 characters of what the address answers, fetched inside the signed-in page. */
    private String fetchStart(String href) {
        String text = fetchText(href);
        return text.substring(0, Math.min(200, text.length()));
    }

    /** What the address answers, as text, fetched inside the page (with its cookies). */
    private String fetchText(String href) {
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(t => done(t))"
                                + ".catch(e => done('failed: ' + e));",
                        href);
        return String.valueOf(text);
    }

    private static String firstMatch(String text, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }

    /**
     * Chooses the kiosk in the dialog and waits for the board's verdict on it; a choice that did not register (the
     * list was still opening or closing) is made again.
     */
    private void chooseKiosk(String code, String verdict) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                click(By.id("target-kiosk"));
                // the open list of this select: the board's own kiosk chooser has items with the same codes
                waitUpTo(5)
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> {
                            var item = d
                                    .findElements(By.xpath("//vaadin-select[@id='target-kiosk']//vaadin-select-item"
                                            + "[normalize-space(.)='" + code + "']"))
                                    .stream()
                                    .filter(WebElement::isDisplayed)
                                    .findFirst();
                            item.ifPresent(WebElement::click);
                            return item.isPresent();
                        });
                waitUpTo(5).until(ExpectedConditions.textToBePresentInElementLocated(By.id("target-verdict"), verdict));
                return;
            } catch (org.openqa.selenium.WebDriverException notYet) {
                // try again
            }
        }
        throw new AssertionError("kiosk " + code + " could not be chosen; verdict: "
                + browser.findElement(By.id("target-verdict")).getText());
    }

    /**
     * Issue 19's "done when": a demo group with a kiosk signs in with a code on the phone in Bengali; the code is read
     * where the demo shows it, the admin's Messages view (what the demo's SMSC received).
     */
    @Test
    void aDemoGroupSignsInWithACodeReadFromTheMessagesViewAndSeesItsKiosk() throws Exception {
        AssignedGroup assigned = assignedDemoGroup();
        String phone = assigned.phone();
        String kiosk = assigned.kiosk();

        // the leader asks for a code on the phone
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login?lang=bn");
        click(By.id("code-signin-link"));
        fill("code-mobile", app.haat.core.i18n.Formats.bengaliDigits(phone));
        click(By.id("code-send"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        screenshot("30-code-signin-bn-360");
        org.openqa.selenium.Cookie leader = browser.manage().getCookieNamed("JSESSIONID");

        // the code, as the admin reads it in the Messages view
        String code = codeFromMessagesView(phone);
        screenshot("31-code-in-messages-view-360");

        // back on the leader's phone: the code typed back, the group's stalls with its kiosk
        typeCodeInto(leader, "/login/code", code);
        browser.get("http://localhost:" + port + "/my-stalls");
        String kioskCode = kiosk;
        waitUpTo(60)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(kioskCode));
        assertNoSidewaysScrolling();
        screenshot("32-group-signed-in-by-code-kiosk-bn-360");
        // its home leads with its to-do list, greeted by its name; its trainings open on its own and those it may join
        browser.get("http://localhost:" + port + "/");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("home-todo")));
        waitForPageText("এখন যা করার");
        assertNoSidewaysScrolling();
        screenshot("33-group-home-bn-360");
        browser.get("http://localhost:" + port + "/trainings");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("group-trainings")));
        assertNoSidewaysScrolling();
        screenshot("34-group-trainings-bn-360");
        browser.manage().deleteAllCookies();
    }

    @Test
    void anAdminWhoseAccountAsksForACodeIsSignedInOnlyAfterTheCode() throws Exception {
        String mobile = "97" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String username = "guard-" + System.nanoTime() % 1_000_000;
        api(
                "POST",
                "/api/users",
                "{\"username\":\"" + username + "\",\"password\":\"guard-password-1\",\"role\":\"STATE_ADMIN\","
                        + "\"language\":\"bn\",\"mobile\":\"" + mobile + "\",\"secondFactor\":true}");
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login?lang=bn");
        fill("username", username);
        fill("password", "guard-password-1");
        click(By.id("sign-in"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("code-form")));
        assertThat(browser.getCurrentUrl()).contains("/login/second-factor");
        assertNoSidewaysScrolling();
        screenshot("35-admin-code-after-password-bn-360");
        org.openqa.selenium.Cookie waiting = browser.manage().getCookieNamed("JSESSIONID");
        // nothing of the portal opens before the code
        browser.get("http://localhost:" + port + "/admin/users");
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("password-signin")));
        assertThat(browser.findElements(By.id("sign-out"))).isEmpty();

        typeCodeInto(
                waiting,
                "/login/second-factor",
                app.haat.core.i18n.Formats.bengaliDigits(codeFromMessagesView(mobile)));
        browser.get("http://localhost:" + port + "/admin/users");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("user-grid")));
        browser.manage().deleteAllCookies();
    }
}
