package app.haat.core.security;

import app.haat.core.web.PublicPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, server-rendered (no Vaadin bundle before sign-in). Its form posts to Spring Security's form login
 * at {@code POST /login} with the CSRF token; every failure comes back as {@code ?error} and shows the same message,
 * whether the user exists, the password is wrong, the account is locked or disabled.
 */
@Controller
class SignInController {

    private final PublicPages pages;

    SignInController(PublicPages pages) {
        this.pages = pages;
    }

    @GetMapping("/login")
    ResponseEntity<String> signIn(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String error) {
        String language = pages.language(request, response, lang);
        Map<String, Object> model = pages.model(request, language, "/login");
        model.put("error", error != null);
        return pages.render("login", language, model, HttpStatus.OK);
    }
}
