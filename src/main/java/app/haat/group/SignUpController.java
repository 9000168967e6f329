package app.haat.group;

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
import org.springframework.http.HttpHeaders;
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
    private static final List<String> TEXT_FIELDS = List.of("name", "ward", "members", "leader", "mobile", "email");

    private final PublicPages pages;
    private final SignUpService signUps;
    private final GroupService groups;
    private final RegionService regions;

    SignUpController(PublicPages pages, SignUpService signUps, GroupService groups, RegionService regions) {
        this.pages = pages;
        this.signUps = signUps;
        this.groups = groups;
        this.regions = regions;
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
            return pages.render("signup", language, withChoices(model, language), HttpStatus.OK);
        }
        Map<String, Object> model = pages.model(request, language, "/signup");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("members", "bn".equals(language) ? "১০" : "10");
        model.put("values", values);
        return pages.render("signup", language, withChoices(model, language), HttpStatus.OK);
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
        String mobile = Formats.latinDigits(param(request, "mobile"));
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
            signUps.signUp(form);
            request.getSession().setAttribute(DONE, IndianFormats.mobile(mobile).orElse(mobile));
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, "/signup?done")
                    .build();
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
        return pages.render("signup", language, withChoices(model, language), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The municipalities by district and the categories, named in the page's language. */
    private Map<String, Object> withChoices(Map<String, Object> model, String language) {
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
        // the number's verification by one-time code (issue 19) goes here: see entry/code.html
        model.put("codeVerify", false);
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
