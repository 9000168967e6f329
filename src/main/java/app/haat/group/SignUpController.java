package app.haat.group;

import static app.haat.core.web.PublicPages.seeOther;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.web.PublicPages;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A group leader registers the group from a phone, in Bengali or English: a server-rendered form (no script) posting
 * to {@link SignUpService}, with its rules and its answer, the same whether or not the number is registered already.
 * Number fields take Bengali and Latin digits alike. A refusal shows each message under its field.
 */
@Controller
class SignUpController {

    /** The field each refusal of the sign-up belongs to; any other refusal shows above the form only. */
    static final Map<String, String> FIELD_OF = Map.ofEntries(
            Map.entry("group.error.name", "name"),
            Map.entry("group.error.nameLong", "name"),
            Map.entry("group.error.municipality", "municipality"),
            Map.entry("group.error.ward", "ward"),
            Map.entry("group.error.members", "members"),
            Map.entry("group.error.leader", "leader"),
            Map.entry("group.error.mobile", "mobile"),
            Map.entry("user.error.passwordShort", "password"),
            Map.entry("user.error.passwordLong", "password"),
            Map.entry("user.error.email", "email"),
            Map.entry("group.error.category", "categories"),
            Map.entry("group.error.consent", "consent"));

    private static final String DONE = "haat.signup.done";
    /** The number a code was sent to, then the number verified and its ticket: kept in the session, not the page. */
    private static final String PENDING = "haat.signup.pending";

    private static final String VERIFIED = "haat.signup.verified";
    private static final String TICKET = "haat.signup.ticket";
    private static final List<String> TEXT_FIELDS = List.of("name", "ward", "members", "leader", "mobile", "email");

    private final PublicPages pages;
    private final SignUpService signUps;
    private final GroupService groups;
    private final RegionService regions;
    private final MobileVerification verification;

    SignUpController(
            PublicPages pages,
            SignUpService signUps,
            GroupService groups,
            RegionService regions,
            MobileVerification verification) {
        this.pages = pages;
        this.signUps = signUps;
        this.groups = groups;
        this.regions = regions;
        this.verification = verification;
    }

    /**
     * The first step: a code to the number typed. The answer is the same whether or not a group has the number (such
     * a number gets no code, and its group is told by SMS); a number that is not a mobile number is refused.
     */
    @PostMapping("/signup/code")
    ResponseEntity<String> sendCode(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String mobile,
            @RequestParam(required = false) @Nullable String lang) {
        String language = pages.language(request, response, lang);
        String number = IndianFormats.mobile(mobile).orElse(null);
        if (number == null) {
            return verifyStep(request, language, List.of("group.error.mobile"));
        }
        verification.sendSignUpCode(number, language, request.getRemoteAddr());
        HttpSession session = request.getSession(true);
        session.setAttribute(PENDING, number);
        session.removeAttribute(VERIFIED);
        session.removeAttribute(TICKET);
        return seeOther("/signup?sent");
    }

    /** The second step: the code typed back (Latin or Bengali digits) verifies the number for the form. */
    @PostMapping("/signup/verify")
    ResponseEntity<String> verify(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String lang) {
        String language = pages.language(request, response, lang);
        String pending = attribute(request, PENDING);
        if (pending == null) {
            return seeOther("/signup");
        }
        try {
            String ticket = verification.verifySignUpCode(pending, code, request.getRemoteAddr());
            HttpSession session = request.getSession(true);
            session.removeAttribute(PENDING);
            session.setAttribute(VERIFIED, pending);
            session.setAttribute(TICKET, ticket);
            return seeOther("/signup");
        } catch (ValidationException e) {
            return verifyStep(request, language, e.errors());
        }
    }

