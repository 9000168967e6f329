package app.haat.core.export;

import app.haat.core.i18n.Translator;
import java.util.List;
import java.util.Locale;

/** The words of one export in the caller's language: column titles, yes and no, and which name to pick. */
public record ExportText(Translator translator, Locale locale) {

    public boolean bengali() {
        return Translator.BENGALI.equals(Translator.supported(locale));
    }

    public String of(String key, Object... params) {
        return translator.getTranslation(key, locale, params);
    }

    public List<String> header(List<String> keys) {
        return keys.stream().map(this::of).toList();
    }

    public String yesNo(boolean value) {
        return of(value ? "export.yes" : "export.no");
    }

    /** The English or the Bengali of a name kept in both scripts. */
    public String pick(String english, String bengali) {
        return bengali() ? bengali : english;
    }
}
