package app.haat.core.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form of the pages before sign-in posted without a valid CSRF token is refused (403) with a page that says what to
 * do: most often the phone kept the page open until its session ended. Every other refusal goes to {@code others}.
 */
public class ExpiredForms implements AccessDeniedHandler {

    private final PublicPages pages;
    private final Set<String> formPages;
    private final AccessDeniedHandler others;

    public ExpiredForms(PublicPages pages, Set<String> formPages, AccessDeniedHandler others) {
        this.pages = pages;
        this.formPages = formPages;
        this.others = others;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(refused instanceof CsrfException)
                || formPages.stream().noneMatch(page -> path.equals(page) || path.startsWith(page + "/"))
                || response.isCommitted()) {
            others.handle(request, response, refused);
            return;
        }
        String language = pages.language(request, response, null);
        Map<String, Object> model = pages.model(request, language, path);
        model.put("again", path);
        pages.write("expired", language, model, HttpStatus.FORBIDDEN, response);
    }
}
