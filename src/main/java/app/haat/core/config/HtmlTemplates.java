package app.haat.core.config;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The one Thymeleaf set-up for the HTML Haat renders itself (messages, the public catalogue): templates from the
 * class path, UTF-8, parsed once and cached.
 */
public final class HtmlTemplates {

    private HtmlTemplates() {}

    /** An engine for the templates under {@code prefix} (e.g. "templates/"), named without their ".html". */
    public static TemplateEngine engine(String prefix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