    /** Another number: the verification starts again. */
    @PostMapping("/signup/number")
    ResponseEntity<String> otherNumber(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
            session.removeAttribute(VERIFIED);
            session.removeAttribute(TICKET);
        }
        return seeOther("/signup");
    }

    private ResponseEntity<String> verifyStep(HttpServletRequest request, String language, List<String> refusals) {
        Map<String, Object> model = pages.model(request, language, "/signup");
        model.put("codeRefusals", refusals);
        return pages.render("signup", language, withChoices(model, language, request), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private static @Nullable String attribute(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(name) instanceof String value ? value : null;
    }

    @GetMapping("/signup")
    ResponseEntity<String> form(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String done) {
        String language = pages.language(request, response, lang);
        HttpSession session = request.getSession(false);
        Object registered = session == null ? null : session.getAttribute(DONE);
        if (done != null && registered instanceof String mobile) {
            session.removeAttribute(DONE);
            Map<String, Object> model = pages.model(request, language, "/signup");
            model.put("registered", "bn".equals(language) ? Formats.bengaliDigits(mobile) : mobile);
            return pages.render("signup", language, withChoices(model, language, request), HttpStatus.OK);
        }
        Map<String, Object> model = pages.model(request, language, "/signup");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("members", "bn".equals(language) ? "১০" : "10");
        model.put("values", values);
        return pages.render("signup", language, withChoices(model, language, request), HttpStatus.OK);
    }

    @PostMapping("/signup")
    ResponseEntity<String> signUp(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(name = "category", required = false) @Nullable List<String> categories) {
        String language = pages.language(request, response, lang);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            values.put(field, param(request, field));
        }
        String municipality = param(request, "municipality");
        values.put("municipality", municipality);
        Set<String> chosen = categories == null ? Set.of() : new LinkedHashSet<>(categories);
        boolean consent = request.getParameter("consent") != null;
        String verified = attribute(request, VERIFIED);
        String mobile = verified == null ? "" : verified;
        SignUpForm form = new SignUpForm(
                param(request, "name"),
                id(municipality),
                param(request, "ward"),
                members(param(request, "members")),
                param(request, "leader"),
                mobile,
                request.getParameter("password"),
                param(request, "email"),
                consent,
                chosen,
                language);
        List<String> refusals;
        try {
            signUps.signUp(form, attribute(request, TICKET));
            HttpSession session = request.getSession();
            session.removeAttribute(VERIFIED);
            session.removeAttribute(TICKET);
            session.setAttribute(DONE, mobile);
            return seeOther("/signup?done");
        } catch (ValidationException e) {
            refusals = e.errors();
        } catch (ConflictException e) {
            refusals = List.of(String.valueOf(e.getMessage()));
        }
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String key : refusals) {
            byField.computeIfAbsent(FIELD_OF.getOrDefault(key, "form"), f -> new ArrayList<>())
                    .add(key);
        }
        Map<String, Object> model = pages.model(request, language, "/signup");
        model.put("values", values);
        model.put("chosen", chosen);
        model.put("consent", consent);
        model.put("refusals", refusals);
        model.put("errors", byField);
        return pages.render("signup", language, withChoices(model, language, request), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The municipalities by district and the categories, named in the page's language. */
    private Map<String, Object> withChoices(Map<String, Object> model, String language, HttpServletRequest request) {
        boolean bengali = "bn".equals(language);
        Collator collator = Collator.getInstance(Translator.forLanguage(language));
        Comparator<String> byName = collator::compare;
        Map<String, List<Municipality>> districts = new java.util.TreeMap<>(byName);
        for (Municipality m : regions.municipalities()) {
            districts
                    .computeIfAbsent(bengali ? m.districtBn() : m.districtEn(), d -> new ArrayList<>())
                    .add(m);
        }
        Map<String, List<Option>> options = new LinkedHashMap<>();
        districts.forEach((district, places) -> options.put(
                district,
                places.stream()
                        .map(m -> new Option(
                                String.valueOf(m.id()), bengali ? m.nameBn() + " · " + m.nameEn() : m.nameEn()))
                        .sorted(Comparator.comparing(Option::label, byName))
                        .toList()));
        model.put("districts", options);
        model.put(
                "categories",
                groups.categories().stream()
                        .map(c -> new Option(c.code(), bengali ? c.nameBn() : c.nameEn()))
                        .toList());
        model.putIfAbsent("values", Map.of());
        model.putIfAbsent("chosen", Set.of());
        model.putIfAbsent("consent", false);
        model.putIfAbsent("refusals", List.of());
        model.putIfAbsent("errors", Map.of());
        model.putIfAbsent("registered", null);
        // the number is verified by a code before the form shows (issue 19)
        String verified = attribute(request, VERIFIED);
        String pending = attribute(request, PENDING);
        String shown = verified != null ? verified : pending;
        model.put("verifyStep", verified != null ? "verified" : pending != null ? "code" : "number");
        model.put("verifiedMobile", shown == null ? "" : "bn".equals(language) ? Formats.bengaliDigits(shown) : shown);
        model.put("sent", request.getParameter("sent") != null);
        model.putIfAbsent("codeRefusals", List.of());
        return model;
    }

    /** A choice in a list: its value and what it shows. */
    record Option(String value, String label) {}

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static @Nullable Long id(String value) {
        var number = Formats.wholeNumber(value);
        return number.isPresent() ? (long) number.getAsInt() : null;
    }

    /** Members typed in Latin or Bengali digits; what is not a number (0) is left for the rule to refuse. */
    private static int members(String value) {
        return Formats.wholeNumber(value).orElse(0);
    }
}
