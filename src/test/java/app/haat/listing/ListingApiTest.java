package app.haat.listing;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** A group's online shops over real HTTP, every answer checked against the API description. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListingApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Test
    void aGroupRecordsItsShopItsOfficerConfirmsItAndOutsidersAndBadLinksAreRefused() throws Exception {
        long bally = fx.municipality("Bally");
        long medinipur = fx.municipality("Medinipur");
        String officer = fx.accounts.officer(Set.of(bally));
        String otherOfficer = fx.accounts.officer(Set.of(medinipur));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        VerifiedGroup other = fx.verifiedGroup(otherOfficer, medinipur, "CRAFT");
        String listings = "/api/groups/" + group.id() + "/listings";

        JsonNode marketplaces = json.readTree(
                send("GET", "/api/marketplaces", group.mobile(), null).body());
        long meesho = 0;
        for (JsonNode m : marketplaces) {
            if (m.get("name").asString().equals("Meesho")) {
                meesho = m.get("id").asLong();
                assertThat(m.get("nameBn").asString()).isEqualTo("মীশো");
            }
        }
        assertThat(meesho).isPositive();

        HttpResponse<String> added = send(
                "POST",
                listings,
                group.mobile(),
                body(meesho, "MEESHO-77", "https://www.meesho.com/shop/77", group.product()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode shop = json.readTree(added.body());
        long id = shop.get("id").asLong();
        assertThat(shop.get("productIds").get(0).asLong()).isEqualTo(group.product());
        assertThat(shop.get("confirmedAt").isNull()).isTrue();

        // bad links, another group's product, a duplicate: refused with the reason, nothing recorded
        for (String link : List.of(
                "javascript:alert(1)",
                "ftp://files.example.in/77",
                "www.meesho.com/shop/78",
                "https://www.meesho.com/my shop")) {
            HttpResponse<String> refused =
                    send("POST", listings, group.mobile(), body(meesho, "MEESHO-78", link, group.product()));
            assertThat(refused.statusCode()).as(link).isEqualTo(400);
            assertThat(refused.body()).contains("http:// or https://");
        }
        HttpResponse<String> theirs =
                send("POST", listings, group.mobile(), body(meesho, "MEESHO-78", "https://a.in/78", other.product()));
        assertThat(theirs.statusCode()).isEqualTo(400);
        assertThat(theirs.body()).contains("your group's own products");
        assertThat(send("POST", listings, group.mobile(), body(meesho, "meesho-77", "https://a.in/77", null))
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> badEdit =
                send("PUT", listings + "/" + id, group.mobile(), body(meesho, "MEESHO-77", "javascript:void(0)", null));
        assertThat(badEdit.statusCode()).isEqualTo(400);

        // another group, an officer of another zone: refused, nothing changes
        for (String outsider : List.of(other.mobile(), otherOfficer)) {
            assertThat(send("GET", listings, outsider, null).statusCode()).isEqualTo(403);
            assertThat(send("POST", listings, outsider, body(meesho, "X-1", "https://x.in/1", null))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(send("POST", listings + "/" + id + "/confirm", outsider, null)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(send("DELETE", listings + "/" + id, outsider, null).statusCode())
                    .isEqualTo(403);
        }
        JsonNode unchanged =
                json.readTree(send("GET", listings, group.mobile(), null).body());
        assertThat(unchanged).hasSize(1);
        assertThat(unchanged.get(0).get("link").asString()).isEqualTo("https://www.meesho.com/shop/77");
        assertThat(unchanged.get(0).get("confirmedAt").isNull()).isTrue();

        // the group may not confirm its own; its officer does, and an edit of the link clears it
        assertThat(send("POST", listings + "/" + id + "/confirm", group.mobile(), null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> confirmed = send("POST", listings + "/" + id + "/confirm", officer, null);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json.readTree(confirmed.body()).get("confirmedBy").asString())
                .isEqualTo(officer);
        HttpResponse<String> edited = send(
                "PUT",
                listings + "/" + id,
                group.mobile(),
                body(meesho, "MEESHO-77", "https://www.meesho.com/shop/77b", null));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).get("confirmedAt").isNull()).isTrue();
        assertThat(send("POST", listings + "/" + id + "/confirm", officer, null).statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", listings + "/" + id + "/confirm", officer, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", listings + "/" + id, group.mobile(), null).statusCode())
                .isEqualTo(204);
        assertThat(json.readTree(send("GET", listings, officer, null).body())).isEmpty();
    }

    @Test
    void theAdminKeepsTheMarketplacesAndNobodyElseDoes() throws Exception {
        String admin = fx.accounts.admin();
        String officer = fx.accounts.officer(Set.of(fx.municipality("Bally")));
        String name = "Test Haat Market " + System.nanoTime();
        assertThat(send("POST", "/api/marketplaces", officer, "{\"name\":\"" + name + "\",\"nameBn\":\"হাট\"}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> added =
                send("POST", "/api/marketplaces", admin, "{\"name\":\"" + name + "\",\"nameBn\":\"হাট বাজার\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = json.readTree(added.body()).get("id").asLong();
        assertThat(send(
                                "POST",
                                "/api/marketplaces",
                                admin,
                                "{\"name\":\"" + name.toUpperCase() + "\",\"nameBn\":\"x\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(send("POST", "/api/marketplaces", admin, "{\"name\":\"A\\u0000B\",\"nameBn\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> renamed = send(
                "PUT", "/api/marketplaces/" + id, admin, "{\"name\":\"" + name + " 2\",\"nameBn\":\"হাট বাজার ২\"}");
        assertThat(json.readTree(renamed.body()).get("nameBn").asString()).isEqualTo("হাট বাজার ২");
        HttpResponse<String> retired = send("POST", "/api/marketplaces/" + id + "/retire", admin, null);
        assertThat(json.readTree(retired.body()).get("active").asBoolean()).isFalse();
        HttpResponse<String> back = send("POST", "/api/marketplaces/" + id + "/reinstate", admin, null);
        assertThat(json.readTree(back.body()).get("active").asBoolean()).isTrue();
    }

    private static String body(long marketplace, String sellerId, String link, @Nullable Long product) {
        return "{\"marketplaceId\":" + marketplace + ",\"sellerId\":\"" + sellerId + "\",\"link\":\"" + link
                + "\",\"productIds\":[" + (product == null ? "" : product) + "]}";
    }

    private HttpResponse<String> send(String method, String path, String user, @Nullable String body) throws Exception {
        String password = user.matches("\\d{10}") ? "long-enough" : TestAccounts.PASSWORD;
        var request = JsonRequests.request(method, "http://localhost:" + port + path, body)
                .header("Authorization", JsonRequests.basic(user, password));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
