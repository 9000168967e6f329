package app.haat.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Phonetic key of one word, so that a word typed in Bengali script and the same word typed in Latin letters (with the
 * inconsistent romanisation people actually use) get the same key: {@code key("স্বনির্ভর")}, {@code key("swanirbhar")},
 * {@code key("sanirvar")} and {@code key("swanirvor")} are all {@code "snirbr"}.
 *
 * <p>A Bengali word is first romanised the way people type it (শ ষ → sh, য → j, য় → y, ড় → r, ব-phala → w,
 * য-phala → y, ঁ → n, the inherent vowel written only where it is pronounced). Latin input has its diacritics folded
 * (ā → a, ś → s, ṁ → m, ẏ → y). Both then go through the same reduction to a consonant skeleton:
 * <ul>
 * <li>the inherent vowel is written a or o, and is often dropped or written e in anglicised names (Samiti/Somity,
 * Halder/Haldar, Mukherjee/Mukharji), so a, o and e are dropped after the first letter; i and u are kept as
 * {@code i}/{@code u} (ee, ī, y at the end → i; oo, ū, ou → u);</li>
 * <li>aspiration is not written consistently, so h after a consonant is dropped (th/t, bh/b, sh/s, chh/ch, kh/k …),
 * as is a word-final h (Allah/Alla);</li>
 * <li>letters typed interchangeably are merged: v → b (Swanirvar/Swanirbhar), f → p (ফ), z → j, q → k, x → ks,
 * ksh/kkh/ks → k (ক্ষ: Lakshmi/Laxmi, Kheer/ক্ষীর), c → k or s, ch/chh/cch → c;</li>
 * <li>w or v after a consonant is the silent ব-phala (Swapna/Sapna) and y between a consonant and a vowel is the
 * য-phala (Shyamali/Shamali), so both are dropped; an initial y before a vowel is য (Yamuna/Jamuna);</li>
 * <li>ং and ঙ are typed ng, n or m: ng before a consonant and m before s become n (Hangseswari/Hanseswari);</li>
 * <li>doubled letters are written at will (Pallisree/Palisree, Dutta), so runs of one letter collapse;</li>
 * <li>the anglicised place-name endings -pore and -gunge are read as -pur and -ganj.</li>
 * </ul>
 * Digits are kept. The key never throws: empty or punctuation-only input gives {@code ""}.
 */
public final class PhoneticKey {

    static final char ZWNJ = '\u200C';
    static final char ZWJ = '\u200D';

    private PhoneticKey() {}

