package app.haat.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The API tests' requests: a method and URL, a JSON body when there is one, asking for JSON; basic credentials. */
public final class JsonRequests {

    private JsonRequests() {}

    /** A request asking for JSON, sending {@code body} (null: none) as UTF-8; its Content-Type is the caller's. */
    public static HttpRequest.Builder request(String method, String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
    }

    /** The Authorization header's value for these credentials. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
