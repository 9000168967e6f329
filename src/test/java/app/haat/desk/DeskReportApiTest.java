package app.haat.desk;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.ApiContract;
import app.haat.support.ExportFiles;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A centre's report over HTTP, every answer checked against the API description: its staff and admins read it and
 * download it as CSV or XLSX; staff of another centre, officers and groups get a problem and no file.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskReportApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiContract api;

    @Autowired
    JsonMapper json;

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskStepService steps;

    private HttpResponse<byte[]> get(String path, String user, @Nullable String language) throws Exception {
        String password = user.matches("\\d+") ? DeskFixtures.PASSWORD : TestAccounts.PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", JsonRequests.basic(user, password));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theCentresStaffReadAndDownloadItsReportAndNobodyElseDoes() throws Exception {
        long centre = desk.ownCentre();
        String staff = desk.staffOf(centre);
        DeskFixtures.TestGroup group = desk.group("Berhampore", Set.of("HANDLOOM"));
        long id = desk.accounts.as(group.officer(), () -> requests.request(centre, group.id(), RequestType.PAN, null));
        desk.accounts.as(staff, () -> steps.accept(id));
        desk.accounts.as(staff, () -> steps.documentsComplete(id));

        HttpResponse<byte[]> report = get("/api/centres/" + centre + "/report", staff, null);
        assertThat(report.statusCode()).as(new String(report.body())).isEqualTo(200);
        JsonNode body = json.readTree(report.body());
        assertThat(body.get("centreId").asLong()).isEqualTo(centre);
        JsonNode pan = body.get("lines").get(0);
        assertThat(pan.get("type").asText()).isEqualTo("PAN");
        assertThat(pan.get("open").get("documentsComplete").asInt()).isEqualTo(1);
        assertThat(pan.get("openTotal").asInt()).isEqualTo(1);
        assertThat(pan.get("medianDays").isNull()).isTrue();
        assertThat(body.get("total").get("type").isNull()).isTrue();
        assertThat(body.get("ready").get("verified").asInt()).isZero();
        assertThat(get("/api/centres/" + centre + "/report", desk.accounts.admin(), null)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> csv = get("/api/centres/" + centre + "/report/export?format=csv", staff, "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("haat-centre-report-");
        List<List<String>> rows = ExportFiles.csv(csv.body());
        assertThat(rows.getFirst())
                .startsWith("Request type", "Forwarded", "Requested", "Appointment", "Documents complete", "Submitted")
                .contains("Median days to outcome", "Kept", "Missed");
        assertThat(rows.get(1)).startsWith("PAN for the group", "0", "0", "0", "1", "0", "1");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("Total", "0", "0", "0", "1"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getFirst()).contains("anywhere in India"));

        HttpResponse<byte[]> xlsx = get("/api/centres/" + centre + "/report/export?format=xlsx", staff, "bn");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<List<String>> sheet = ExportFiles.xlsx(xlsx.body());
        assertThat(sheet.getFirst().getFirst()).isEqualTo("অনুরোধের ধরন");
        assertThat(sheet.get(1).getFirst()).isEqualTo("গোষ্ঠীর প্যান");

        // staff of another centre, an officer of the group, the group: a problem, never a file
        String otherStaff = desk.staffOf(desk.medinipur());
        for (String stranger : List.of(otherStaff, group.officer(), group.mobile())) {
            HttpResponse<byte[]> refused = get("/api/centres/" + centre + "/report", stranger, "en");
            assertThat(refused.statusCode()).as(stranger).isEqualTo(403);
            HttpResponse<byte[]> noFile = get("/api/centres/" + centre + "/report/export?format=csv", stranger, "en");
            assertThat(noFile.statusCode()).as(stranger).isEqualTo(403);
            assertThat(noFile.headers().firstValue("Content-Type").orElse("")).contains("problem");
        }
        assertThat(new String(get("/api/centres/" + centre + "/report", otherStaff, "en")
                        .body()))
                .contains("another centre");
        assertThat(get("/api/centres/99999999/report", staff, null).statusCode())
                .isEqualTo(404);
    }
}
