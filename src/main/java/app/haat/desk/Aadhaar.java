package app.haat.desk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Aadhaar numbers are never stored or shown in full (UIDAI: mask all but the last four digits). A full number is 12
 * digits, Latin or Bengali, the first 2-9, written together or in groups of four with spaces or hyphens, whose last
 * digit is the Verhoeff check digit of the others; twelve digits failing the check are some other number (a bank
 * account) and stay as they are.
 */
public final class Aadhaar {

    private static final String DIGIT = "[0-9\u09E6-\u09EF]";
    private static final Pattern FULL = Pattern.compile("(?<![0-9\u09E6-\u09EF])([2-9\u09E8-\u09EF]" + DIGIT
            + "{3})[ -]?(" + DIGIT + "{4})[ -]?(" + DIGIT + "{4})(?![0-9\u09E6-\u09EF])");

    private static final int[][] MULTIPLY = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
        {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
        {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
    };
    private static final int[][] PERMUTE = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
        {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
        {9, 4, 5, 3, 1, 2, 8, 6, 7, 0},
        {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
        {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
    };

    private Aadhaar() {}

    /** Whether the text shows a full Aadhaar number anywhere (a document showing one is refused). */
    public static boolean containsFull(@Nullable String text) {
        if (text == null) {
            return false;
        }
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            if (valid(m)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every full Aadhaar number masked as {@code XXXX XXXX 1234}; null stays null. */
    public static @Nullable String mask(@Nullable String text) {
        if (text == null || !containsFull(text)) {
            return text;
        }
        Matcher m = FULL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, valid(m) ? "XXXX XXXX " + m.group(3) : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean valid(Matcher m) {
        return verhoeff(m.group(1) + m.group(2) + m.group(3));
    }

    /** The Verhoeff check over all digits (the check digit last) comes to zero. */
    static boolean verhoeff(String digits) {
        int c = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(digits.length() - 1 - i), 10);
            if (d < 0) {
                return false;
            }
            c = MULTIPLY[c][PERMUTE[i % 8][d]];
        }
        return c == 0;
    }
}
