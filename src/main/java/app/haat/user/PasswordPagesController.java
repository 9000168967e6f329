package app.haat.user;

import static app.haat.core.web.PublicPages.seeOther;

import app.haat.core.api.ValidationException;
import app.haat.core.web.PublicPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot password" and the page behind the e-mailed link, server-rendered like the sign-in page. The answer to a
 * request never says whether the account exists. Groups get a one-time code by SMS once issue 19's code step is in
 * (see entry/code.html); until then the page tells them so.
 */
@Controller
class PasswordPagesController {

    private final PublicPages pages;
    private final PasswordResetService resets;

    PasswordPagesController(PublicPages pages, PasswordResetService resets) {
        this.pages = pages;
        this.resets = resets;
    }

    @GetMapping("/forgot-password")
    ResponseEntity<String> forgot(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String sent) {
        String language = pages.language(request, response, lang);
        Map<String, Object> model = pages.model(request, language, "/forgot-password");
        model.put("sent", sent != null);
        return pages.render("forgot", language, model, HttpStatus.OK);
    }

    @PostMapping("/forgot-password")
    ResponseEntity<String> requestLink(@RequestParam(defaultValue = "") String login) {
        resets.requestReset(login);
        return seeOther("/forgot-password?sent");
    }

    @GetMapping("/reset-password")
    ResponseEntity<String> choose(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String token) {
        String language = pages.language(request, response, lang);
        Map<String, Object> model = resetModel(request, language, token);
        model.put("valid", resets.isValid(token));
        return pages.render("reset", language, model, HttpStatus.OK);
    }

    @PostMapping("/reset-password")
    ResponseEntity<String> reset(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat) {
        String language = pages.language(request, response, lang);
        Map<String, Object> model = resetModel(request, language, token);
        model.put("valid", true);
        if (!password.equals(repeat)) {
            model.put("errors", Map.of("repeat", List.of("reset.error.mismatch")));
            return pages.render("reset", language, model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            resets.reset(token, password);
        } catch (ValidationException e) {
            if (e.errors().contains("reset.error.invalidToken")) {
                model.put("valid", false);
            } else {
                model.put("errors", Map.of("password", e.errors()));
            }
            return pages.render("reset", language, model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        model.put("done", true);
        return pages.render("reset", language, model, HttpStatus.OK);
    }

    private Map<String, Object> resetModel(HttpServletRequest request, String language, @Nullable String token) {
        Map<String, Object> model = pages.model(request, language, "/reset-password");
        // the language link keeps the token, or the switch would lose the page
        model.put(
                "switchLink",
                "/reset-password?token=" + (token == null ? "" : urlEncoded(token)) + "&lang="
                        + ("bn".equals(language) ? "en" : "bn"));
        model.put("token", token == null ? "" : token);
        model.put("done", false);
        model.put("errors", Map.of());
        model.put("values", Map.of());
        return model;
    }

    private static String urlEncoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
