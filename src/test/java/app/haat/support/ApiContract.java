package app.haat.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds every {@code /api} answer a test receives to the OpenAPI description the portal publishes at
 * {@code /api/docs}: the path and method must be described, the status must be one of the operation's answers (or
 * its {@code default}), the content type one it names, and a JSON body must match the schema given for it. A
 * mismatch is an {@link AssertionError} naming the call and what differs. The description is fetched once per Spring
 * context, from the running server, so the tests check what clients really get.
 * <p>
 * API tests send through {@link #send} or pass each answer through {@link #check(HttpResponse)}.
 */
@Component
public class ApiContract {

    private static final String DOCS = "https://haat.test/api/docs";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Environment environment;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile Description description;

    public ApiContract(Environment environment) {
        this.environment = environment;
    }

    /** A contract over a description given as JSON (for testing the contract itself). */
    public static ApiContract of(String openApiJson) {
        ApiContract contract = new ApiContract(null);
        contract.description = new Description(openApiJson);
        return contract;
    }

    /** Sends the request and checks the answer against the description. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return check(http.send(request, handler));
    }

    /** Checks an answer (its body a String or byte[]) against the description; answers it unchanged. */
    public <T> HttpResponse<T> check(HttpResponse<T> response) {
        Object body = response.body();
        byte[] bytes = body instanceof byte[] b
                ? b
                : body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
        check(
                response.request().method(),
                response.request().uri(),
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                bytes);
        return response;
    }

    /** Checks one answer: the request's method and URI, and the status, content type and body answered. */
    public void check(String method, URI uri, int status, String contentType, byte[] body) {
        String path = uri.getRawPath();
        if (!path.startsWith("/api/") || path.equals("/api/docs")) {
            return;
        }
        description().check(method.toLowerCase(Locale.ROOT), path, status, contentType, body);
    }

    private Description description() {
        Description loaded = description;
        if (loaded == null) {
            synchronized (this) {
                if (description == null) {
                    description = new Description(fetch());
                }
                loaded = description;
            }
        }
        return loaded;
    }

    private String fetch() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("ApiContract needs a running server (webEnvironment = RANDOM_PORT)");
        }
        try {
            HttpResponse<String> docs = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (docs.statusCode() != 200) {
                throw new IllegalStateException("GET /api/docs answered " + docs.statusCode());
            }
            return docs.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET /api/docs failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET /api/docs interrupted", e);
        }
    }

    /** The parsed description, its path templates (literal ones first) and the schemas met so far. */
    private static final class Description {

        private final JsonNode root;
        private final SchemaRegistry registry;
        private final List<Template> templates = new ArrayList<>();
        /** "path method status media" to the name of its schema among the answers of the registry's document. */
        private final Map<String, String> answerNames = new HashMap<>();

        private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

        Description(String json) {
            root = JSON.readTree(json);
            // The validator reads numbers in a JSON pointer as array indexes and '+' as a space, so status codes and
            // "application/problem+json" cannot be addressed in place: each answer's schema goes under a plain name
            // into a document of its own, beside the components its references point to.
            ObjectNode answers = JSON.createObjectNode();
            root.path("paths")
                    .properties()
                    .forEach(path -> path.getValue()
                            .properties()
                            .forEach(operation -> operation
                                    .getValue()
                                    .path("responses")
                                    .properties()
                                    .forEach(response -> response.getValue()
                                            .path("content")
                                            .properties()
                                            .forEach(media -> {
                                                String name = "answer" + answerNames.size();
                                                answerNames.put(
                                                        key(
                                                                path.getKey(),
                                                                operation.getKey(),
                                                                response.getKey(),
                                                                media.getKey()),
                                                        name);
                                                answers.set(
                                                        name, media.getValue().path("schema"));
                                            }))));
            ObjectNode document = JSON.createObjectNode();
            document.set("components", root.path("components"));
            document.set("answers", answers);
            Dialect dialect = Dialect.builder(Dialects.getOpenApi31())
                    .keyword(new NonValidationKeyword("components"))
                    .keyword(new NonValidationKeyword("answers"))
                    .build();
            registry = SchemaRegistry.withDialect(
                    dialect,
                    builder -> builder.schemas(Map.of(DOCS, JSON.writeValueAsString(document)))
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build()));
            root.path("paths").propertyNames().forEach(name -> templates.add(new Template(name)));
            // "/api/exhibitions/open" before "/api/exhibitions/{id}": the fewer variables, the more specific
            templates.sort(Comparator.comparingInt(Template::variables));
        }

        void check(String method, String path, int status, String contentType, byte[] body) {
            String call = method.toUpperCase(Locale.ROOT) + " " + path + " answered " + status;
            Template template = templates.stream()
                    .filter(t ->
                            t.matches(path) && root.path("paths").path(t.name()).has(method))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(call + ", but the API description has no such operation"));
            JsonNode responses =
                    root.path("paths").path(template.name()).path(method).path("responses");
            String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
            if (!responses.has(code)) {
                throw new AssertionError(call + ", a status the API description does not give for " + template.name()
                        + " (it gives " + responses.propertyNames() + ")");
            }
            JsonNode content = responses.path(code).path("content");
            if (body.length == 0) {
                if (!content.isMissingNode() && !content.isEmpty() && status != 204) {
                    throw new AssertionError(
                            call + " with no body, but the API description promises " + content.propertyNames());
                }
                return;
            }
            String media =
                    contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!content.has(media)) {
                throw new AssertionError(call + " with Content-Type " + contentType
                        + ", which the API description does not name (it names "
                        + (content.isMissingNode() ? "no body" : content.propertyNames()) + ")");
            }
            if (!media.endsWith("json")) {
                return;
            }
            String name = answerNames.get(key(template.name(), method, code, media));
            Schema schema =
                    schemas.computeIfAbsent(name, n -> registry.getSchema(SchemaLocation.of(DOCS + "#/answers/" + n)));
            String text = new String(body, StandardCharsets.UTF_8);
            List<Error> errors = schema.validate(JSON.readTree(text));
            if (!errors.isEmpty()) {
                throw new AssertionError(call + " with a body that does not match the API description:\n  "
                        + String.join(
                                "\n  ",
                                errors.stream().limit(20).map(Error::toString).toList())
                        + "\nbody: " + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
            }
        }

        private static String key(String path, String method, String status, String media) {
            return path + " " + method + " " + status + " " + media;
        }
    }

    private record Template(String name, Pattern pattern, int variables) {

        Template(String name) {
            this(
                    name,
                    Pattern.compile(name.replaceAll("\\{[^}/]+}", "[^/]+").replace(".", "\\.")),
                    name.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
