package app.haat.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What went over the wire, from Chrome's performance log (DevTools' Network events, which chromedriver keeps when the
 * browser was started with the performance log on): each request's encoded bytes as received (headers and body,
 * compressed), 0 for what came from the browser's cache.
 */
final class TransferLog {

    /**
     * One load: the bytes over the network, the requests (data: URLs, which never leave the browser, not counted)
     * and how many of them went over the network; each request's URL with its bytes.
     */
    record Transfer(long bytes, int requests, int overTheNetwork, Map<String, Long> byUrl) {

        String describe() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    "%,d bytes (%.1f KB) transferred; %d requests, %d of them over the network (the others from the"
                            + " cache)%n",
                    bytes, bytes / 1024.0, requests, overTheNetwork));
            byUrl.forEach((url, size) -> out.append(
                    String.format("  %,8d  %s%n", size, url.length() > 110 ? url.substring(0, 110) + "…" : url)));
            return out.toString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TransferLog() {}

    /** Empties the log, so that the next {@link #read} sees only what follows. */
    static void clear(WebDriver browser) {
        browser.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Everything loaded since the last read or clear. */
    static Transfer read(WebDriver browser) {
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            String id = params.path("requestId").asText();
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    urls.put(id, params.path("request").path("url").asText());
                    // a redirect reuses the request's id; the redirect's own answer is counted here
                    bytes.merge(
                            id,
                            params.path("redirectResponse")
                                    .path("encodedDataLength")
                                    .asLong(0),
                            Long::sum);
                }
                case "Network.loadingFinished" ->
                    bytes.merge(id, params.path("encodedDataLength").asLong(), Long::sum);
                default -> {
                    // other events carry no sizes
                }
            }
        }
        Map<String, Long> byUrl = new LinkedHashMap<>();
        long total = 0;
        int requests = 0;
        int network = 0;
        for (var request : urls.entrySet()) {
            if (request.getValue().startsWith("data:")) {
                continue; // decoded in the browser (a font inlined in Vaadin's CSS): nothing is transferred
            }
            long size = bytes.getOrDefault(request.getKey(), 0L);
            total += size;
            requests++;
            network += size > 0 ? 1 : 0;
            byUrl.merge(request.getValue(), size, Long::sum);
        }
        return new Transfer(total, requests, network, byUrl);
    }
}
