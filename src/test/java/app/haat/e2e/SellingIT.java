package app.haat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Formats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-payment at the stall, on the group's phone in Bengali at 360 px, on the demo data of the production jar: a group
 * seated at the running exhibition signs in with a code, records its UPI ID, downloads its stall card (a PDF with the
 * UPI QR code), and reports a day's sales in cash and UPI typed in Bengali digits; the API reads both back.
 */
class SellingIT extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() throws Exception {
        startPortalAndBrowser("--haat.demo=true");
    }

    @Test
    void aGroupDownloadsItsStallCardAndReportsCashAndUpiSalesInBengali() throws Exception {
        Stand stand = runningStand();
        signInGroupWithCode(stand.phone());
        browser.get("http://localhost:" + port + "/my-group");
        inBengali();
        String upiId = "e2e" + stand.groupId() + "@okaxis";
        replaceText("upi-id", upiId);
        click(By.id("upi-save"));
        screenshot("49-upi-id-saved-bn-360");
        waitUpTo(30).ignoring(AssertionError.class).until(d -> {
            try {
                return upiId.equals(JSON.readTree(api("GET", "/api/groups/" + stand.groupId(), null))
                        .path("upiId")
                        .asText());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("stall-card")));
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('stall-card').scrollIntoView({block: 'center'});");
        assertNoSidewaysScrolling();
        screenshot("50-stall-card-bn-360");
        // the link's PDF, fetched by the page with the group's own session
        String fetched = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('stall-card').href).then(r => r.arrayBuffer().then(b =>"
                        + " done(r.status + ' ' + r.headers.get('content-type') + ' '"
                        + " + String.fromCharCode(...new Uint8Array(b, 0, 5)) + ' ' + b.byteLength)))"
                        + ".catch(e => done('failed ' + e));");
        assertThat(fetched).startsWith("200 application/pdf %PDF-");
        assertThat(Long.parseLong(fetched.substring(fetched.lastIndexOf(' ') + 1)))
                .isGreaterThan(2_000);

        // a day's sales in cash and UPI, in Bengali digits: the total fills itself
        browser.get("http://localhost:" + port + "/sales/" + stand.applicationId());
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("sales-cash")));
        inBengali();
        replaceText("sales-cash", "৬০০");
        replaceText("sales-upi", "৯০০");
        replaceText("sales-items", "৭");
        click(By.id("sales-items"));
        waitUpTo(30)
                .until(d -> "১৫০০"
                                .equals(Formats.bengaliDigits(inputValue("sales-amount"))
                                        .replace(",", ""))
                        || "১,৫০০".equals(inputValue("sales-amount")));
        assertNoSidewaysScrolling();
        screenshot("51-sales-cash-upi-bn-360");
        click(By.id("sales-save"));
        waitForPageText("বিক্রি রাখা হয়েছে");
        boolean split = false;
        for (JsonNode day : JSON.readTree(api("GET", "/api/applications/" + stand.applicationId() + "/sales", null))) {
            split |= day.path("cash").asInt() == 600
                    && day.path("upi").asInt() == 900
                    && day.path("amount").asInt() == 1500;
        }
        assertThat(split).as("the day is stored with its cash and UPI").isTrue();
    }

    private String inputValue(String id) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("const f = document.getElementById(arguments[0]); return f ? f.value : null;", id);
    }

    /** A stand of the demo's running exhibition: its application, exhibition, group and the group's number. */
    private record Stand(long applicationId, long exhibitionId, long groupId, String phone) {}

    /** A stand of the running exhibition whose days have begun (its slot is on), with its group. */
    private Stand runningStand() throws Exception {
        for (JsonNode exhibition : JSON.readTree(api("GET", "/api/exhibitions?status=RUNNING", null))) {
            long id = exhibition.get("id").asLong();
            JsonNode applications =
                    JSON.readTree(api("GET", "/api/exhibitions/" + id + "/applications?status=ASSIGNED", null));
            for (JsonNode stand : JSON.readTree(api("GET", "/api/exhibitions/" + id + "/sales", null))) {
                if (stand.get("daysDue").asInt() == 0) {
                    continue;
                }
                for (JsonNode application : applications) {
                    if (application.get("id").asLong()
                            == stand.get("applicationId").asLong()) {
                        long groupId = application.get("groupId").asLong();
                        String phone = JSON.readTree(api("GET", "/api/groups/" + groupId, null))
                                .get("phone")
                                .asText();
                        return new Stand(application.get("id").asLong(), id, groupId, phone);
                    }
                }
            }
        }
        throw new AssertionError("the demo has no stand under way at a running exhibition");
    }
}
