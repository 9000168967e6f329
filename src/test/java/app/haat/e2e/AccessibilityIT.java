package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core (from its npm package, fetched by the build: {@code haat.axe}) on every page of every role, in both
 * languages, at 360 px on the demo: the pages before sign-in, then each menu item of an admin, an officer, centre
 * staff, a group waiting for verification and a group with a kiosk, and the pages opened from lists (an exhibition,
 * its allocation board and sales, its venue; the group's sales day). Serious and critical violations fail the test, listed with their
 * page, language and first elements; lesser ones are written to {@code target/axe-minor.txt} for the record.
 */
class AccessibilityIT extends BrowserTest {

    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        Path script = Path.of(System.getProperty("haat.axe", "target/axe-core/package/axe.min.js"));
        assertThat(script)
                .as("axe-core, fetched by the build before the integration tests")
                .exists();
        axe = Files.readString(script);
        startPortalAndBrowser("--haat.demo=true");
    }

    private final List<String> serious = new ArrayList<>();
    private final List<String> minor = new ArrayList<>();
    private int pagesChecked;

    @Test
    void noPageOfAnyRoleHasASeriousOrCriticalViolationInEitherLanguage() throws Exception {
        for (String language : List.of("bn", "en")) {
            browser.manage().deleteAllCookies();
            for (String page : List.of("/login", "/login/code", "/signup", "/forgot-password", "/catalogue")) {
                browser.get("http://localhost:" + port + page + "?lang=" + language);
                check(page, language);
            }
        }
        AssignedGroup group = assignedDemoGroup();
        List<String> opened = openedPages(group);
        for (String[] account : List.of(
                new String[] {"admin", ADMIN_PASSWORD},
                new String[] {"officer.northdumdum", "haat-demo"},
                new String[] {"centre.staff", "haat-demo"},
                new String[] {"9800000001", "haat-demo"},
                new String[] {group.phone(), null})) {
            if (account[1] == null) {
                signInGroupWithCode(account[0]);
            } else {
                signIn(account[0], account[1], null);
            }
            for (String language : List.of("bn", "en")) {
                useLanguage(language);
                List<String> pages = new ArrayList<>(menu());
                if (!account[0].startsWith("centre") && !account[0].matches("[0-9]+")) {
                    pages.addAll(opened);
                }
                if (account[1] == null) {
                    pages.add("/sales/" + group.applicationId());
                }
                if (account[0].startsWith("centre")) {
                    pages.add(firstSession());
                }
                for (String path : pages) {
                    browser.get("http://localhost:" + port + path);
                    // the page in the portal's frame, or a refusal page (checked too)
                    waitUpTo(60)
                            .withMessage(() -> account[0] + " " + path + " showed neither the portal nor a refusal")
                            .until(ExpectedConditions.or(
                                    ExpectedConditions.presenceOfElementLocated(By.id("sign-out")),
                                    ExpectedConditions.presenceOfElementLocated(By.id("refusal-page"))));
                    check(account[0] + " " + path, language);
                }
            }
        }
        minor.addFirst(pagesChecked + " pages checked; moderate and minor violations:");
        Files.writeString(Path.of("target", "axe-minor.txt"), String.join("\n", minor));
        assertThat(pagesChecked).as("pages checked").isGreaterThan(30);
        assertThat(serious).as("serious or critical axe violations").isEmpty();
    }

    private void check(String page, String language) throws InterruptedException {
        // Vaadin renders after the document: wait until no request of its client is under way, then a moment more
        // for the components to draw what came back
        waitUpTo(60)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && (!window.Vaadin || !window.Vaadin.Flow"
                                                        + " || Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive()))")));
        Thread.sleep(400);
        Object result = ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "if (!window.axe) { " + axe + " }"
                        + "window.axe.run(document, {resultTypes: ['violations']}).then(r => done("
                        + "r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map("
                        + "n => n.target.join(' > ') + ' ' + n.html.slice(0, 140)).join(' | ')))"
                        + ").catch(e => done(['error ' + e]));");
        pagesChecked++;
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        for (String violation : violations) {
            String line = language + " " + page + " — " + violation;
            if (violation.startsWith("serious") || violation.startsWith("critical") || violation.startsWith("error")) {
                serious.add(line);
            } else {
                minor.add(line);
            }
        }
    }

    /** The pages opened from a list: the exhibition of the group's kiosk, its board, its sales, its venue. */
    private List<String> openedPages(AssignedGroup group) throws Exception {
        long id = group.exhibitionId();
        var exhibition = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(api("GET", "/api/exhibitions/" + id, null));
        List<String> pages =
                new ArrayList<>(List.of("/exhibition/" + id, "/allocation/" + id, "/sales-overview/" + id));
        if (exhibition.has("venueId")) {
            pages.add("/venue/" + exhibition.get("venueId").asLong());
        }
        return pages;
    }

    /** The page of a training session of the coming or past weeks. */
    private String firstSession() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now();
        var sessions = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(api(
                        "centre.staff",
                        "haat-demo",
                        "GET",
                        "/api/trainings?from=" + today.minusDays(30) + "&to=" + today.plusDays(60),
                        null));
        assertThat(sessions.isEmpty()).as("demo training sessions").isFalse();
        return "/training/" + sessions.get(0).get("id").asLong();
    }

    /** The paths of the menu of the signed-in role, home first. */
    private List<String> menu() {
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        for (WebElement item : browser.findElements(By.tagName("vaadin-side-nav-item"))) {
            String path = item.getAttribute("path");
            if (path != null) {
                paths.add(path.startsWith("/") ? path : "/" + path);
            }
        }
        return List.copyOf(paths);
    }

    /** Switches the signed-in account's language with the shell's button when the page speaks the other one. */
    private void useLanguage(String language) {
        browser.get("http://localhost:" + port + "/");
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("language-switch")));
        String current = (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.lang");
        if (!language.equals(current)) {
            click(By.id("language-switch"));
            waitUpTo(60)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> language.equals(
                            ((JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        }
    }
}
