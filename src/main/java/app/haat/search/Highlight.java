package app.haat.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a name that a query matched, across scripts: "sarada" marks সারদা, because both have the same
 * phonetic key. Plain text parts, so the view escapes them like any other text.
 */
public final class Highlight {

    /** A word (letters, digits and Bengali marks) or the text between words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}\\u200C\\u200D]+");

    /** One part of a name, matched or not. */
    public record Part(String text, boolean match) {}

    private Highlight() {}

    /** The query's words as keys (and lower-case forms), at most as many as the engine reads. */
    static List<String> queryWords(String text) {
        String cut =
                text.length() > SearchEngine.MAX_QUERY_CHARS ? text.substring(0, SearchEngine.MAX_QUERY_CHARS) : text;
        List<String> keys = new ArrayList<>();
        Matcher words = WORD.matcher(cut);
        while (words.find() && keys.size() < SearchEngine.MAX_QUERY_WORDS * 2) {
            String word = words.group();
            keys.add(word.toLowerCase(Locale.ROOT));
            String key = PhoneticKey.key(word);
            if (!key.isEmpty()) {
                keys.add("#" + key);
            }
        }
        return keys;
    }

    static List<Part> mark(String name, List<String> query) {
        List<Part> parts = new ArrayList<>();
        if (name == null) {
            return parts;
        }
        Matcher words = WORD.matcher(name);
        int at = 0;
        while (words.find()) {
            if (words.start() > at) {
                parts.add(new Part(name.substring(at, words.start()), false));
            }
            parts.add(new Part(words.group(), matches(words.group(), query)));
            at = words.end();
        }
        if (at < name.length()) {
            parts.add(new Part(name.substring(at), false));
        }
        return parts;
    }

    private static boolean matches(String word, List<String> query) {
        if (query.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String key = PhoneticKey.key(word);
        if (key.isEmpty()) {
            return false;
        }
        for (String q : query) {
            if (q.startsWith("#")) {
                String other = q.substring(1);
                if (other.equals(key) || (other.length() >= 4 && withinOneEdit(other, key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two keys differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == a.length() || i == b.length()) {
            return true;
        }
        String restA = a.substring(i + 1);
        String restB = b.substring(i + 1);
        return restA.equals(restB)
                || a.substring(i).equals(b.substring(i + 1))
                || a.substring(i + 1).equals(b.substring(i))
                || (i + 1 < a.length()
                        && i + 1 < b.length()
                        && a.charAt(i) == b.charAt(i + 1)
                        && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2)));
    }
}
