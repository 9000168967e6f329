package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Bengali and Latin digits typed into the real browser (headless Chromium at 360 px) where Vaadin's pickers and
 * number inputs refused them: the training session dialog's day, time and counts, the new exhibition's days, times
 * and places per kiosk, and a day's sales. In Bengali and in English, each with both digit styles, then what was
 * stored is read back over the API.
 */
class DigitsIT extends BrowserTest {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @BeforeAll
    static void start() throws Exception {
        startPortalAndBrowser("--haat.demo=true");
    }

    @Test
    void everyDateTimeAndNumberFieldTakesBothDigitStylesInBothLanguages() throws Exception {
        signInAsAdmin();
        LocalDate today = LocalDate.now(INDIA);

        // Bengali interface, Bengali digits (and a 12-hour time with অপরাহ্ণ)
        useLanguage(true);
        LocalDate wednesday = today.plusDays(200).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        createSession(wednesday, bengali(wednesday.format(DAY)), "২:০০ অপরাহ্ণ", "৯০", "১০", "training-session-bn-360");
        assertSession(wednesday, LocalTime.of(14, 0), 90, 10);
        // Bengali interface, Latin digits
        LocalDate thursday = wednesday.plusDays(1);
        createSession(thursday, thursday.format(DAY), "14:30", "60", "8", null);
        assertSession(thursday, LocalTime.of(14, 30), 60, 8);

        LocalDate first = today.plusDays(400);
        long bn = createExhibition(
                "Digits mela (bn)",
                bengali(first.format(DAY)),
                bengali(first.plusDays(13).format(DAY)),
                "১২",
                bengali(today.format(DAY)),
                "৯:৩০",
                bengali(first.minusDays(5).format(DAY)),
                "১৮:৪৫",
                "exhibition-new-bn-360");
        assertExhibition(
                bn,
                first,
                first.plusDays(13),
                12,
                today.atTime(9, 30),
                first.minusDays(5).atTime(18, 45));

        reportSales(true, "₹৩,৯০০", "১২", 3900, 12, "sales-report-bn-360");

        // English interface: Latin digits, a 2:00 PM time, and Bengali digits typed anyway
        useLanguage(false);
        LocalDate friday = thursday.plusDays(1);
        createSession(friday, friday.format(DAY), "2:15 PM", "120", "12", "training-session-en-360");
        assertSession(friday, LocalTime.of(14, 15), 120, 12);
        LocalDate tuesday = friday.plusDays(4);
        createSession(tuesday, bengali(tuesday.format(DAY)), "১৫:০০", "৪৫", "৬", null);
        assertSession(tuesday, LocalTime.of(15, 0), 45, 6);

        LocalDate later = first.plusDays(60);
        long en = createExhibition(
                "Digits mela (en)",
                later.format(DAY),
                bengali(later.plusDays(6).format(DAY)),
                "7",
                today.format(DAY),
                "10:00 AM",
                later.minusDays(4).format(DAY),
                "17:00",
                "exhibition-new-en-360");
        assertExhibition(
                en,
                later,
                later.plusDays(6),
                7,
                today.atTime(10, 0),
                later.minusDays(4).atTime(17, 0));

        reportSales(false, "2,450", "৯", 2450, 9, null);
    }

    /** The one place this test signs in: the admin, through the sign-in form the other browser tests use. */
    private void signInAsAdmin() throws Exception {
        signIn("admin", ADMIN_PASSWORD, null);
    }

