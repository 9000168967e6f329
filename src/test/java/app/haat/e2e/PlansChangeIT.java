package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans change, on the phone in Bengali at 360 px, on the demo data of the production jar: the admin moves the demo's
 * published exhibition a week on (dates typed in Bengali digits) and reads the new letters queued for its groups;
 * centre staff call a training session off with a reason and the admin reads the notices queued for its members.
 */
class PlansChangeIT extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        startPortalAndBrowser("--haat.demo=true");
    }

    @Test
    void thePublishedExhibitionMovesAWeekOnAndATrainingSessionIsCalledOffWithTheGroupsTold() throws Exception {
        JsonNode published = publishedNotStarted();
        long id = published.get("id").asLong();
        LocalDate starts = LocalDate.parse(published.get("startsOn").asText()).plusDays(7);
        LocalDate ends = LocalDate.parse(published.get("endsOn").asText()).plusDays(7);

        signIn("admin", ADMIN_PASSWORD, null);
        browser.get("http://localhost:" + port + "/exhibition/" + id);
        if (!browser.findElement(By.tagName("body")).getText().contains("প্রদর্শনী")) {
            click(By.id("language-switch"));
        }
        click(By.id("exhibition-postpone"));
        replaceText("postpone-starts", Formats.bengaliDigits(Formats.date(starts)));
        replaceText("postpone-ends", Formats.bengaliDigits(Formats.date(ends)));
        assertNoSidewaysScrolling();
        screenshot("40-exhibition-postpone-bn-360");
        click(By.id("postpone-go"));
        waitForPageText("নতুন তারিখ সংরক্ষিত");
        JsonNode moved = JSON.readTree(api("GET", "/api/exhibitions/" + id, null));
        assertThat(moved.toString()).contains(starts.toString()).contains(ends.toString());

        // the new letters are queued for the assigned groups: the admin reads them in Messages
        browser.get("http://localhost:" + port + "/admin/messages");
        waitForPageText("প্রদর্শনীর নতুন তারিখ");
        assertNoSidewaysScrolling();
        screenshot("41-messages-postponed-bn-360");

        // centre staff call the next session with members off, with a reason
        long session = sessionWithMembers();
        signIn("centre.staff", "haat-demo", null);
        browser.get("http://localhost:" + port + "/training/" + session);
        if (!browser.findElement(By.tagName("body")).getText().contains("প্রশিক্ষণ")) {
            click(By.id("language-switch"));
        }
        click(By.id("session-cancel"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("cancel-what-is-lost")));
        type("cancel-reason", "প্রশিক্ষক অসুস্থ");
        assertNoSidewaysScrolling();
        screenshot("42-training-cancel-bn-360");
        click(By.id("cancel-session-confirm"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("session-cancelled")));
        assertThat(browser.findElement(By.id("session-cancelled")).getText()).contains("প্রশিক্ষক অসুস্থ");
        screenshot("43-training-cancelled-bn-360");

        signIn("admin", ADMIN_PASSWORD, null);
        browser.get("http://localhost:" + port + "/admin/messages");
        waitForPageText("প্রশিক্ষণ বাতিল");
    }

    /** The demo's published exhibition that has not started yet. */
    private JsonNode publishedNotStarted() throws Exception {
        for (JsonNode exhibition : JSON.readTree(api("GET", "/api/exhibitions?status=PUBLISHED", null))) {
            if (LocalDate.parse(exhibition.get("startsOn").asText()).isAfter(LocalDate.now(Formats.INDIA))) {
                return exhibition;
            }
        }
        throw new AssertionError("the demo has no published exhibition ahead");
    }

    /** A session ahead with members enrolled, from the centre's calendar of the next weeks. */
    private long sessionWithMembers() throws Exception {
        LocalDate from = LocalDate.now(Formats.INDIA).plusDays(1);
        for (JsonNode session :
                JSON.readTree(api("GET", "/api/trainings?from=" + from + "&to=" + from.plusDays(28), null))) {
            if (session.get("enrolled").asInt() > 0
                    && "SCHEDULED".equals(session.path("status").asText("SCHEDULED"))) {
                return session.get("id").asLong();
            }
        }
        throw new AssertionError("the demo has no session ahead with members");
    }
}
