package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.JsonRequests;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal over real HTTP as its clients meet it: browsers (each with its own cookies, redirects not followed, so
 * a test sees where it is sent), an API client with Basic credentials, and a Vaadin UI's own requests.
 */
final class PortalClient {

    private final String base;
    private final JsonMapper json;
    private final HttpClient api =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    PortalClient(int port, JsonMapper json) {
        this.base = "http://localhost:" + port;
        this.json = json;
    }

    String base() {
        return base;
    }

    HttpClient api() {
        return api;
    }

    static HttpClient browser() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();
    }

    /** Signs in through the sign-in form, as the browser posts it: the page first, for its CSRF token. */
    void signIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> response = postForm(browser, "/login", "username=" + username + "&password=" + password);
        assertThat(response.statusCode()).isEqualTo(302);
        // to the home view, or back to the page that sent the browser to sign in; never to the failure page
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(base + "/")
                .doesNotContain("error");
    }

    /** The CSRF token of the page's form, as a browser would send it back. */
    String csrfToken(HttpClient browser, String page) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(get(browser, page).body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return token.group(1);
    }

    /** Posts a form the way a browser does: with the session's CSRF token (as the sign-in page gives it). */
    HttpResponse<String> postForm(HttpClient browser, String path, String form) throws Exception {
        String token = csrfToken(browser, "/login");
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(HttpClient browser, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void assertSignedIn(HttpClient browser, String path) throws Exception {
        assertThat(get(browser, path).statusCode()).as(path).isEqualTo(200);
    }

    void assertSentToSignIn(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = get(browser, path);
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(base + "/login");
    }

    /** An API call; {@code user} null for none, {@code body} null for no body, then header name/value pairs. */
    HttpResponse<String> send(String method, String path, String user, String password, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = JsonRequests.request(method, base + path, body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (user != null) {
            request.header("Authorization", JsonRequests.basic(user, password));
        }
        return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** A Vaadin UI in a browser session: its init request, then UIDL round trips as the client script sends them. */
    Uidl openUi(HttpClient browser, String location) throws Exception {
        HttpResponse<String> init = get(browser, "/?v-r=init&location=" + location + "&query=");
        assertThat(init.statusCode()).isEqualTo(200);
        Matcher key =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init.body());
        assertThat(key.find() && ui.find()).as(init.body()).isTrue();
        return new Uidl(browser, ui.group(1), key.group(1), new AtomicInteger());
    }

    final class Uidl {
        private final HttpClient browser;
        private final String uiId;
        private final String securityKey;
        private final AtomicInteger syncId;

        private Uidl(HttpClient browser, String uiId, String securityKey, AtomicInteger syncId) {
            this.browser = browser;
            this.uiId = uiId;
            this.securityKey = securityKey;
            this.syncId = syncId;
        }

        HttpResponse<String> roundTrip() throws Exception {
            int sync = syncId.getAndIncrement();
            String payload = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":" + sync + ",\"clientId\":"
                    + sync + "}";
            return browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .header("Origin", base)
                            .POST(HttpRequest.BodyPublishers.ofString(payload))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