    private void useLanguage(boolean bengali) {
        browser.get("http://localhost:" + port + "/trainings");
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("language-switch")));
        // the switch offers the other language: "English" while the page is in Bengali
        if ("English".equals(browser.findElement(By.id("language-switch")).getText()) != bengali) {
            click(By.id("language-switch"));
            waitUpTo(30)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> "English"
                                    .equals(d.findElement(By.id("language-switch"))
                                            .getText())
                            == bengali);
        }
    }

    private void createSession(
            LocalDate day, String typedDay, String typedTime, String minutes, String seats, String shot)
            throws Exception {
        browser.get("http://localhost:" + port + "/trainings");
        click(By.id("trainings-new-series"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("series-topic")));
        for (String select : List.of("series-topic", "series-room", "series-trainer")) {
            choose(select);
        }
        retype("series-first", typedDay);
        retype("series-time", typedTime);
        retype("series-minutes", minutes);
        retype("series-weeks", "১");
        retype("series-capacity", seats);
        assertFieldsValid("series-first", "series-time", "series-minutes", "series-weeks", "series-capacity");
        if (shot != null) {
            // the typed values shown back in the reader's digits on the 24-hour clock
            assertThat(inputValue("series-time")).isEqualTo(shot.contains("-bn-") ? "১৪:০০" : "14:15");
            ((JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'start'});", field("series-first"));
            assertNoSidewaysScrolling();
            screenshot(shot);
            keep(shot);
        }
        click(By.id("series-create"));
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("series-create")));
    }

    private void assertSession(LocalDate day, LocalTime time, int minutes, int seats) throws Exception {
        String json = api("GET", "/api/trainings?from=" + day + "&to=" + day, null);
        OffsetDateTime start = day.atTime(time).atZone(INDIA).toOffsetDateTime();
        List<String> sessions = objects(json);
        assertThat(sessions)
                .as("a session at " + time + " on " + day + " in " + json)
                .anySatisfy(session -> {
                    assertThat(instant(session, "startsAt")).isEqualTo(start.toInstant());
                    assertThat(instant(session, "endsAt"))
                            .isEqualTo(start.plusMinutes(minutes).toInstant());
                    assertThat(session).contains("\"capacity\":" + seats);
                });
    }

    private long createExhibition(
            String title,
            String starts,
            String ends,
            String perKiosk,
            String opensOn,
            String opensAt,
            String closesOn,
            String closesAt,
            String shot)
            throws Exception {
        browser.get("http://localhost:" + port + "/exhibitions");
        click(By.id("exhibition-new"));
        WebElement venue =
                waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#exhibition-venue input")));
        venue.click();
        venue.sendKeys(Keys.ARROW_DOWN);
        Thread.sleep(500);
        venue.sendKeys(Keys.ENTER);
        retype("exhibition-title", title);
        retype("exhibition-starts", starts);
        retype("exhibition-ends", ends);
        retype("exhibition-per-kiosk", perKiosk);
        retype("exhibition-opens-on", opensOn);
        retype("exhibition-opens-at", opensAt);
        retype("exhibition-closes-on", closesOn);
        retype("exhibition-closes-at", closesAt);
        assertFieldsValid(
                "exhibition-starts",
                "exhibition-ends",
                "exhibition-per-kiosk",
                "exhibition-opens-on",
                "exhibition-opens-at",
                "exhibition-closes-on",
                "exhibition-closes-at");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", field("exhibition-opens-at"));
        assertNoSidewaysScrolling();
        screenshot(shot);
        keep(shot);
        click(By.id("exhibition-save"));
        waitUpTo(30).until(ExpectedConditions.urlMatches(".*/exhibition/\\d+.*"));
        Matcher id = Pattern.compile("/exhibition/(\\d+)").matcher(browser.getCurrentUrl());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private void assertExhibition(
            long id,
            LocalDate starts,
            LocalDate ends,
            int perKiosk,
            java.time.LocalDateTime opens,
            java.time.LocalDateTime closes)
            throws Exception {
        String json = api("GET", "/api/exhibitions/" + id, null);
        assertThat(json)
                .contains("\"startsOn\":\"" + starts + "\"")
                .contains("\"endsOn\":\"" + ends + "\"")
                .contains("\"groupsPerKioskSlot\":" + perKiosk);
        assertThat(instant(json, "applicationsOpenAt"))
                .isEqualTo(opens.atZone(INDIA).toInstant());
        assertThat(instant(json, "applicationsCloseAt"))
                .isEqualTo(closes.atZone(INDIA).toInstant());
    }

    /** A running exhibition's first stand: the day the form proposes, typed again in the other digits, and figures. */
    private void reportSales(boolean bengali, String amount, String items, int rupees, int count, String shot)
            throws Exception {
        Matcher running = Pattern.compile("\"id\":(\\d+)").matcher(api("GET", "/api/exhibitions?status=RUNNING", null));
        assertThat(running.find()).as("the demo has a running exhibition").isTrue();
        Matcher stand = Pattern.compile("\"applicationId\":(\\d+)")
                .matcher(api("GET", "/api/exhibitions/" + running.group(1) + "/sales", null));
        assertThat(stand.find()).as("a stand of the running exhibition").isTrue();
        browser.get("http://localhost:" + port + "/sales/" + stand.group(1));
        String proposed = waitUpTo(30).until(d -> {
            String value = inputValue("sales-day");
            return value == null || value.isEmpty() ? null : value;
        });
        String latin = latin(proposed);
        LocalDate day = LocalDate.parse(latin, DAY);
        retype("sales-day", bengali ? latin : bengali(latin));
        if (bengali) {
            // cash and UPI apart, in both digits: the total fills itself with their sum
            retype("sales-cash", "₹২,৫০০");
            retype("sales-upi", Integer.toString(rupees - 2_500));
            waitUpTo(30)
                    .until(d -> latin(String.valueOf(inputValue("sales-amount")))
                            .equals(String.format(java.util.Locale.ROOT, "%,d", rupees)));
            assertThat(inputValue("sales-amount")).isEqualTo(amount.replace("₹", ""));
        } else {
            retype("sales-amount", amount);
        }
        retype("sales-items", items);
        assertFieldsValid("sales-day", "sales-amount", "sales-items");
        if (shot != null) {
            assertNoSidewaysScrolling();
            screenshot(shot);
            keep(shot);
        }
        click(By.id("sales-save"));
        waitUpTo(30)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> latin(d.findElement(By.id("sales-" + day)).getText())
                        .contains("₹" + String.format(java.util.Locale.ROOT, "%,d", rupees)));
        assertThat(latin(browser.findElement(By.id("sales-" + day)).getText())).contains(Integer.toString(count));
        if (bengali) {
            assertThat(latin(browser.findElement(By.id("sales-" + day)).getText()))
                    .contains("নগদ ₹2,500")
                    .contains("ইউপিআই ₹" + String.format(java.util.Locale.ROOT, "%,d", rupees - 2_500));
        }
    }

    /** Chooses the first item of a Vaadin select, as picking it from its list does. */
    private void choose(String id) {
        waitUpTo(30).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "const s = document.getElementById(arguments[0]);"
                                + "if (!s) return false;"
                                + "const items = [...(s._items || []), ...s.querySelectorAll('vaadin-select-item')];"
                                + "const item = items.find(i => i.value);"
                                + "if (!item) return false; s.value = item.value; return true;",
                        id));
    }

    /** Clears a field as a thumb would (select all, delete), types, and leaves it, so the server reads it. */
    private void retype(String id, String text) {
        WebElement input = field(id);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.BACK_SPACE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private WebElement field(String id) {
        return waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
    }

    private String inputValue(String id) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("const f = document.getElementById(arguments[0]); return f ? f.value : null;", id);
    }

    private void assertFieldsValid(String... ids) {
        for (String id : ids) {
            waitUpTo(10)
                    .withMessage(id + " accepted what was typed")
                    .until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d)
                            .executeScript("return document.getElementById(arguments[0]).invalid;", id)));
        }
    }

    /** The screenshots of the changed dialogs in Bengali at 360 px are kept with the docs. */
    private static void keep(String shot) throws Exception {
        Path docs = Path.of("docs", "screenshots");
        if (Files.isDirectory(docs)) {
            Files.copy(
                    Path.of("target", "screenshots", shot + ".png"),
                    docs.resolve(shot + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static java.time.Instant instant(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return OffsetDateTime.parse(m.group(1)).toInstant();
    }

    /** The top-level objects of a JSON array of flat-ish records, as text. */
    private static List<String> objects(String json) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{' && depth++ == 0) {
                start = i;
            } else if (c == '}' && --depth == 0) {
                out.add(json.substring(start, i + 1));
            }
        }
        return out;
    }

    private static String bengali(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('০' + c - '0') : (char) c));
        return out.toString();
    }

    private static String latin(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '০' && c <= '৯' ? (char) ('0' + c - '০') : (char) c));
        return out.toString();
    }
}
