package app.haat.core.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every visible string comes from here: bundles {@code vaadin-i18n/translations_en} and {@code _bn}. Vaadin finds
 * this bean as its I18NProvider; services use it for e-mails and API messages.
 */
@Component
public class Translator implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale BENGALI = Locale.forLanguageTag("bn");
    private static final String BUNDLE = "vaadin-i18n/translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, BENGALI);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return params.length == 0
                ? pattern
                : new MessageFormat(pattern, supported(locale)).format(readable(params, locale));
    }

    /** Whole numbers given as numbers are written the Indian way in the reader's digits (১,০০,০০০ in Bengali). */
    private static Object[] readable(Object[] params, Locale locale) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Long || out[i] instanceof Integer || out[i] instanceof Short) {
                out[i] = Formats.number(((Number) out[i]).longValue(), supported(locale));
            }
        }
        return out;
    }

    public String english(String key, Object... params) {
        return getTranslation(key, ENGLISH, params);
    }

    /** The English text of a translation key, or the text itself when it is not a key. */
    public String englishOrRaw(String keyOrText) {
        String english = english(keyOrText);
        return english.startsWith("!") ? keyOrText : english;
    }

    /** Bengali for "bn", English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "bn".equals(locale.getLanguage()) ? BENGALI : ENGLISH;
    }

    public static Locale forLanguage(String language) {
        return "bn".equals(language) ? BENGALI : ENGLISH;
    }
}
