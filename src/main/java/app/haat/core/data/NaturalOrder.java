package app.haat.core.data;

import java.util.Comparator;
import java.util.List;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Codes as people count them: K1, K2, K10 (not K1, K10, K2). The same order in Java and in SQL (H2 and PostgreSQL):
 * the code's letters, then its number (fewer digits first, so no cast can overflow), then the code itself.
 */
public final class NaturalOrder {

    /** For lists sorted in Java: kiosk codes on the board, in letters and catalogues. */
    public static final Comparator<String> TEXT = Comparator.comparing(NaturalOrder::letters)
            .thenComparingInt(code -> digits(code).length())
            .thenComparing(NaturalOrder::digits)
            .thenComparing(Comparator.naturalOrder());

    private NaturalOrder() {}

    /** For queries: the ORDER BY terms that sort a code column the way {@link #TEXT} does. */
    public static List<SortField<?>> of(Field<String> code) {
        Field<String> letters = DSL.regexpReplaceAll(code, "[0-9]+", "");
        Field<String> digits = DSL.regexpReplaceAll(code, "[^0-9]+", "");
        return List.of(letters.asc(), DSL.length(digits).asc(), digits.asc(), code.asc());
    }

    private static String letters(String code) {
        return code.replaceAll("[0-9]+", "");
    }

    private static String digits(String code) {
        return code.replaceAll("[^0-9]+", "");
    }
}
