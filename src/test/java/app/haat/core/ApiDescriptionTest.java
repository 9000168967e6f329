package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.support.ApiContract;
import app.haat.support.IntegrationTest;
import app.haat.support.JsonRequests;
import app.haat.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at {@code /api/docs} describes every endpoint's request and answers, errors included, and
 * the {@link ApiContract} that the API tests send through catches an answer that does not match it.
 */
// a fresh context: see ApiTest on the static security-context strategy that every Spring context replaces
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiContract api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    private JsonNode docs() throws Exception {
        HttpResponse<String> docs = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        return json.readTree(docs.body());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return api.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", JsonRequests.basic(user, TestAccounts.PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyEndpointIsDescribedWithItsRequestItsAnswerAndItsProblems() throws Exception {
        JsonNode docs = docs();
        JsonNode paths = docs.get("paths");
        List<String> checked = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : mappings) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (String path : patterns(info)) {
                    if (!path.startsWith("/api/") || path.startsWith("/api/docs")) {
                        continue;
                    }
                    for (var method : info.getMethodsCondition().getMethods()) {
                        String verb = method.name().toLowerCase(Locale.ROOT);
                        String call = method + " " + path;
                        JsonNode operation = paths.path(path).path(verb);
                        assertThat(operation.isObject())
                                .as(call + " is described")
                                .isTrue();
                        describesAnswers(call, path, verb, operation.get("responses"));
                        if (Arrays.stream(handler.getMethodParameters())
                                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class))) {
                            assertThat(operation
                                            .path("requestBody")
                                            .path("content")
                                            .path("application/json")
                                            .has("schema"))
                                    .as(call + " describes its JSON body")
                                    .isTrue();
                        }
                        checked.add(call);
                    }
                }
            });
        }
        assertThat(checked)
                .contains("GET /api/groups/{id}/products", "GET /api/exhibitions", "POST /api/exhibitions/{id}/publish")
                .hasSizeGreaterThan(35);
        assertThat(paths.path("/api/groups/import")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .path("text/csv")
                        .has("schema"))
                .as("the CSV import describes its body")
                .isTrue();
        // an answer carries all of its fields (null where unknown); the application has both forms of its slots
        JsonNode application = docs.at("/components/schemas/Application");
        assertThat(application.get("required").valueStream().map(JsonNode::asText))
                .contains("preferredSlots", "preferredSlotIds", "status");
        assertThat(docs.at("/components/schemas/Problem/required").valueStream().map(JsonNode::asText))
                .containsExactlyInAnyOrder("title", "status");
    }

    private static List<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() == null
                ? List.of()
                : info.getPathPatternsCondition().getPatternValues().stream().toList();
    }

    private static void describesAnswers(String call, String path, String verb, JsonNode responses) {
        assertThat(responses.propertyNames()).as(call + " answers").anyMatch(code -> code.startsWith("2"));
        responses.properties().forEach(answer -> {
            String code = answer.getKey();
            JsonNode content = answer.getValue().path("content");
            if (code.startsWith("2")) {
                if (!content.isMissingNode()) {
                    assertThat(content.isEmpty())
                            .as(call + " " + code + " names its content")
                            .isFalse();
                    content.properties()
                            .forEach(media -> assertThat(media.getValue().has("schema"))
                                    .as(call + " " + code + " " + media.getKey() + " has a schema")
                                    .isTrue());
                    assertThat(content.has("*/*"))
                            .as(call + " " + code + " names its content type")
                            .isFalse();
                }
            } else {
                assertThat(content.path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asText())
                        .as(call + " " + code)
                        .isEqualTo("#/components/schemas/Problem");
            }
        });
        List<String> errors = new ArrayList<>(List.of("401", "403", "default"));
        if (path.contains("{")) {
            errors.add("404");
        }
        if (!verb.equals("get")) {
            errors.add("409");
        }
        assertThat(responses.propertyNames()).as(call + " problems").containsAll(errors);
    }

    @Test
    void theContractCatchesAnAnswerThatDoesNotMatchTheDescription() throws Exception {
        String staff = accounts.staff();
        HttpResponse<String> real = get("/api/municipalities", staff); // matches: send checks it
        assertThat(real.statusCode()).isEqualTo(200);
        URI uri = real.request().uri();
        String body = real.body();
        assertThatThrownBy(() -> api.check(
                        "GET", uri, 200, "application/json", bytes(body.replaceFirst("\"nameEn\":\"[^\"]*\",", ""))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("nameEn");
        assertThatThrownBy(() -> api.check(
                        "GET", uri, 200, "application/json", bytes(body.replaceFirst("\"id\":\\d+", "\"id\":\"one\""))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> api.check("GET", uri, 200, "text/html", bytes("<html></html>")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("text/html");
        assertThatThrownBy(() -> api.check("GET", uri, 403, "application/problem+json", bytes("{\"detail\":\"x\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("status");
        assertThatThrownBy(() -> api.check("GET", uri, 200, "application/json", new byte[0]))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no body");
        assertThatThrownBy(() -> api.check(
                        "GET",
                        URI.create("http://localhost/api/nowhere"),
                        404,
                        "application/problem+json",
                        bytes("{\"title\":\"Not found\",\"status\":404}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no such operation");
        assertThatThrownBy(() -> api.check("DELETE", uri, 204, null, new byte[0]))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no such operation");
        // and a status the operation does not give, where the description has no default for it
        ApiContract strict = ApiContract.of("""
                {"openapi":"3.1.0","paths":{"/api/things/{id}":{"get":{"responses":{"200":{"description":"OK",
                 "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}}},
                 "components":{"schemas":{"Thing":{"type":"object","required":["id"],
                 "properties":{"id":{"type":"integer"},"name":{"type":["string","null"]}}}}}}""");
        URI thing = URI.create("http://localhost/api/things/7");
        strict.check("GET", thing, 200, "application/json", bytes("{\"id\":7,\"name\":null}"));
        assertThatThrownBy(() -> strict.check("GET", thing, 418, "application/json", bytes("{\"id\":7}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("418");
        assertThatThrownBy(() -> strict.check("GET", thing, 200, "application/json", bytes("{\"name\":\"x\"}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("id");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
