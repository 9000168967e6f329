package app.haat.otp;

import static app.haat.core.web.PublicPages.seeOther;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.SecondFactor;
import app.haat.core.security.SecondFactorGate;
import app.haat.core.web.PublicPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
 * The page where an admin whose account asks for a code after its password types the code (server-rendered, like
 * the password sign-in). The session waits for the code ({@link SecondFactorGate}); without a waiting session the
 * page sends the visitor to the password sign-in.
 */
@Controller
class SecondFactorPagesController {

    private final PublicPages pages;
    private final SecondFactorService secondFactor;

    SecondFactorPagesController(PublicPages pages, SecondFactorService secondFactor) {
        this.pages = pages;
        this.secondFactor = secondFactor;
    }

    @GetMapping(SecondFactor.PAGE)
    ResponseEntity<String> page(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang) {
        SecondFactor.Pending pending = pending(request);
        if (pending == null) {
            return seeOther("/login");
        }
        return render(request, pages.language(request, response, lang), pending, List.of(), HttpStatus.OK);
    }

    @PostMapping(SecondFactor.PAGE)
    ResponseEntity<String> check(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String lang) {
        String language = pages.language(request, response, lang);
        SecondFactor.Pending pending = pending(request);
        try {
            secondFactor.signIn(pending, code, request, response);
            return seeOther("/");
        } catch (ValidationException e) {
            if (pending == null || e.errors().contains("otp.error.signInAgain")) {
                forget(request);
                return seeOther("/login");
            }
            return render(request, language, pending, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /** Another code (within the limits of every code). */
    @PostMapping(SecondFactor.PAGE + "/send")
    ResponseEntity<String> resend(HttpServletRequest request) {
        SecondFactor.Pending pending = pending(request);
        if (pending == null) {
            return seeOther("/login");
        }
        if (secondFactor.sendCode(pending.userId(), request.getRemoteAddr()).isEmpty()) {
            forget(request);
            return seeOther("/login");
        }
        return seeOther(SecondFactor.PAGE + "?sent");
    }

    /** Back to the password. */
    @PostMapping(SecondFactor.PAGE + "/restart")
    ResponseEntity<String> restart(HttpServletRequest request) {
        forget(request);
        return seeOther("/login");
    }

    private ResponseEntity<String> render(
            HttpServletRequest request,
            String language,
            SecondFactor.Pending pending,
            List<String> errors,
            HttpStatus status) {
        Map<String, Object> model = pages.model(request, language, SecondFactor.PAGE);
        model.put("refusals", errors);
        model.put("sent", request.getParameter("sent") != null);
        model.put(
                "ending",
                "bn".equals(language) ? Formats.bengaliDigits(pending.mobileEnding()) : pending.mobileEnding());
        return pages.render("second-factor", language, model, status);
    }

    private static SecondFactor.@Nullable Pending pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SecondFactorGate.PENDING) instanceof SecondFactor.Pending p
                ? p
                : null;
    }

    private static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SecondFactorGate.PENDING);
        }
    }
}
