package app.haat.desk;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's documents over HTTP, every answer checked against the API description: a raw PDF body uploaded, listed,
 * downloaded as an attachment that browsers may not sniff, deleted; the bad files of #23 refused with their reasons in
 * the reader's language; another centre's staff and another group answered "not found".
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskDocumentApiTest extends IntegrationTest {

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

    private static String password(String user) {
        return user.matches("\\d+") ? DeskFixtures.PASSWORD : TestAccounts.PASSWORD;
    }

    private HttpResponse<String> upload(String path, String user, String type, byte[] body, String language)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", type)
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .header("Authorization", JsonRequests.basic(user, password(user)))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en")
                .header("Authorization", JsonRequests.basic(user, password(user)))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> delete(String path, String user) throws Exception {
        HttpRequest request = JsonRequests.request("DELETE", "http://localhost:" + port + path, null)
                .header("Authorization", JsonRequests.basic(user, password(user)))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String detail(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body()).get("detail").asText();
    }

    @Test
    void aGroupUploadsAPdfItsCentreDownloadsItAndOutsidersFindNothing() throws Exception {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        String staff = desk.staffOf(desk.northDumDum());
        long caseId = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.PAN, null));
        String path = "/api/requests/" + caseId + "/documents";
        byte[] pdf = TestDocuments.pdf(3, "Resolution naming who signs");

        HttpResponse<String> created =
                upload(path + "?name=resolution.pdf", group.mobile(), "application/pdf", pdf, "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode document = json.readTree(created.body());
        assertThat(document.get("pages").asInt()).isEqualTo(3);
        assertThat(document.get("name").asText()).isEqualTo("resolution.pdf");
        long id = document.get("id").asLong();

        HttpResponse<byte[]> list = get(path, staff);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(new String(list.body(), StandardCharsets.UTF_8)).contains("\"id\":" + id);

        HttpResponse<byte[]> download = get(path + "/" + id, group.officer());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("resolution.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // another centre's staff and another group: "not found", whether the case or the document is asked for
        String otherStaff = desk.staffOf(desk.medinipur());
        DeskFixtures.TestGroup other = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        for (String outsider : new String[] {otherStaff, other.mobile()}) {
            assertThat(get(path + "/" + id, outsider).statusCode()).as(outsider).isEqualTo(404);
            assertThat(get(path, outsider).statusCode()).as(outsider).isEqualTo(404);
            assertThat(upload(path, outsider, "application/pdf", pdf, "en").statusCode())
                    .isEqualTo(404);
            assertThat(delete(path + "/" + id, outsider).statusCode()).isEqualTo(404);
        }
        assertThat(delete(path + "/" + id, staff).statusCode()).isEqualTo(204);
        assertThat(get(path + "/" + id, staff).statusCode()).isEqualTo(404);
    }

    @Test
    void theBadFilesOfTheIssueAreRefusedWithTheirReasonsInTheReadersLanguage() throws Exception {
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long caseId = desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), RequestType.PAN, null));
        String path = "/api/requests/" + caseId + "/documents?name=file.pdf";

        HttpResponse<String> executable = upload(path, group.mobile(), "application/pdf", TestDocuments.elf(), "en");
        assertThat(executable.statusCode()).isEqualTo(400);
        assertThat(detail(executable)).contains("Only PDF, JPEG or PNG");
        HttpResponse<String> long200 =
                upload(path, group.mobile(), "application/pdf", TestDocuments.pdf(200, "page"), "en");
        assertThat(long200.statusCode()).isEqualTo(400);
        assertThat(detail(long200)).contains("more than 20 pages");
        HttpResponse<String> script =
                upload(path, group.mobile(), "application/pdf", TestDocuments.pdfWithJavaScript(), "bn");
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(detail(script)).contains("জাভাস্ক্রিপ্ট");
        String full = TestDocuments.aadhaar("34567890123");
        HttpResponse<String> aadhaar =
                upload(path, group.mobile(), "application/pdf", TestDocuments.pdf(1, "Aadhaar " + full), "en");
        assertThat(aadhaar.statusCode()).isEqualTo(400);
        assertThat(detail(aadhaar)).contains("masked copy");
        HttpResponse<String> text = upload(path, group.mobile(), "text/plain", "hello".getBytes(), "en");
        assertThat(text.statusCode()).isEqualTo(415);
    }
}
