package app.haat.twonodes;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser through the balancer: its own cookies (the session's and HAProxy's HAATNODE), redirects not followed. */
final class Browser {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in through the form, as a browser posts it (the page first, for its CSRF token); true when it worked. */
    boolean signIn(String username, String password) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(get("/login").body());
        if (!token.find()) {
            return false;
        }
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=" + password + "&_csrf=" + token.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 302
                && !answer.headers().firstValue("Location").orElse("error").contains("error");
    }

    /** Whether a signed-in page answers (200), or the browser is sent to sign in (false). */
    boolean signedIn() throws Exception {
        HttpResponse<String> home = get("/");
        return home.statusCode() == 200;
    }

    /** The node HAProxy pinned this browser to ("a" or "b"), from its HAATNODE cookie. */
    String node() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("HAATNODE"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }
}
