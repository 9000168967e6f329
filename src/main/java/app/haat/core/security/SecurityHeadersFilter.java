package app.haat.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer, set before anything else runs: Spring Security writes its own headers only when
 * it sees the response committed, which Vaadin's pages bypass. Headers already set
 * here are left alone by Spring Security's writers.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * The catalogue and the pages before sign-in (sign-in, sign-up, forgot and reset password) are plain HTML with
     * one inline style block and no script at all.
     */
    static final String CATALOGUE_POLICY = "default-src 'none'; img-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
    /** JSON and files: nothing in them is to be run or framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    /**
     * Vaadin pages: Flow's bootstrap page has inline scripts and styles, and Flow runs server-sent JavaScript through
     * {@code new Function}, hence 'unsafe-inline' and 'unsafe-eval'; everything is still loaded from the portal only.
     */
    static final String VAADIN_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The server-rendered pages before sign-in. */
    static final java.util.Set<String> PUBLIC_PAGES =
            java.util.Set.of("/login", "/signup", "/forgot-password", "/reset-password", "/reset");

    /** The pages before sign-in and their steps (a one-time code's, under the same address). */
    static boolean isPublicPage(String path) {
        return PUBLIC_PAGES.contains(path) || PUBLIC_PAGES.stream().anyMatch(page -> path.startsWith(page + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // on the error dispatch, the address that failed decides (an API error stays an API answer)
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath())
                ? uri.substring(request.getContextPath().length())
                : uri;
        boolean api = path.startsWith("/api/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // pages may be framed by the portal itself (as Vaadin's bootstrap page declares); API answers by nobody
        response.setHeader("X-Frame-Options", api ? "DENY" : "SAMEORIGIN");
        // same-origin: a reset link's token in the address never travels to another site
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", policy(path));
        chain.doFilter(request, response);
    }

    static String policy(String path) {
        if (path.equals("/catalogue") || path.startsWith("/catalogue/") || isPublicPage(path)) {
            return CATALOGUE_POLICY;
        }
        if (path.startsWith("/api/")) {
            return API_POLICY;
        }
        return VAADIN_POLICY;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
