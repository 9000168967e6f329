package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.group.IndianFormats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registration desk from request to a GSTIN in the group's profile, on phones in Bengali at 360 px, on the demo
 * data of the production jar: a North Dum Dum group asks its City Livelihood Centre for GST registration on its
 * requests page and books an appointment at one of the next open day's free times (typing the date in Bengali digits
 * when the next day is closed); the centre's staff take the case through its steps (documents complete, submitted with the ARN,
 * obtained with the GSTIN, confirmed once more); the group's profile then holds the GSTIN and its requests page shows
 * the case obtained.
 */
class DeskIT extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STAFF = "centre.northdumdum";
    private static final String DEMO_PASSWORD = "haat-demo";

    @BeforeAll
    static void start() throws Exception {
        startPortalAndBrowser("--haat.demo=true");
    }

    @Test
    void aGroupAsksForGstRegistrationAndStaffTakeItToAGstinInItsProfile() throws Exception {
        Candidate group = candidate();

        // the group asks, on its phone, in Bengali
        signInGroupWithCode(group.phone());
        browser.get("http://localhost:" + port + "/my-requests");
        inBengali();
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("desk-ask-GST_REGISTRATION")));
        assertNoSidewaysScrolling();
        screenshot("52-desk-request-types-bn-360");
        click(By.id("desk-ask-GST_REGISTRATION"));
        replaceTextArea("desk-note", "আমরা শাড়ি বিক্রি করি");
        screenshot("53-desk-ask-dialog-bn-360");
        click(By.id("desk-send"));
        org.openqa.selenium.Cookie groupSession = browser.manage().getCookieNamed("JSESSIONID");
        long caseId = waitUpTo(30).ignoring(AssertionError.class).until(d -> openCase(group.id()));

        // the group books its appointment at the centre: the next open day's free times, the date typed in Bengali
        click(By.id("desk-book-" + caseId));
        waitUpTo(30)
                .until(d -> !d.findElements(By.cssSelector("[id^='desk-slot-'], #desk-appointment-none"))
                        .isEmpty());
        java.time.LocalDate day =
                java.time.LocalDate.now(app.haat.core.i18n.Formats.INDIA).plusDays(1);
        while (browser.findElements(By.cssSelector("[id^='desk-slot-']")).isEmpty()) {
            day = day.plusDays(1);
            replaceText(
                    "desk-appointment-date",
                    app.haat.core.i18n.Formats.bengaliDigits(
                            day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            click(By.id("desk-appointment-show"));
            waitUpTo(30)
                    .until(d -> !d.findElements(By.cssSelector("[id^='desk-slot-'], #desk-appointment-none"))
                            .isEmpty());
        }
        assertThat(browser.findElement(By.cssSelector("[id^='desk-slot-']")).getText())
                .as("times in Bengali digits")
                .matches("[০-৯]{1,2}:[০-৯]{2}");
        screenshot("53a-desk-appointment-slots-bn-360");
        click(By.cssSelector("[id^='desk-slot-']"));
        waitUntilStatus(caseId, "APPOINTMENT");
        JsonNode booked = JSON.readTree(api("GET", "/api/requests/" + caseId + "/appointment", null));
        assertThat(booked.toString()).contains(day.toString());
        assertNoSidewaysScrolling();
        screenshot("53b-desk-appointment-booked-bn-360");

        // the centre's staff take it through its steps, in Bengali
        signIn(STAFF, DEMO_PASSWORD, null);
        browser.get("http://localhost:" + port + "/desk/case/" + caseId);
        inBengali();
        click(By.id("desk-step-DOCUMENTS_COMPLETE"));
        waitUntilStatus(caseId, "DOCUMENTS_COMPLETE");
        click(By.id("desk-step-SUBMITTED"));
        replaceText("desk-reference", "AA190426123456Z");
        click(By.id("desk-reference-save"));
        waitUntilStatus(caseId, "SUBMITTED");
        click(By.id("desk-step-OBTAINED"));
        String gstin = gstinFor(group.pan());
        replaceText("desk-number", gstin);
        screenshot("54-desk-gstin-bn-360");
        click(By.id("desk-number-save"));
        click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        waitUntilStatus(caseId, "OBTAINED");
        assertNoSidewaysScrolling();
        screenshot("55-desk-case-obtained-bn-360");
        JsonNode stored = JSON.readTree(api("GET", "/api/groups/" + group.id(), null));
        assertThat(stored.path("gstin").asText()).isEqualTo(gstin);

        // the group, back in its own session, sees it: the case obtained on its requests page, the GSTIN in its profile
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.manage().addCookie(groupSession);
        browser.get("http://localhost:" + port + "/my-requests");
        inBengali();
        waitForPageText(gstin);
        screenshot("56-desk-group-obtained-bn-360");
        browser.get("http://localhost:" + port + "/my-group");
        WebElement profileGstin =
                waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile-gstin input")));
        waitUpTo(30).until(d -> gstin.equals(profileGstin.getDomProperty("value")));
    }

    /** A verified demo group of the North Dum Dum zone with no GSTIN and no GST request open. */
    private record Candidate(long id, String phone, String pan) {}

    private Candidate candidate() throws Exception {
        long centre = northDumDumCentre();
        Set<Long> busy = new HashSet<>();
        List<Long> inZone = new ArrayList<>();
        for (JsonNode c : JSON.readTree(api("GET", "/api/centres/" + centre + "/requests", null))) {
            inZone.add(c.path("groupId").asLong());
            if (c.path("type").asText().startsWith("GST")) {
                busy.add(c.path("groupId").asLong());
            }
        }
        String csv = api("officer.northdumdum", DEMO_PASSWORD, "GET", "/api/groups/export?status=VERIFIED", null);
        for (String line : csv.lines().skip(1).toList()) {
            String first = line.split(",", 2)[0].replace("\"", "").strip();
            if (first.isEmpty() || !first.chars().allMatch(Character::isDigit)) {
                continue;
            }
            inZone.add(Long.parseLong(first));
        }
        for (long id : inZone) {
            if (busy.contains(id)) {
                continue;
            }
            JsonNode group = JSON.readTree(api("GET", "/api/groups/" + id, null));
            String pan = group.path("pan").asText("");
            boolean noGstin = group.path("gstin").isNull()
                    || group.path("gstin").asText("").isEmpty();
            if (noGstin && group.path("status").asText().equals("VERIFIED")) {
                // without a PAN in its profile any GSTIN's PAN is accepted; one is made up as the demo does
                return new Candidate(
                        id,
                        group.path("phone").asText(),
                        pan.length() == 10 ? pan : "AAGFE" + (1000 + id % 9000) + "K");
            }
        }
        throw new AssertionError("the demo has no verified North Dum Dum group without a GSTIN");
    }

    private long northDumDumCentre() throws Exception {
        for (JsonNode centre : JSON.readTree(api("GET", "/api/centres", null))) {
            if (centre.path("nameEn").asText().endsWith("North Dum Dum")) {
                return centre.path("id").asLong();
            }
        }
        throw new AssertionError("no North Dum Dum centre");
    }

    /** The group's open GST registration case, once the request has been stored. */
    private Long openCase(long groupId) {
        try {
            for (JsonNode c : JSON.readTree(api("GET", "/api/centres/" + northDumDumCentre() + "/requests", null))) {
                if (c.path("groupId").asLong() == groupId
                        && c.path("type").asText().equals("GST_REGISTRATION")
                        && c.path("status").asText().equals("REQUESTED")) {
                    return c.path("id").asLong();
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no case yet");
    }

    private void waitUntilStatus(long caseId, String status) {
        waitUpTo(30).ignoring(AssertionError.class).until(d -> {
            try {
                return status.equals(JSON.readTree(api("GET", "/api/requests/" + caseId, null))
                        .path("status")
                        .asText());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    /** A West Bengal GSTIN holding the group's PAN, with its check character. */
    private static String gstinFor(String pan) {
        String first14 = IndianFormats.WEST_BENGAL_STATE_CODE + pan + "1Z";
        return first14 + IndianFormats.gstinCheckCharacter(first14);
    }

    private void replaceTextArea(String fieldId, String text) {
        WebElement input = waitUpTo(30)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " textarea")));
        input.sendKeys(text);
    }
}
