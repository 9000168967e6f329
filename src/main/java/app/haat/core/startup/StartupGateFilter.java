package app.haat.core.startup;

import app.haat.core.api.ProblemResponses;
import app.haat.core.i18n.Translator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Before start-up is complete, every request but the health probes gets 503 with Retry-After: problem details under
 * /api, a small page (Bengali and English, reloading itself) for everything else. Runs before every other filter,
 * so nobody meets a portal without its first account or data.
 */
class StartupGateFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;
    private final StartupGate gate;
    private final ProblemResponses problems;
    private final Translator translator;

    StartupGateFilter(StartupGate gate, ProblemResponses problems, Translator translator) {
        this.gate = gate;
        this.problems = problems;
        this.translator = translator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (gate.isOpen() || isProbe(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path.equals("/api") || path.startsWith("/api/")) {
            Locale locale = Translator.supported(request.getLocale());
            problems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    translator.getTranslation("startup.title", locale),
                    translator.getTranslation("startup.detail", locale));
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; " + "frame-ancestors 'none'");
        response.getOutputStream().write(page().getBytes(StandardCharsets.UTF_8));
    }

    /** The health endpoint and its probes answer for themselves (readiness: 503 until ready). */
    static boolean isProbe(String path) {
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    private String page() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"bn\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>")
                .append(text("startup.title", Translator.BENGALI))
                .append(" · ")
                .append(text("startup.title", Translator.ENGLISH))
                .append("</title></head><body style=\"font-family:sans-serif;margin:2em;max-width:36em\">");
        for (Locale locale : new Locale[] {Translator.BENGALI, Translator.ENGLISH}) {
            html.append("<h1 lang=\"")
                    .append(locale.getLanguage())
                    .append("\">")
                    .append(text("startup.title", locale))
                    .append("</h1><p lang=\"")
                    .append(locale.getLanguage())
                    .append("\">")
                    .append(text("startup.page", locale))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(translator.getTranslation(key, locale));
    }
}
