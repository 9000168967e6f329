package app.haat.core.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One tap between English and Bengali. The button names the other language in its own script ("বাংলা" /
 * "English"), so it is readable whichever language the page is in.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(Consumer<String> onChange) {
        Locale current = Translator.supported(UI.getCurrent().getLocale());
        boolean bengali = Translator.BENGALI.equals(current);
        setText(bengali ? "English" : "বাংলা");
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // the name read out is the text shown (axe: label-content-name-mismatch), in its own language's voice
        getElement().setAttribute("lang", bengali ? "en" : "bn");
        getElement().setAttribute("title", getTranslation("language.switch"));
        addClickListener(e -> {
            String language = bengali ? "en" : "bn";
            onChange.accept(language);
            apply(Translator.forLanguage(language));
            UI.getCurrent().getPage().reload();
        });
    }

    /**
     * Sets the locale for this browser session and its open page, and remembers it in the language cookie, so the
     * sign-in page speaks it too.
     */
    public static void apply(Locale locale) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request != null && response != null) {
            response.addCookie(LanguageCookie.cookie(locale.getLanguage(), request.isSecure()));
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
            markPage(ui);
        }
    }

    /** Sets the page's lang attribute, which picks the Bengali font settings in styles.css. */
    public static void markPage(UI ui) {
        ui.getPage()
                .executeJs(
                        "document.documentElement.setAttribute('lang', $0)",
                        ui.getLocale().getLanguage());
    }
}
