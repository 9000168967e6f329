package app.haat.centre;

import app.haat.core.config.HtmlTemplates;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * {@code GET /certificates/{reference}}: a training certificate's public record (who, of which group, which topics,
 * when), server-rendered without script and without sign-in, in Bengali ({@code ?lang=en}: English). The QR code
 * on the certificate opens it, so anyone shown a certificate can check it.
 */
@RestController
class CertificatePageController {

    private final CertificateService certificates;
    private final Translator translator;
    private final TemplateEngine engine = HtmlTemplates.engine("templates/certificate/");

    CertificatePageController(CertificateService certificates, Translator translator) {
        this.certificates = certificates;
        this.translator = translator;
    }

    @GetMapping("/certificates/{reference}")
    ResponseEntity<String> certificate(@PathVariable String reference, @RequestParam(defaultValue = "bn") String lang) {
        boolean bengali = !"en".equals(lang);
        Locale locale = Translator.forLanguage(bengali ? "bn" : "en");
        var found = certificates.find(reference);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", bengali ? "bn" : "en");
        model.put("appName", text(locale, "app.name"));
        model.put("title", text(locale, "certificate.title"));
        model.put("switchLink", "/certificates/" + reference + "?lang=" + (bengali ? "en" : "bn"));
        model.put("switchText", bengali ? "English" : "বাংলা");
        model.put("certificate", found.orElse(null));
        model.put("unknown", text(locale, "certificate.unknown"));
        found.ifPresent(c -> {
            model.put("certifies", text(locale, "certificate.certifies"));
            model.put("ofGroup", text(locale, "certificate.ofGroup", c.group()));
            model.put("completed", text(locale, "certificate.completed"));
            model.put("topics", c.topics().stream().map(t -> t.name(bengali)).toList());
            model.put("date", text(locale, "certificate.date", Formats.date(c.trainedOn(), locale)));
            model.put("referenceLabel", text(locale, "letter.reference"));
        });
        return ResponseEntity.status(found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(engine.process("certificate", new Context(Locale.ROOT, model)));
    }

    private String text(Locale locale, String key, Object... params) {
        return translator.getTranslation(key, locale, params);
    }
}
