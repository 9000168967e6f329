package app.haat.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.support.ApiContract;
import app.haat.support.ExportFiles;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Exports and the dashboard PDF over real HTTP: files stream as attachments with the caller's scope, and a refusal
 * is a problem answer, never a half-written file.
 */
// a fresh context: see ApiTest on the static security-context strategy that every Spring context replaces
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTest extends IntegrationTest {

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

    /** Sends through the contract: every /api answer is checked against the published OpenAPI description. */
    @Autowired
    ApiContract api;

    private HttpResponse<byte[]> get(String path, String user, String language) throws Exception {
        // officers have the test accounts' password; a group's leader the one it signed up with
        String password = user.matches("\\d{10}") ? "long-enough" : TestAccounts.PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", JsonRequests.basic(user, password));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void officersDownloadTheirExportsAndTheDashboardOthersGetAProblem() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Kamarhati");
        Application placed = stand.firstPlaced();
        LocalDate yesterday = LocalDate.now(Formats.INDIA).minusDays(1);
        fx.accounts.as(stand.officer(), () -> sales.report(placed.id(), yesterday, 3_300, 11, null));
        long id = stand.exhibitionId();

        HttpResponse<byte[]> groups = get("/api/groups/export?format=csv&status=VERIFIED", stand.officer(), null);
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(groups.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(groups.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .startsWith("attachment")
                        // the file says which filters it applies: the status asked for, the officer's municipality
                        .contains("haat-groups-verified-kamarhati-")
                        .contains(".csv"));
        List<List<String>> rows = ExportFiles.csv(groups.body());
        assertThat(rows.subList(1, rows.size()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Kamarhati"));

        HttpResponse<byte[]> board =
                get("/api/exhibitions/" + id + "/assignments/export?format=xlsx", stand.officer(), "bn");
        assertThat(board.statusCode()).isEqualTo(200);
        List<List<String>> sheet = ExportFiles.xlsx(board.body());
        assertThat(sheet.getFirst().getFirst()).isEqualTo("পর্ব");
        assertThat(sheet).hasSize(3);

        assertThat(ExportFiles.csv(
                        get("/api/exhibitions/" + id + "/applications/export?status=WAITLISTED", stand.officer(), null)
                                .body()))
                .hasSize(2);
        List<List<String>> days = ExportFiles.csv(get("/api/exhibitions/" + id + "/sales/export", stand.officer(), null)
                .body());
        assertThat(days.stream().filter(r -> r.contains("3300"))).hasSize(1);

        // a refusal is a problem answer, not a file
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        HttpResponse<byte[]> refused = get("/api/exhibitions/" + id + "/sales/export", stranger, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(get("/api/groups/export", stand.leaderOf(placed), null).statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> badFormat = get("/api/groups/export?format=pdf", stand.officer(), null);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(new String(badFormat.body(), StandardCharsets.UTF_8)).contains("CSV or XLSX");
        assertThat(get("/api/groups/export?status=NONSENSE", stand.officer(), null)
                        .statusCode())
                .isEqualTo(400);

        // the dashboard as a PDF, in the officer's scope
        HttpResponse<byte[]> pdf = get("/api/dashboard.pdf", stand.officer(), null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Sales by category")
                    .contains("Food")
                    .contains("Rs 3,300")
                    .contains("Kamarhati");
        }
        HttpResponse<byte[]> elsewhere = get("/api/dashboard.pdf", stranger, null);
        try (var document = Loader.loadPDF(elsewhere.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .doesNotContain("Rs 3,300")
                    .contains("No sales reported yet.");
        }
        assertThat(get("/api/dashboard.pdf", stand.leaderOf(placed), null).statusCode())
                .isEqualTo(403);
        // the period of the sales counted: month by month since the start, day by day over the last 30 days
        try (var document = Loader.loadPDF(
                get("/api/dashboard.pdf?period=DAYS_30", stand.officer(), null).body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Sales by day")
                    .contains("Last 30 days")
                    .contains("Rs 3,300");
        }
        assertThat(new String(get("/api/dashboard", stand.officer(), null).body(), StandardCharsets.UTF_8))
                .contains("\"salesByMonth\"")
                .contains("\"period\":\"ALL\"");
        assertThat(get("/api/dashboard?period=FOREVER", stand.officer(), null).statusCode())
                .isEqualTo(400);
    }
}
