package app.haat.catalogue;

import app.haat.allocation.DrawService;
import app.haat.core.api.NotFoundException;
import app.haat.core.config.HtmlTemplates;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public catalogue as plain server-rendered pages (no Vaadin application, no script): light enough for a phone
 * on a slow connection, with stable, shareable addresses. Bengali by default; {@code ?lang=en} for English.
 */
@Controller
class CatalogueController {

    private static final List<String> TEXTS = List.of(
            "name",
            "switchLanguage",
            "nothing",
            "onNow",
            "upcoming",
            "noGroups",
            "map",
            "kiosk",
            "shops",
            "all",
            "title",
            "notFound",
            "seeAll",
            "draws",
            "drawPending",
            "drawPublished",
            "drawTitle",
            "drawHash",
            "drawHow",
            "drawRuns",
            "drawChanges",
            "drawJson",
            "drawNoRuns",
            "drawReason",
            "drawSeedHidden",
            "drawNoChanges",
            "drawSeed",
            "drawRedraw");
    /** A municipality's page shows the first stands of each slot; the exhibition's own page shows them all. */
    static final int PREVIEW = 12;

    private final CatalogueService catalogue;
    private final DrawService draws;
    private final Translator translator;
    private final TemplateEngine engine = HtmlTemplates.engine("templates/catalogue/");

    CatalogueController(CatalogueService catalogue, DrawService draws, Translator translator) {
        this.draws = draws;
        this.catalogue = catalogue;
        this.translator = translator;
    }

    @GetMapping("/catalogue")
    ResponseEntity<String> index(@RequestParam(defaultValue = "bn") String lang) {
        boolean bengali = !"en".equals(lang);
        Map<String, Object> model = model(bengali, "/catalogue");
        model.put("places", catalogue.municipalities(bengali));
        model.put("shows", null);
        model.put("draws", draws.listings(bengali));
        return page(model, HttpStatus.OK);
    }

    /** A draw's public record, readable at a public meeting: the commitment, every run, every change after closing. */
    @GetMapping("/catalogue/draw/{id}")
    ResponseEntity<String> draw(@PathVariable long id, @RequestParam(defaultValue = "bn") String lang) {
        boolean bengali = !"en".equals(lang);
        Map<String, Object> model = model(bengali, "/catalogue/draw/" + id);
        try {
            var record = draws.publicDraw(id);
            model.put("draw", record);
            Locale locale = Translator.forLanguage(bengali ? "bn" : "en");
            Map<String, String> words = new HashMap<>();
            for (Role role : Role.values()) {
                words.put(role.name(), translator.getTranslation("role." + role.name(), locale));
            }
            for (String action : List.of(
                    "MOVE",
                    "SWAP",
                    "LOCK",
                    "UNLOCK",
                    "PLACE",
                    "PROMOTE",
                    "UNDO_PROMOTION",
                    "WITHDRAW",
                    "REJECT",
                    "ACCEPT")) {
                words.put(action, translator.getTranslation("draw.action." + action, locale));
            }
            model.put("words", words);
            model.put("title", ((Map<?, ?>) Objects.requireNonNull(model.get("t"))).get("drawTitle"));
            return page("draw", model, HttpStatus.OK);
        } catch (NotFoundException notBegun) {
            model.put("shows", List.of());
            model.put("title", ((Map<?, ?>) Objects.requireNonNull(model.get("t"))).get("notFound"));
            return page(model, HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/catalogue/municipality/{id}")
    ResponseEntity<String> municipality(@PathVariable long id, @RequestParam(defaultValue = "bn") String lang) {
        boolean bengali = !"en".equals(lang);
        Map<String, Object> model = model(bengali, "/catalogue/municipality/" + id);
        model.put("limit", PREVIEW);
        var shows = catalogue.municipality(id, bengali);
        model.put("shows", shows);
        // the exhibitions with a slot longer than the preview get a link to all their groups
        model.put(
                "more",
                shows.stream()
                        .filter(show -> show.slots().values().stream().anyMatch(stands -> stands.size() > PREVIEW))
                        .map(CatalogueService.ShowView::id)
                        .collect(Collectors.toSet()));
        if (!shows.isEmpty()) {
            model.put("title", shows.getFirst().municipality());
        }
        return page(model, HttpStatus.OK);
    }

    @GetMapping("/catalogue/exhibition/{id}")
    ResponseEntity<String> exhibition(@PathVariable long id, @RequestParam(defaultValue = "bn") String lang) {
        boolean bengali = !"en".equals(lang);
        Map<String, Object> model = model(bengali, "/catalogue/exhibition/" + id);
        try {
            var show = catalogue.exhibition(id, bengali);
            model.put("shows", List.of(show));
            model.put("title", show.title());
            return page(model, HttpStatus.OK);
        } catch (NotFoundException unpublished) {
            // the same answer whether it does not exist or is not yet published: nothing leaks
            model.put("shows", List.of());
            model.put("title", ((Map<?, ?>) Objects.requireNonNull(model.get("t"))).get("notFound"));
            return page(model, HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/catalogue/photo/{id}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        try {
            return ResponseEntity.ok()
                    .contentType(MediaType.IMAGE_JPEG)
                    .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                    .body(catalogue.thumbnail(id));
        } catch (NotFoundException notShown) {
            return ResponseEntity.notFound().build();
        }
    }

    private Map<String, Object> model(boolean bengali, String path) {
        Locale locale = Translator.forLanguage(bengali ? "bn" : "en");
        Map<String, String> texts = new HashMap<>();
        for (String key : TEXTS) {
            texts.put(key, translator.getTranslation("catalogue." + key, locale));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("t", texts);
        model.put("lang", bengali ? "bn" : "en");
        model.put("title", texts.get("title"));
        model.put("switchLink", path + "?lang=" + (bengali ? "en" : "bn"));
        model.put("places", null);
        model.put("limit", Integer.MAX_VALUE);
        model.put("more", Set.of());
        model.put("draws", List.of());
        return model;
    }

    private ResponseEntity<String> page(Map<String, Object> model, HttpStatus status) {
        return page("catalogue", model, status);
    }

    private ResponseEntity<String> page(String template, Map<String, Object> model, HttpStatus status) {
        Context context = new Context(Locale.ROOT, model);
        return ResponseEntity.status(status)
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(engine.process(template, context));
    }
}
