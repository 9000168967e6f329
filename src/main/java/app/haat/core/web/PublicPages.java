package app.haat.core.web;

import app.haat.core.config.HtmlTemplates;
import app.haat.core.i18n.LanguageCookie;
import app.haat.core.i18n.Translator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * The pages a visitor sees before signing in, rendered on the server (templates under {@code templates/entry/}): no
 * Vaadin bundle, no script, the CSS inline, so the first screen is a few kilobytes on a phone. Templates read every
 * text from the bundles as {@code #{key}}; the language comes from {@code ?lang=}, then the language cookie (which
 * {@code ?lang=} sets, and the signed-in UI reads), then the browser's first choice, Bengali when it names none.
 */
@Component
public class PublicPages {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private final TemplateEngine engine = HtmlTemplates.engine("templates/entry/");
    private final boolean demo;

    public PublicPages(Translator translator, @Value("${haat.demo:false}") boolean demo) {
        this.demo = demo;
        engine.setMessageResolver(new BundleMessages(translator));
    }

    /** "bn" or "en" for this request; an explicit {@code lang} is remembered in the language cookie. */
    public String language(HttpServletRequest request, HttpServletResponse response, @Nullable String lang) {
        if (lang != null && (lang.equals("bn") || lang.equals("en"))) {
            response.addCookie(LanguageCookie.cookie(lang, request.isSecure()));
            return lang;
        }
        String remembered = LanguageCookie.read(request.getCookies());
        if (remembered != null) {
            return remembered;
        }
        String accept = request.getHeader("Accept-Language");
        if (accept == null || accept.isBlank()) {
            return "bn";
        }
        return "bn".equals(Translator.supported(request.getLocale()).getLanguage()) ? "bn" : "en";
    }

    /**
     * The model every page has: its language, the link to the same page in the other language, the demo banner
     * and the CSRF token for its forms.
     */
    public Map<String, Object> model(HttpServletRequest request, String language, String path) {
        Map<String, Object> model = new HashMap<>();
        boolean bengali = "bn".equals(language);
        model.put("lang", language);
        model.put("otherLang", bengali ? "en" : "bn");
        // the other language named in its own script, readable whichever language the page is in
        model.put("otherLangName", bengali ? "English" : "বাংলা");
        model.put("switchLink", path + (path.contains("?") ? "&" : "?") + "lang=" + (bengali ? "en" : "bn"));
        model.put("demo", demo);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.put("csrfName", csrf == null ? "_csrf" : csrf.getParameterName());
        model.put("csrfToken", csrf == null ? "" : csrf.getToken());
        return model;
    }

    /** The answer to a form's post that went through: the browser goes on to {@code location} with a GET. */
    public static ResponseEntity<String> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(org.springframework.http.HttpHeaders.LOCATION, location)
                .build();
    }

    /** The page as HTML; never cached (it carries the session's CSRF token). */
    public ResponseEntity<String> render(
            String template, String language, Map<String, Object> model, HttpStatus status) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(html(template, language, model));
    }

    /** The page written straight into the response, for answers given outside a controller (a security filter). */
    void write(
            String template,
            String language,
            Map<String, Object> model,
            HttpStatus status,
            HttpServletResponse response)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(HTML.toString());
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        response.getWriter().write(html(template, language, model));
    }

    private String html(String template, String language, Map<String, Object> model) {
        return engine.process(template, new Context(Translator.forLanguage(language), model));
    }

    /** {@code #{key}} and {@code #{key(param)}} in the templates: the bundles, in the page's language. */
    private static final class BundleMessages extends AbstractMessageResolver {

        private final Translator translator;

        BundleMessages(Translator translator) {
            this.translator = translator;
        }

        @Override
        public String resolveMessage(
                ITemplateContext context, Class<?> origin, String key, Object @Nullable [] messageParameters) {
            Locale locale = context.getLocale();
            return translator.getTranslation(
                    key, locale, messageParameters == null ? new Object[0] : messageParameters);
        }

        @Override
        public String createAbsentMessageRepresentation(
                ITemplateContext context, Class<?> origin, String key, Object @Nullable [] messageParameters) {
            return "!" + key;
        }
    }
}
