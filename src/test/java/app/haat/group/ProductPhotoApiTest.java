package app.haat.group;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product's photos over HTTP, every answer checked against the API description: a PNG uploaded as the raw body comes
 * back re-encoded as a JPEG, listed and readable by the group's officer; a file that is no photo is refused with its
 * reason; another group, or a product named under the wrong group, is refused and nothing is stored.
 */
// A fresh context, for the reason given on ApiTest (and node B's start replaces the static security strategy)
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductPhotoApiTest extends IntegrationTest {

    private static final String GROUP_PASSWORD = "long-enough";

    @LocalServerPort
    int port;

    @Autowired
    ApiContract api;

    @Autowired
    JsonMapper json;

    @Autowired
    ExhibitionFixtures fx;

    private HttpResponse<String> upload(String path, String user, String password, String type, byte[] body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", type)
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", JsonRequests.basic(user, password))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> get(String path, String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en")
                .header("Authorization", JsonRequests.basic(user, password))
                .build();
        return api.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(5, 5, width - 10, height - 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aGroupUploadsAPhotoOfItsProductAndItsOfficerReadsItBack() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        String photos = "/api/groups/" + group.id() + "/products/" + group.product() + "/photos";

        HttpResponse<String> created = upload(photos, group.mobile(), GROUP_PASSWORD, "image/png", png(640, 480));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long photoId = json.readTree(created.body()).get("id").asLong();

        HttpResponse<byte[]> listed = get(photos, officer, app.haat.support.TestAccounts.PASSWORD);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(new String(listed.body(), StandardCharsets.UTF_8)).isEqualTo("[{\"id\":" + photoId + "}]");

        HttpResponse<byte[]> photo = get(photos + "/" + photoId, officer, app.haat.support.TestAccounts.PASSWORD);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertThat(read.getWidth()).isEqualTo(640);
        BufferedImage thumbnail = ImageIO.read(
                new ByteArrayInputStream(get(photos + "/" + photoId + "?thumbnail=true", group.mobile(), GROUP_PASSWORD)
                        .body()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
    }

    @Test
    void aFileThatIsNoPhotoIsRefusedWithItsReason() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        String photos = "/api/groups/" + group.id() + "/products/" + group.product() + "/photos";
        byte[] executable = "\u007fELF\u0002\u0001\u0001 not a picture".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> refused = upload(photos, group.mobile(), GROUP_PASSWORD, "image/jpeg", executable);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("detail").asText())
                .isEqualTo("This file is not a JPEG, PNG or WebP photo.");
        assertThat(get(photos, group.mobile(), GROUP_PASSWORD).body())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("[]");
    }

    @Test
    void anotherGroupOrAProductNamedUnderTheWrongGroupIsRefusedAndNothingIsStored() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup owner = fx.verifiedGroup(officer, bally, "HANDLOOM");
        VerifiedGroup other = fx.verifiedGroup(officer, bally, "HANDLOOM");
        String photos = "/api/groups/" + owner.id() + "/products/" + owner.product() + "/photos";

        HttpResponse<String> intruder = upload(photos, other.mobile(), GROUP_PASSWORD, "image/png", png(100, 100));
        assertThat(intruder.statusCode()).isIn(403, 404);
        // the other group's own path, naming the owner's product: not found
        String crossed = "/api/groups/" + other.id() + "/products/" + owner.product() + "/photos";
        assertThat(upload(crossed, other.mobile(), GROUP_PASSWORD, "image/png", png(100, 100))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(crossed, other.mobile(), GROUP_PASSWORD).statusCode()).isEqualTo(404);

        assertThat(get(photos, owner.mobile(), GROUP_PASSWORD).body())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("[]");
    }
}
