package app.haat.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's production bundle under {@code /VAADIN/build/} is named by content ({@code indexhtml-BfnNYcbf.js}): a
 * changed file gets a new name. Vaadin itself lets browsers keep such a file for an hour only, so a phone asks again
 * on every visit after that; here the file is kept for a year without asking. Only the Cache-Control header Vaadin
 * writes for a file it serves is replaced, so a missing file or an error is cached no longer than before.
 */
public class ImmutableAssetsFilter extends OncePerRequestFilter {

    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Vite's content hash: a dash and 8 characters of base64url before the extension. */
    static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?|svg|png)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HASHED.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, immutable(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, immutable(name, value));
            }

            private String immutable(String name, String value) {
                return "Cache-Control".equalsIgnoreCase(name) && getStatus() < 300 ? IMMUTABLE : value;
            }
        });
    }
}
