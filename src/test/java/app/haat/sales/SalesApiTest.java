package app.haat.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.db.Tables;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A day's sales over HTTP: someone else's figure is replaced only with "replace": true, and the audit keeps both. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalesApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    SalesService sales;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApiContract api;

    private HttpResponse<String> post(String path, String leader, String json) throws Exception {
        return api.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", JsonRequests.basic(leader, "long-enough"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aGroupReplacesItsOfficersFigureOnlyWhenItSaysSoAndTheAuditKeepsBoth() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Barrackpore");
        Application placed = stand.firstPlaced();
        String leader = stand.leaderOf(placed);
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        fx.accounts.as(stand.officer(), () -> sales.report(placed.id(), yesterday, 3_900, 12, null));
        String path = "/api/applications/" + placed.id() + "/sales";
        String figures = "\"day\":\"" + yesterday + "\",\"amountRupees\":2500,\"items\":10";

        HttpResponse<String> refused = post(path, leader, "{" + figures + "}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains(stand.officer()).contains("₹3,900").contains("\\\"replace\\\": true");
        assertThat(fx.accounts.as(leader, () -> sales.days(placed.id())))
                .filteredOn(d -> d.day().equals(yesterday))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.amount()).isEqualTo(3_900);
                    assertThat(d.onBehalf()).isTrue();
                    assertThat(d.enteredBy()).isEqualTo(stand.officer());
                    assertThat(d.enteredByOther()).isTrue();
                });

        assertThat(post(path, leader, "{" + figures + ",\"replace\":true}").statusCode())
                .isEqualTo(204);
        assertThat(fx.accounts.as(leader, () -> sales.days(placed.id())))
                .filteredOn(d -> d.day().equals(yesterday))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.amount()).isEqualTo(2_500);
                    assertThat(d.enteredByOther()).isFalse();
                });
        var audit = dsl.selectFrom(Tables.AUDIT_LOG)
                .where(Tables.AUDIT_LOG
                        .ENTITY_TYPE
                        .eq("SALES")
                        .and(Tables.AUDIT_LOG.ENTITY_ID.eq(String.valueOf(placed.id())))
                        .and(Tables.AUDIT_LOG.ACTION.eq("CORRECT")))
                .fetchSingle();
        assertThat(audit.getActor()).isEqualTo(leader);
        assertThat(audit.getOldValue()).contains("₹3900").contains(stand.officer());
        assertThat(audit.getNewValue()).contains("₹2500").contains(leader);

        // the group's own figure it changes without a flag; the officer now needs one to replace it
        assertThat(post(path, leader, "{\"day\":\"" + yesterday + "\",\"amountRupees\":2600,\"items\":10}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(post(path, leader, "{\"day\":\"" + yesterday + "\"}").statusCode())
                .isEqualTo(400);
    }
}
