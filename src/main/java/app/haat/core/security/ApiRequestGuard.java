package app.haat.core.security;

import app.haat.core.api.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a browser could send to {@code /api} from another site without asking first (a form, a {@code text/plain}
 * fetch) is refused before sign-in: a state-changing call whose {@code Origin} is another site's (403), and a body
 * that is not JSON or, for the group import, CSV, for a desk document PDF, JPEG or PNG, for a product photo JPEG or
 * PNG (415): types a browser sends
 * to another site only after asking it first. A call without a body needs no content type.
 */
public class ApiRequestGuard extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final java.util.regex.Pattern DOCUMENT_UPLOAD =
            java.util.regex.Pattern.compile("/api/requests/[0-9]+/documents");
    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png");
    private static final java.util.regex.Pattern PHOTO_UPLOAD =
            java.util.regex.Pattern.compile("/api/groups/[0-9]+/products/[0-9]+/photos");
    private final ProblemResponses problems;
    private final @Nullable String baseOrigin;

    public ApiRequestGuard(ProblemResponses problems, String baseUrl) {
        this.problems = problems;
        this.baseOrigin = origin(baseUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !isOwnOrigin(origin, request)) {
            problems.write(
                    request,
                    response,
                    HttpStatus.FORBIDDEN,
                    "Cross-site request refused",
                    "A change through the API must come from the portal's own pages or from a client that sends no "
                            + "Origin header.");
            return;
        }
        if (!acceptableBody(request)) {
            problems.write(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported content type",
                    "Send the body as application/json (the group import takes text/csv, a desk document "
                            + "application/pdf, image/jpeg or image/png, a product photo image/jpeg or image/png); a "
                            + "call without a body needs no Content-Type.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOwnOrigin(String origin, HttpServletRequest request) {
        String own = origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        String sent = origin(origin);
        return sent != null && (sent.equals(own) || sent.equals(baseOrigin));
    }

    private static boolean acceptableBody(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || contentType.isBlank()) {
            return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return (type.getType().equals("application")
                        && (type.getSubtype().equals("json")
                                || type.getSubtype().endsWith("+json")))
                || (type.getType().equals("text") && type.getSubtype().equals("csv"))
                || (DOCUMENT_TYPES.contains(type.getType() + "/" + type.getSubtype())
                        && DOCUMENT_UPLOAD.matcher(request.getRequestURI()).matches())
                || (PHOTO_TYPES.contains(type.getType() + "/" + type.getSubtype())
                        && PHOTO_UPLOAD.matcher(request.getRequestURI()).matches());
    }

    /** scheme://host:port in lower case with the default port made explicit; null if it is not such an address. */
    static @Nullable String origin(@Nullable String address) {
        if (address == null) {
            return null;
        }
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1
                    ? uri.getPort()
                    : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
