package app.haat.otp;

import static app.haat.core.web.PublicPages.seeOther;

import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.core.i18n.Formats;
import app.haat.core.web.PublicPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A group signs in, or chooses a new password, with a one-time code by SMS: server-rendered pages without script,
 * like the password sign-in. The steps: the number (a code is asked for, with the same answer whether or not it has
 * a group), the code (Latin or Bengali digits), the group when the number belongs to several, and for a reset the new
 * password. The number waiting for its code is kept in the session, never in the page.
 */
@Controller
class CodePagesController {

    /** The two flows: where they live, what the code is for, the page's title. */
    enum Flow {
        SIGNIN("/login/code", OtpPurpose.SIGNIN, "otp.signin.title"),
        RESET("/reset/code", OtpPurpose.RESET, "otp.reset.title");

        final String path;
        final OtpPurpose purpose;
        final String title;

        Flow(String path, OtpPurpose purpose, String title) {
            this.path = path;
            this.purpose = purpose;
            this.title = title;
        }

        String mobileKey() {
            return "haat.otp." + name() + ".mobile";
        }
    }

    private static final String RESET_TICKET = "haat.otp.RESET.ticket";

    private final PublicPages pages;
    private final OtpService otp;

    CodePagesController(PublicPages pages, OtpService otp) {
        this.pages = pages;
        this.otp = otp;
    }

    @GetMapping({"/login/code", "/reset/code"})
    ResponseEntity<String> page(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang) {
        Flow flow = request.getRequestURI().startsWith("/reset") ? Flow.RESET : Flow.SIGNIN;
        String language = pages.language(request, response, lang);
        String mobile = pending(request, flow);
        return render(request, flow, language, mobile == null ? "number" : "code", List.of(), HttpStatus.OK);
    }

    /** Asks for a code for the number typed; a number that is not a mobile number is refused with the reason. */
    @PostMapping({"/login/code/send", "/reset/code/send"})
    ResponseEntity<String> send(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String mobile,
            @RequestParam(required = false) @Nullable String lang) {
        Flow flow = request.getRequestURI().startsWith("/reset") ? Flow.RESET : Flow.SIGNIN;
        String language = pages.language(request, response, lang);
        String number = TextInput.indianMobile(mobile).orElse(null);
        if (number == null) {
            return render(
                    request, flow, language, "number", List.of("group.error.mobile"), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        otp.request(number, flow.purpose, request.getRemoteAddr(), language);
        request.getSession(true).setAttribute(flow.mobileKey(), number);
        return seeOther(flow.path + "?sent");
    }

    /** Another number: back to the first step. */
    @PostMapping({"/login/code/restart", "/reset/code/restart"})
    ResponseEntity<String> restart(HttpServletRequest request) {
        Flow flow = request.getRequestURI().startsWith("/reset") ? Flow.RESET : Flow.SIGNIN;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(flow.mobileKey());
            session.removeAttribute(RESET_TICKET);
        }
        return seeOther(flow.path);
    }

    @PostMapping("/login/code")
    ResponseEntity<String> signIn(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String lang) {
        return withPendingNumber(request, response, Flow.SIGNIN, lang, (mobile, language) -> {
            OtpService.CodeSignIn result = otp.signInWithCode(mobile, code, groupId(group), request, response);
            if (result.signedIn() == null) {
                return choose(request, Flow.SIGNIN, language, code, result.choices());
            }
            Objects.requireNonNull(request.getSession(false)).removeAttribute(Flow.SIGNIN.mobileKey());
            return seeOther("/");
        });
    }

    @PostMapping("/reset/code")
    ResponseEntity<String> reset(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String lang) {
        return withPendingNumber(request, response, Flow.RESET, lang, (mobile, language) -> {
            OtpService.ResetGrant grant = otp.verifyReset(mobile, code, groupId(group));
            if (grant.ticket() == null) {
                return choose(request, Flow.RESET, language, code, grant.choices());
            }
            HttpSession session = request.getSession(true);
            session.removeAttribute(Flow.RESET.mobileKey());
            session.setAttribute(RESET_TICKET, grant.ticket());
            return render(request, Flow.RESET, language, "password", List.of(), HttpStatus.OK);
        });
    }

    /** What a flow does with the code typed for its number (in the page's language). */
    @FunctionalInterface
    private interface CodeStep {
        ResponseEntity<String> take(String mobile, String language);
    }

    /**
     * The code step both flows share: the number waiting for its code (none: back to the first step), then the
     * flow's own step; a code refused shows the code page again with the reason.
     */
    private ResponseEntity<String> withPendingNumber(
            HttpServletRequest request, HttpServletResponse response, Flow flow, @Nullable String lang, CodeStep step) {
        String language = pages.language(request, response, lang);
        String mobile = pending(request, flow);
        if (mobile == null) {
            return seeOther(flow.path);
        }
        try {
            return step.take(mobile, language);
        } catch (ValidationException e) {
            return render(request, flow, language, "code", e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @PostMapping("/reset/code/password")
    ResponseEntity<String> newPassword(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String repeat,
            @RequestParam(required = false) @Nullable String lang) {
        String language = pages.language(request, response, lang);
        HttpSession session = request.getSession(false);
        Object ticket = session == null ? null : session.getAttribute(RESET_TICKET);
        if (!(ticket instanceof String granted)) {
            return seeOther(Flow.RESET.path);
        }
        if (password == null || !password.equals(repeat)) {
            return render(
                    request,
                    Flow.RESET,
                    language,
                    "password",
                    List.of("reset.error.mismatch"),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            String username = otp.resetPassword(granted, password);
            session.removeAttribute(RESET_TICKET);
            Map<String, Object> model = model(request, Flow.RESET, language, "done", List.of());
            model.put("username", username);
            return pages.render("code-page", language, model, HttpStatus.OK);
        } catch (ValidationException e) {
            return render(request, Flow.RESET, language, "password", e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private ResponseEntity<String> choose(
            HttpServletRequest request,
            Flow flow,
            String language,
            @Nullable String code,
            List<OtpService.GroupChoice> choices) {
        Map<String, Object> model = model(request, flow, language, "choose", List.of());
        model.put("code", code == null ? "" : code);
        model.put("choices", choices);
        return pages.render("code-page", language, model, HttpStatus.OK);
    }

    private ResponseEntity<String> render(
            HttpServletRequest request,
            Flow flow,
            String language,
            String step,
            List<String> errors,
            HttpStatus status) {
        return pages.render("code-page", language, model(request, flow, language, step, errors), status);
    }

    private Map<String, Object> model(
            HttpServletRequest request, Flow flow, String language, String step, List<String> errors) {
        Map<String, Object> model = pages.model(request, language, flow.path);
        String mobile = pending(request, flow);
        model.put("flow", flow.name().toLowerCase());
        model.put("action", flow.path);
        model.put("title", flow.title);
        model.put("step", step);
        model.put("refusals", errors);
        model.put("sent", request.getParameter("sent") != null);
        model.put("mobile", mobile == null ? "" : "bn".equals(language) ? Formats.bengaliDigits(mobile) : mobile);
        model.put("choices", List.of());
        model.put("code", "");
        model.put("username", "");
        return model;
    }

    private static @Nullable String pending(HttpServletRequest request, Flow flow) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(flow.mobileKey()) instanceof String mobile ? mobile : null;
    }

    private static @Nullable Long groupId(@Nullable String group) {
        var number = Formats.wholeNumber(group == null ? "" : group);
        return number.isPresent() ? (long) number.getAsInt() : null;
    }
}
