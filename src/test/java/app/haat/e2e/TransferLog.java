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

    /** One load: the bytes and the requests, and each request's URL with its bytes. */
    record Transfer(long bytes, int requests, int fromCache, Map<String, Long> byUrl) {

        String describe() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    "%,d bytes (%.1f KB) in %d requests, %d from the cache%n",
                    bytes, bytes / 1024.0, requests, fromCache));
            byUrl.forEach((url, size) -> out.append(String.format("  %,8d  %s%n", size, url)));
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
        int cached = 0;
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
                case "Network.requestServedFromCache" -> cached++;
                case "Network.loadingFinished" ->
                    bytes.merge(id, params.path("encodedDataLength").asLong(), Long::sum);
                default -> {
                    // other events carry no sizes
                }
            }
        }
        Map<String, Long> byUrl = new LinkedHashMap<>();
        long total = 0;
        for (var request : urls.entrySet()) {
            long size = bytes.getOrDefault(request.getKey(), 0L);
            total += size;
            byUrl.merge(request.getValue(), size, Long::sum);
        }
        return new Transfer(total, urls.size(), cached, byUrl);
    }
}
