package app.haat.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A day's cash and UPI over HTTP: reported, read back, and bad splits refused with the numbers, changing nothing. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CashAndUpiApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApiContract api;

    private HttpResponse<String> call(String path, String who, String language, @Nullable String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        JsonRequests.basic(who, who.startsWith("municipal-") ? TestAccounts.PASSWORD : "long-enough"))
                .header("Accept-Language", language);
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aGroupReportsCashAndUpiReadsThemBackAndABadSplitIsRefusedWithItsNumbers() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Jhalda");
        Application placed = stand.firstPlaced();
        String leader = stand.leaderOf(placed);
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        String path = "/api/applications/" + placed.id() + "/sales";
        String day = "\"day\":\"" + yesterday + "\",\"items\":7";

        assertThat(call(path, leader, "en", "{" + day + ",\"cashRupees\":3000,\"upiRupees\":2000}")
                        .statusCode())
                .isEqualTo(204);
        String reported = "\"day\":\"" + yesterday + "\",\"amount\":5000,\"cash\":3000,\"upi\":2000";
        HttpResponse<String> read = call(path, leader, "en", null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(reported);
        // the officer's overview adds it up
        assertThat(call("/api/exhibitions/" + stand.exhibitionId() + "/sales", stand.officer(), "en", null)
                        .body())
                .contains("\"cash\":3000,\"upi\":2000,\"totalOnly\":0");

        // the dashboard's answer has the UPI share in the officer's scope (Jhalda: this test's reports only)
        HttpResponse<String> dashboard = call("/api/dashboard", stand.officer(), "en", null);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("\"upiShare\":{\"cashRupees\":3000,\"upiRupees\":2000,\"upiPercent\":40,"
                        + "\"splitReports\":1,\"totalOnlyReports\":0")
                .contains("{\"labelEn\":\"Purulia\",");

        HttpResponse<String> mismatch =
                call(path, leader, "en", "{" + day + ",\"amountRupees\":5000,\"cashRupees\":3000,\"upiRupees\":1000}");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("Cash ₹3,000 and UPI ₹1,000 make ₹4,000, not the total ₹5,000.");
        HttpResponse<String> inBengali =
                call(path, leader, "bn", "{" + day + ",\"amountRupees\":5000,\"cashRupees\":3000,\"upiRupees\":1000}");
        assertThat(inBengali.body()).contains("নগদ ₹3,000 আর ইউপিআই ₹1,000 মিলে ₹4,000 হয়, মোট ₹5,000 নয়।");
        assertThat(call(path, leader, "en", "{" + day + ",\"cashRupees\":-1,\"upiRupees\":1000}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(call(path, leader, "en", "{" + day + ",\"upiRupees\":\"lots\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(call(path, leader, "en", "{\"day\":\"" + yesterday + "\",\"items\":7}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(call(path, leader, "en", null).body()).contains(reported);

        // another stand's group neither reads nor writes this one
        Application other = stand.applications().stream()
                .filter(a -> a.id() != placed.id() && a.status() == ApplicationStatus.ASSIGNED)
                .findFirst()
                .orElseThrow();
        String otherLeader = stand.leaderOf(other);
        assertThat(call(path, otherLeader, "en", null).statusCode()).isEqualTo(403);
        assertThat(call(path, otherLeader, "en", "{" + day + ",\"cashRupees\":1,\"upiRupees\":1}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(path, leader, "en", null).body()).contains(reported);
    }
}
