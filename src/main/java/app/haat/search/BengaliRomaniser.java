package app.haat.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Romanises Bengali script the way it is commonly typed in Latin letters: the first step of a {@link PhoneticKey} for
 * a Bengali word.
 */
final class BengaliRomaniser {

    private static final char HASANTA = '\u09CD';
    private static final char NUKTA = '\u09BC';
    private static final char RRA = '\u09DC';
    private static final char RHA = '\u09DD';
    private static final char YYA = '\u09DF';

    /** A consonant or conjunct and its vowel sign; {@code vowel == null} means the inherent vowel. */
    private record Syllable(String consonants, @Nullable String vowel, boolean conjunct) {
        boolean hasInherentVowel() {
            return vowel == null;
        }
    }

    private BengaliRomaniser() {}

    static String romanise(String bengali) {
        List<Object> parts = parse(normalise(bengali));
        boolean[] keepInherent = inherentVowels(parts);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k) instanceof Syllable syllable) {
                b.append(syllable.consonants());
                b.append(syllable.hasInherentVowel() ? (keepInherent[k] ? "o" : "") : syllable.vowel());
            } else {
                b.append((String) parts.get(k));
            }
        }
        return b.toString();
    }

    /** Drops ZWJ/ZWNJ, composes nukta letters and split vowel signs, and reads initial ইয়া as "ya". */
    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = b.isEmpty() ? 0 : b.charAt(b.length() - 1);
            if (c == PhoneticKey.ZWJ || c == PhoneticKey.ZWNJ) {
                continue;
            }
            char composed = compose(prev, c);
            if (composed != 0) {
                b.setCharAt(b.length() - 1, composed);
            } else {
                b.append(c);
            }
        }
        if (b.length() > 2 && (b.charAt(0) == 'ই' || b.charAt(0) == 'এ') && b.charAt(1) == YYA) {
            b.deleteCharAt(0);
        }
        return b.toString();
    }

    private static char compose(char prev, char c) {
        if (c == NUKTA) {
            return switch (prev) {
                case 'ড' -> RRA;
                case 'ঢ' -> RHA;
                case 'য' -> YYA;
                default -> prev; // a stray nukta is dropped
            };
        }
        if (prev == 'ে' && c == 'া') {
            return 'ো';
        }
        if (prev == 'ে' && c == 'ৗ') {
            return 'ৌ';
        }
        return 0;
    }

    /** Splits into syllables (conjunct + vowel sign) and other sounds (independent vowels, ং, ঁ, digits). */
    private static List<Object> parse(String s) {
        List<Object> parts = new ArrayList<>();
        StringBuilder conjunct = new StringBuilder();
        int letters = 0;
        char prevConsonant = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String consonant = consonant(c);
            if (consonant == null) {
                String other = otherSound(c);
                if (other != null) {
                    parts.add(other);
                }
                continue;
            }
            conjunct.append(letters > 0 ? phala(c, prevConsonant, consonant) : consonant);
            letters++;
            prevConsonant = c;
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (next == HASANTA) {
                i++;
                if (i + 1 < s.length() && consonant(s.charAt(i + 1)) != null) {
                    continue; // the conjunct goes on
                }
                parts.add(new Syllable(conjunct.toString(), "", letters > 1));
            } else {
                String sign = vowelSign(next);
                if (sign != null) {
                    i++;
                }
                parts.add(new Syllable(conjunct.toString(), sign, letters > 1));
            }
            conjunct.setLength(0);
            letters = 0;
        }
        return parts;
    }

    /** Second member of a conjunct: য-phala is y; ব-phala is w except after ম র ল ব, where it is a real b. */
    private static String phala(char c, char prevConsonant, String consonant) {
        if (c == 'য') {
            return "y";
        }
        if (c == 'ব' && "মরলব".indexOf(prevConsonant) < 0) {
            return "w";
        }
        return consonant;
    }

    private static @Nullable String otherSound(char c) {
        String vowel = independentVowel(c);
        if (vowel != null) {
            return vowel;
        }
        String sign = vowelSign(c); // a stray vowel sign
        if (sign != null) {
            return sign;
        }
        if (c >= '০' && c <= '৯') {
            return String.valueOf((char) ('0' + (c - '০')));
        }
        return switch (c) {
            case 'ং' -> "ng";
            case 'ঁ' -> "n";
            default -> null; // visarga, a lone hasanta, danda, currency signs …
        };
    }

    /**
     * Whether each inherent vowel is pronounced: not at the end of a word (unless after a conjunct), and not in
     * the middle of V C _ C V (scanning from the right), except next to য়, which is itself a glide.
     */
    private static boolean[] inherentVowels(List<Object> parts) {
        boolean[] keep = new boolean[parts.size()];
        for (int k = parts.size() - 1; k >= 0; k--) {
            if (parts.get(k) instanceof Syllable syllable && syllable.hasInherentVowel()) {
                keep[k] = isLast(parts, k) ? syllable.conjunct() : !deletable(parts, keep, k);
            }
        }
        return keep;
    }

    private static boolean isLast(List<Object> parts, int k) {
        for (int j = k + 1; j < parts.size(); j++) {
            if (parts.get(j) instanceof Syllable || !((String) parts.get(j)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean deletable(List<Object> parts, boolean[] keep, int k) {
        Syllable syllable = (Syllable) parts.get(k);
        if (k == 0
                || k + 1 >= parts.size()
                || syllable.conjunct()
                || syllable.consonants().equals("y")) {
            return false;
        }
        if (!endsInVowel(parts.get(k - 1))
                || !(parts.get(k + 1) instanceof Syllable next)
                || next.consonants().equals("y")) {
            return false;
        }
        return next.hasInherentVowel()
                ? keep[k + 1]
                : !Objects.requireNonNull(next.vowel()).isEmpty();
    }

    private static boolean endsInVowel(Object part) {
        if (part instanceof Syllable syllable) {
            return syllable.hasInherentVowel()
                    || !Objects.requireNonNull(syllable.vowel()).isEmpty();
        }
        String sound = (String) part;
        return !sound.isEmpty() && PhoneticKey.isVowel(sound.charAt(sound.length() - 1));
    }

    private static @Nullable String consonant(char c) {
        return switch (c) {
            case 'ক' -> "k";
            case 'খ' -> "kh";
            case 'গ' -> "g";
            case 'ঘ' -> "gh";
            case 'ঙ' -> "ng";
            case 'চ' -> "ch";
            case 'ছ' -> "chh";
            case 'জ', 'য' -> "j";
            case 'ঝ' -> "jh";
            case 'ঞ', 'ণ', 'ন' -> "n";
            case 'ট', 'ত', 'ৎ' -> "t";
            case 'ঠ', 'থ' -> "th";
            case 'ড', 'দ' -> "d";
            case 'ঢ', 'ধ' -> "dh";
            case 'প' -> "p";
            case 'ফ' -> "ph";
            case 'ব' -> "b";
            case 'ভ' -> "bh";
            case 'ম' -> "m";
            case 'র', RRA, '\u09F0' -> "r";
            case RHA -> "rh";
            case 'ল' -> "l";
            case 'শ', 'ষ' -> "sh";
            case 'স' -> "s";
            case 'হ' -> "h";
            case YYA -> "y";
            case '\u09F1' -> "w";
            default -> null;
        };
    }

    private static @Nullable String independentVowel(char c) {
        return switch (c) {
            case 'অ', 'ও' -> "o";
            case 'আ' -> "a";
            case 'ই', 'ঈ' -> "i";
            case 'উ', 'ঊ' -> "u";
            case 'ঋ', 'ৠ' -> "ri";
            case 'ঌ', 'ৡ' -> "li";
            case 'এ' -> "e";
            case 'ঐ' -> "oi";
            case 'ঔ' -> "ou";
            default -> null;
        };
    }

    private static @Nullable String vowelSign(char c) {
        return switch (c) {
            case 'া' -> "a";
            case 'ি', 'ী' -> "i";
            case 'ু', 'ূ', 'ৗ' -> "u";
            case 'ৃ', 'ৄ' -> "ri";
            case 'ৢ', 'ৣ' -> "li";
            case 'ে' -> "e";
            case 'ৈ' -> "oi";
            case 'ো' -> "o";
            case 'ৌ' -> "ou";
            default -> null;
        };
    }
}
