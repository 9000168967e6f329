package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.security.Role;
import app.haat.group.GroupImportService;
import app.haat.group.ImportReport;
import app.haat.region.Municipality;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Deadline day (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest='ApplicationBenchmark'}.
 * 2,000 groups apply to one exhibition through the API from 50 concurrent clients on loopback. First every group
 * signs in and reads the exhibitions open to it (with their slots), as an app would before showing the form; then
 * all submit. The two phases are timed apart: sign-in is bcrypt-bound, submission is what the target is about.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationBenchmark extends IntegrationTest {

    static final int GROUPS = Integer.getInteger("bench.applicants", 2000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    static final String PASSWORD = "deadline-day";

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    GroupImportService importer;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void twoThousandGroupsApplyFromFiftyClients() throws Exception {
        String admin = fx.accounts.admin();
        List<Municipality> municipalities = fx.regions.municipalities();
        // the applicants: imported (verified, one product each) and given accounts sharing one password hash, so the
        // set-up does not spend 2,000 bcrypt hashings
        StringBuilder csv = new StringBuilder("name,municipality,ward,members,leader_name,phone,products,category\n");
        long firstPhone = 7_000_000_000L + (System.nanoTime() % 1_000_000) * 1000;
        for (int i = 0; i < GROUPS; i++) {
            csv.append("Deadline Gosthi ")
                    .append(i)
                    .append(',')
                    .append(municipalities.get(i % municipalities.size()).nameEn())
                    .append(",1,12,Leader ")
                    .append(i)
                    .append(',')
                    .append(firstPhone + i)
                    .append(",kantha,handloom\n");
        }
        ImportReport report = fx.accounts.as(
                admin,
                () -> importer.importCsv(
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "bench"));
        assertThat(report.imported()).isEqualTo(GROUPS);
        String hash = encoder.encode(PASSWORD);
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            phones.add(String.valueOf(firstPhone + i));
        }
        Map<String, Long> groupByPhone = dsl.select(SHG_GROUP.PHONE, SHG_GROUP.ID)
                .from(SHG_GROUP)
                .where(SHG_GROUP.PHONE.in(phones))
                .fetchMap(SHG_GROUP.PHONE, SHG_GROUP.ID);
        Map<Long, Long> productByGroup = dsl.select(PRODUCT.GROUP_ID, PRODUCT.ID)
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.in(groupByPhone.values()))
                .fetchMap(PRODUCT.GROUP_ID, PRODUCT.ID);
        var insert = dsl.insertInto(
                APP_USER,
                APP_USER.USERNAME,
                APP_USER.PASSWORD_HASH,
                APP_USER.ROLE,
                APP_USER.DISPLAY_NAME,
                APP_USER.LANGUAGE,
                APP_USER.CREATED_AT,
                APP_USER.GROUP_ID);
        for (String phone : phones) {
            insert =
                    insert.values(phone, hash, Role.SHG, "Leader", "bn", OffsetDateTime.now(), groupByPhone.get(phone));
        }
        insert.execute();

        long kolkata = fx.municipality("Kolkata");
        List<KioskForm> kiosks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            kiosks.add(new KioskForm("K" + i, 0, i, 0, null, null, 10, true, false, false));
        }
        long venue = fx.accounts.as(
                admin,
                () -> fx.venues.create(new VenueForm(
                        VenueKind.MALL,
                        "Deadline Mall " + System.nanoTime(),
                        kolkata,
                        null,
                        1,
                        8,
                        4,
                        null,
                        null,
                        kiosks)));
        LocalDate start = LocalDate.now().plusYears(4).plusDays(System.nanoTime() % 300);
        OffsetDateTime now = OffsetDateTime.now();
        long exhibition = fx.accounts.as(
                admin,
                () -> fx.exhibitions.create(new ExhibitionForm(
                        venue,
                        "Deadline day",
                        start,
                        start.plusDays(13),
                        SlotLength.WEEK,
                        10,
                        new Catchment(Catchment.Kind.STATE, List.of()),
                        List.of(),
                        now.minusMinutes(1),
                        now.plusDays(3))));
        fx.open(admin, exhibition);
        long slot = fx.exhibitions.slots(exhibition).getFirst().id();

        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(8))
                .build();
        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        List<Long> submits = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // first every group signs in and reads the open exhibitions (one bcrypt check each: CPU-bound on 2 cores)
        long signInStarted = System.nanoTime();
        runClients(phones, phone -> {
            long t0 = System.nanoTime();
            HttpResponse<String> read = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/exhibitions/open"))
                            .header("Authorization", auth(phone))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            reads.add(System.nanoTime() - t0);
            if (read.statusCode() != 200 || !read.body().contains("\"Deadline day\"")) {
                failed.incrementAndGet();
            }
        });
        double signInSeconds = (System.nanoTime() - signInStarted) / 1e9;
        // then the deadline burst: every group submits
        long started = System.nanoTime();
        Submit submit = (phone, product) -> http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/exhibitions/" + exhibition + "/applications"))
                        .header("Authorization", auth(phone))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"slotPreferences\":[" + slot + "],\"productIds\":["
                                + product + "],\"declaration\":true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        runClients(phones, phone -> {
            long t1 = System.nanoTime();
            HttpResponse<String> response = submit.apply(phone, productByGroup.get(groupByPhone.get(phone)));
            submits.add(System.nanoTime() - t1);
            if (response.statusCode() == 201) {
                created.incrementAndGet();
            } else {
                failed.incrementAndGet();
                System.out.println("BENCH failure " + response.statusCode() + ": " + response.body());
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        int stored = dsl.fetchCount(APPLICATION, APPLICATION.EXHIBITION_ID.eq(exhibition));

        // 200 of them submit again at once: every one refused as a duplicate, nothing stored twice
        AtomicInteger conflicts = new AtomicInteger();
        runClients(phones.subList(0, Math.min(200, phones.size())), phone -> {
            HttpResponse<String> response = submit.apply(phone, productByGroup.get(groupByPhone.get(phone)));
            if (response.statusCode() == 409) {
                conflicts.incrementAndGet();
            }
        });
        int storedAfter = dsl.fetchCount(APPLICATION, APPLICATION.EXHIBITION_ID.eq(exhibition));

        System.out.printf(
                "BENCH applications: %d groups, %d clients; submissions %.1f s (%.0f/s), p50 %.0f ms, p95 %.0f"
                        + " ms, max %.0f ms; sign-in + read of open exhibitions (bcrypt) %.1f s, p50 %.0f ms, p95 %.0f"
                        + " ms; created %d, failed %d, stored %d; 200 resubmissions: %d conflicts, stored after %d%n",
                GROUPS,
                CLIENTS,
                seconds,
                GROUPS / seconds,
                percentile(submits, 50),
                percentile(submits, 95),
                percentile(submits, 100),
                signInSeconds,
                percentile(reads, 50),
                percentile(reads, 95),
                created.get(),
                failed.get(),
                stored,
                conflicts.get(),
                storedAfter);
        assertThat(percentile(submits, 95)).isLessThanOrEqualTo(300);
        assertThat(created.get()).isEqualTo(GROUPS);
        assertThat(stored).isEqualTo(GROUPS);
        assertThat(storedAfter).isEqualTo(GROUPS);
        assertThat(conflicts.get()).isEqualTo(Math.min(200, GROUPS));
    }

    /** One group's application for the burst's slot with its product, over HTTP. */
    interface Submit {
        HttpResponse<String> apply(String phone, long product) throws Exception;
    }

    interface ClientCall {
        void run(String phone) throws Exception;
    }

    /** Runs the call once per phone from {@link #CLIENTS} concurrent clients; waits for all. */
    private static void runClients(List<String> phones, ClientCall call) throws InterruptedException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(phones);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                String phone;
                while ((phone = queue.poll()) != null) {
                    call.run(phone);
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
    }

    private static String auth(String phone) {
        return JsonRequests.basic(phone, PASSWORD);
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
