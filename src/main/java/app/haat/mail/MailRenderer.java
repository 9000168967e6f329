package app.haat.mail;

import app.haat.core.config.HtmlTemplates;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a message from its template (Thymeleaf, one per type and language, subject in the title), derives the
 * plain-text alternative from the HTML, and adds the .ics and the PDF allotment letter where they apply.
 */
@Component
public class MailRenderer {

    private final TemplateEngine engine = HtmlTemplates.engine("templates/");
    private final CalendarAttachment calendar;
    private final AllotmentLetter letter;

    public MailRenderer(CalendarAttachment calendar, AllotmentLetter letter) {
        this.calendar = calendar;
        this.letter = letter;
    }

    public RenderedMail render(MessageType type, String language, Map<String, Object> model) {
        Locale locale = Translator.forLanguage(language);
        Context context = new Context(locale, readable(model, locale));
        String html = engine.process(type.template(locale.getLanguage()), context);
        Document document = Jsoup.parse(html);
        String subject = document.title().strip();
        if (subject.isEmpty()) {
            throw new IllegalStateException("template " + type.template(language) + " has no title (subject)");
        }
        List<RenderedMail.Attachment> attachments = new ArrayList<>();
        if (calendar.applies(model)) {
            attachments.add(new RenderedMail.Attachment(
                    "haat.ics",
                    "text/calendar; charset=UTF-8; method="
                            + (CalendarAttachment.cancels(model) ? "CANCEL" : "PUBLISH"),
                    calendar.render(model)));
        }
        if (type.hasAllotmentLetter()) {
            String reference =
                    String.valueOf(model.getOrDefault("reference", "letter")).replaceAll("[^A-Za-z0-9-]", "-");
            attachments.add(new RenderedMail.Attachment(
                    "allotment-" + reference + ".pdf", "application/pdf", letter.render(model, locale)));
        }
        return new RenderedMail(subject, html, toText(document), attachments);
    }

    /**
     * The model as the template shows it: counts and minutes in the reader's digits (১০ in Bengali). Ids, which go
     * into links, and codes, which are always Latin, stay as they are.
     */
    private static Map<String, Object> readable(Map<String, Object> model, Locale locale) {
        Map<String, Object> shown = new HashMap<>(model);
        shown.replaceAll((key, value) ->
                (value instanceof Integer || value instanceof Long) && !key.endsWith("Id") && !key.equals("code")
                        ? Formats.number(((Number) value).longValue(), locale)
                        : value);
        return shown;
    }

    /** Plain text for mail programs without HTML: paragraphs and list items on their own lines, links spelled out. */
    static String toText(Document document) {
        StringBuilder out = new StringBuilder();
        appendText(document.body(), out);
        return out.toString()
                        .replaceAll("[ \\t]+\\n", "\n")
                        .replaceAll("\\n{3,}", "\n\n")
                        .strip() + "\n";
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text().replaceAll("\\s+", " "));
            } else if (child instanceof Element element) {
                String tag = element.tagName();
                boolean block = List.of("p", "div", "h1", "h2", "h3", "li", "tr", "table", "ul", "ol")
                        .contains(tag);
                if (tag.equals("br")) {
                    out.append('\n');
                    continue;
                }
                if (block) {
                    out.append('\n');
                }
                if (tag.equals("li")) {
                    out.append("- ");
                }
                if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
                appendText(element, out);
                if (tag.equals("a")
                        && element.hasAttr("href")
                        && !element.text().equals(element.attr("href"))) {
                    out.append(" (").append(element.attr("href")).append(')');
                }
                if (block) {
                    out.append('\n');
                }
            }
        }
    }
}
