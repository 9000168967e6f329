package app.haat.catalogue;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.SALES_REPORT;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.dashboard.DashboardService;
import app.haat.dashboard.Period;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.SlotLength;
import app.haat.group.GroupImportService;
import app.haat.group.ImportReport;
import app.haat.support.IntegrationTest;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Catalogue benchmark (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest='CatalogueBenchmark'}.
 * One municipality with 20 published exhibitions (half of them running, half upcoming) and 1,200 assigned groups;
 * times {@code GET /catalogue/municipality/{id}} over loopback HTTP (the server's time plus a local round trip).
 * Then gives every stand 60 days of sales and times the admin's state-wide dashboard (service time).
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueBenchmark extends IntegrationTest {

    static final int EXHIBITIONS = Integer.getInteger("bench.exhibitions", 20);
    static final int PER_EXHIBITION = Integer.getInteger("bench.standsPerExhibition", 60);

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    GroupImportService importer;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    DSLContext dsl;

    @Test
    void aMunicipalityWithTwentyExhibitionsAndTwelveHundredGroups() throws Exception {
        String admin = fx.accounts.admin();
        long howrah = fx.municipality("Howrah");
        int groups = EXHIBITIONS * PER_EXHIBITION;
        StringBuilder csv = new StringBuilder("name,municipality,ward,members,leader_name,phone,products,category\n");
        long firstPhone = 8_000_000_000L + (System.nanoTime() % 1_000_000) * 1000;
        for (int i = 0; i < groups; i++) {
            csv.append(i % 2 == 0 ? "হাওড়া কারিগর গোষ্ঠী " : "Howrah Karigar SHG ")
                    .append(i)
                    .append(",Howrah,")
                    .append(1 + i % 50)
                    .append(",12,Leader ")
                    .append(i)
                    .append(',')
                    .append(firstPhone + i)
                    .append(",kantha stitch saree;jute bag,")
                    .append(i % 3 == 0 ? "food" : "handloom")
                    .append('\n');
        }
        ImportReport report = fx.accounts.as(
                admin,
                () -> importer.importCsv(
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "bench"));
        assertThat(report.imported()).isEqualTo(groups);
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            phones.add(String.valueOf(firstPhone + i));
        }
        List<Long> groupIds = dsl.select(SHG_GROUP.ID)
                .from(SHG_GROUP)
                .where(SHG_GROUP.PHONE.in(phones))
                .orderBy(SHG_GROUP.ID)
                .fetch(SHG_GROUP.ID);
        Map<Long, Long> productOf = dsl
                .select(PRODUCT.GROUP_ID, PRODUCT.ID)
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.in(groupIds))
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2(), Math::min));

        long setUp = System.nanoTime();
        LocalDate today = LocalDate.now(Formats.INDIA);
        for (int e = 0; e < EXHIBITIONS; e++) {
            List<KioskForm> kiosks = new ArrayList<>();
            for (int k = 0; k < PER_EXHIBITION / 2; k++) {
                kiosks.add(new KioskForm("K" + (k + 1), 0, k % 12, k / 12, null, null, 10, true, false, false));
            }
            long mall = fx.accounts.as(
                    admin,
                    () -> fx.venues.create(new VenueForm(
                            VenueKind.MALL,
                            "Howrah Mall " + System.nanoTime(),
                            howrah,
                            "GT Road",
                            1,
                            12,
                            8,
                            null,
                            null,
                            kiosks)));
            long id = fx.openExhibition(
                    admin, mall, "Howrah Haat " + (e + 1), today.plusDays(10 + e), 7, SlotLength.WHOLE, 2);
            long slot = fx.accounts
                    .as(admin, () -> fx.exhibitions.slots(id))
                    .getFirst()
                    .id();
            for (long group : groupIds.subList(e * PER_EXHIBITION, (e + 1) * PER_EXHIBITION)) {
                fx.accounts.as(
                        admin,
                        () -> applications.apply(
                                id,
                                new ApplicationForm(
                                        group, List.of(slot), List.of(productOf.get(group)), false, false, true)));
            }
            fx.close(admin, id);
            fx.accounts.as(admin, () -> allocation.run(id, null));
            fx.accounts.as(admin, () -> allocation.publish(id));
            if (e % 2 == 0) { // half of them running this week
                LocalDate from = today.minusDays(2);
                dsl.update(EXHIBITION)
                        .set(EXHIBITION.STARTS_ON, from)
                        .set(EXHIBITION.ENDS_ON, from.plusDays(6))
                        .where(EXHIBITION.ID.eq(id))
                        .execute();
                dsl.update(EXHIBITION_SLOT)
                        .set(EXHIBITION_SLOT.STARTS_ON, from)
                        .set(EXHIBITION_SLOT.ENDS_ON, from.plusDays(6))
                        .where(EXHIBITION_SLOT.ID.eq(slot))
                        .execute();
            }
        }
        System.out.printf(
                "BENCH catalogue.setup: %d exhibitions, %d groups in %.1f s%n",
                EXHIBITIONS, groups, (System.nanoTime() - setUp) / 1e9);

        HttpClient http = HttpClient.newHttpClient();
        for (String lang : List.of("bn", "en")) {
            URI page = URI.create("http://localhost:" + port + "/catalogue/municipality/" + howrah + "?lang=" + lang);
            HttpResponse<String> first =
                    http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body())
                    .contains("Howrah Haat 20")
                    .contains("Howrah Haat 1<")
                    .contains("id=\"more-");
            int bytes = first.body().getBytes(StandardCharsets.UTF_8).length;
            HttpResponse<byte[]> zipped = http.send(
                    HttpRequest.newBuilder(page)
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            for (int i = 0; i < 30; i++) { // warm-up: JIT, template cache, connection pool
                http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding());
            }
            long[] times = new long[200];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            System.out.printf(
                    "BENCH catalogue.municipality[%s]: %d exhibitions, %d stands, page %d KB (%d KB with"
                            + " gzip); p50 %.1f ms, p95 %.1f ms, max %.1f ms (200 requests)%n",
                    lang,
                    EXHIBITIONS,
                    groups,
                    bytes / 1024,
                    zipped.body().length / 1024,
                    times[100] / 1e6,
                    times[190] / 1e6,
                    times[199] / 1e6);
            assertThat(times[190] / 1e6).isLessThan(150);
        }

        // the same stands' sales: 60 days each (72,000 reports), then the admin's dashboard over them
        List<Long> stands = dsl.select(ASSIGNMENT.APPLICATION_ID)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .where(APPLICATION.GROUP_ID.in(groupIds))
                .fetch(ASSIGNMENT.APPLICATION_ID);
        var reports = SALES_REPORT;
        OffsetDateTime now = OffsetDateTime.now();
        for (long stand : stands) {
            var insert = dsl.insertInto(
                    reports,
                    reports.APPLICATION_ID,
                    reports.SALES_DAY,
                    reports.AMOUNT_RUPEES,
                    reports.ITEMS,
                    reports.ENTERED_BY,
                    reports.ENTERED_AT);
            for (int d = 0; d < DAYS_OF_SALES; d++) {
                insert = insert.values(
                        stand,
                        today.minusDays(d),
                        500 + (int) ((stand * 31 + d * 17) % 4_000),
                        1 + d % 20,
                        "bench",
                        now);
            }
            insert.execute();
        }
        for (Period period : List.of(Period.ALL, Period.DAYS_30)) {
            long[] dashboardTimes = new long[20];
            for (int i = -3; i < dashboardTimes.length; i++) {
                long t = System.nanoTime();
                fx.accounts.as(admin, () -> dashboards.dashboard(period));
                if (i >= 0) {
                    dashboardTimes[i] = System.nanoTime() - t;
                }
            }
            Arrays.sort(dashboardTimes);
            System.out.printf(
                    "BENCH dashboard[%s]: %d sales reports of %d stands, state-wide; median %.1f ms,"
                            + " max %.1f ms (20 runs)%n",
                    period,
                    stands.size() * DAYS_OF_SALES,
                    stands.size(),
                    dashboardTimes[10] / 1e6,
                    dashboardTimes[19] / 1e6);
        }
    }

    static final int DAYS_OF_SALES = Integer.getInteger("bench.daysOfSales", 60);

    @Autowired
    DashboardService dashboards;
}
