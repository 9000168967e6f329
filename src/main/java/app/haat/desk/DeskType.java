package app.haat.desk;

import app.haat.core.i18n.LocalizedName;
import java.util.Arrays;
import java.util.List;

/** A request type a centre handles, with the documents to bring (one per line, or separated by semicolons). */
public record DeskType(RequestType type, String documentsEn, String documentsBn) {

    /** The documents to bring, in the current screen's language, one item each. */
    public List<String> documents() {
        String text = LocalizedName.pick(documentsEn, documentsBn, LocalizedName.bengaliScreen());
        return Arrays.stream(text.split("[;\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
