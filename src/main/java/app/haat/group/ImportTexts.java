package app.haat.group;

import app.haat.core.i18n.Translator;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The row errors of an import in the reader's language; numbers are passed as text so they keep Latin digits. */
record ImportTexts(Translator translator, Locale language) {

    String of(String key, @Nullable Object... params) {
        return translator.getTranslation(
                key, language, Arrays.stream(params).map(String::valueOf).toArray());
    }
}