    /** The phonetic key of one word in Bengali script, Latin letters or a mix of both. */
    public static String key(String token) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        return skeleton(toLatin(token));
    }

    /** Whether the token contains any character of the Bengali block. */
    public static boolean isBengali(String token) {
        return token != null && token.chars().anyMatch(c -> isBengaliChar((char) c));
    }

    private static boolean isBengaliChar(char c) {
        return c >= '\u0980' && c <= '\u09FF';
    }

    // ------------------------------------------------------------------ to lower-case ASCII

    /** Romanises the Bengali runs and folds the rest to a-z and 0-9, dropping everything else. */
    static String toLatin(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        StringBuilder bengali = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isBengaliChar(c) || c == ZWJ || c == ZWNJ) {
                bengali.append(c);
                continue;
            }
            flush(bengali, out);
            appendFolded(c, out);
        }
        flush(bengali, out);
        return out.toString();
    }

    private static void flush(StringBuilder bengali, StringBuilder out) {
        if (!bengali.isEmpty()) {
            out.append(BengaliRomaniser.romanise(bengali.toString()));
            bengali.setLength(0);
        }
    }

    private static void appendFolded(char c, StringBuilder out) {
        if (isAsciiLetterOrDigit(c)) {
            out.append(c);
        } else if (c > 0x7F) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            decomposed.chars().filter(d -> isAsciiLetterOrDigit((char) d)).forEach(d -> out.append((char) d));
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    // ------------------------------------------------------------------ skeleton

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c);
    }

    private static String skeleton(String latin) {
        String s = letters(anglicisedEndings(latin));
        s = dropAspiration(s);
        s = s.replace("ks", "k");
        s = nasals(s);
        return collapseRepeats(vowels(s));
    }

    private static String anglicisedEndings(String s) {
        if (s.length() > 5 && s.endsWith("pore")) {
            return s.substring(0, s.length() - 4) + "pur";
        }
        if (s.length() > 5 && s.endsWith("nge")) {
            return s.substring(0, s.length() - 3) + "nj";
        }
        return s;
    }

    /** Letter-level merges: x q z v f c w y, ee and oo. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char prev = b.isEmpty() ? 0 : b.charAt(b.length() - 1);
            switch (c) {
                case 'x' -> b.append("ks");
                case 'q' -> b.append('k');
                case 'z' -> b.append('j');
                case 'f' -> b.append('p');
                case 'v' -> appendV(prev, b);
                case 'w' -> appendW(prev, b);
                case 'c' -> appendC(next, b);
                case 'y' -> appendY(prev, next, b);
                case 'e', 'o' -> {
                    if (next == c) {
                        b.append(c == 'e' ? 'i' : 'u');
                        i++;
                    } else {
                        b.append(c);
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** v is b, except after a consonant other than r, l, m, where it is the silent ব-phala (sv, dv). */
    private static void appendV(char prev, StringBuilder b) {
        if (!isConsonant(prev) || "rlm".indexOf(prev) >= 0) {
            b.append('b');
        }
    }

    /** w after a consonant is the silent ব-phala (sw, dw); elsewhere it is a vowel glide, read as u. */
    private static void appendW(char prev, StringBuilder b) {
        if (!isConsonant(prev)) {
            b.append('u');
        }
    }

    private static void appendC(char next, StringBuilder b) {
        if (next == 'h' || next == 'c') {
            b.append('c');
        } else if (next == 'e' || next == 'i' || next == 'y') {
            b.append('s');
        } else if (next != 'k') {
            b.append('k');
        }
    }

    /** y: initial before a vowel is য (j); between a consonant and a vowel the য-phala (dropped); else the vowel i. */
    private static void appendY(char prev, char next, StringBuilder b) {
        boolean beforeVowel = isVowel(next) || next == 'y';
        if (b.isEmpty() && isVowel(next)) {
            b.append('j');
        } else if (!(beforeVowel && isConsonant(prev)) && prev != 'i') {
            b.append('i');
        }
    }

    private static String dropAspiration(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean afterConsonant = !b.isEmpty() && isConsonant(b.charAt(b.length() - 1));
            boolean wordFinal = i == s.length() - 1 && i > 0;
            if (c == 'h' && (afterConsonant || wordFinal)) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** ng before a consonant and m before s are the nasal ং/ঙ, typed n. */
    private static String nasals(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char afterNext = i + 2 < s.length() ? s.charAt(i + 2) : 0;
            if (c == 'm' && i > 0 && next == 's') {
                c = 'n';
            }
            b.append(c);
            if (c == 'n' && next == 'g' && isConsonant(afterNext)) {
                i++;
            }
        }
        return b.toString();
    }

    /** Keeps the class of an initial vowel run (a, i or u); later runs keep only i or u. */
    private static String vowels(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!isVowel(s.charAt(i))) {
                b.append(s.charAt(i++));
                continue;
            }
            int end = i;
            while (end < s.length() && isVowel(s.charAt(end))) {
                end++;
            }
            char vowelClass = vowelClass(s, i, end);
            if (i == 0 || vowelClass != 'a') {
                b.append(vowelClass);
            }
            i = end;
        }
        return b.toString();
    }

    /** 'a' for runs of a, o and e (the inherent vowel and its spellings), else the last i or u of the run. */
    private static char vowelClass(String s, int from, int to) {
        char vowelClass = 'a';
        for (int k = from; k < to; k++) {
            char v = s.charAt(k);
            if (v == 'i' || v == 'u') {
                vowelClass = v;
            }
        }
        return vowelClass;
    }

    private static String collapseRepeats(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
