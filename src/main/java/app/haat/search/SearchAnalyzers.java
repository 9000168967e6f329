package app.haat.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * The two ways Haat reads a word. {@link #words()} is the exact tier: lower case, folded accents, Bengali
 * normalisation and stemming, English stemming ("sarees" finds "saree", "কাঁথার" finds "কাঁথা").
 * {@link #sounds()} is the phonetic tier: each word becomes its {@link PhoneticKey}, so a word written in Bengali
 * script and the same word in Latin letters meet.
 */
final class SearchAnalyzers {

    private SearchAnalyzers() {}

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new DecimalDigitFilter(stream);
                stream = new IndicNormalizationFilter(stream);
                stream = new BengaliNormalizationFilter(stream);
                stream = new BengaliStemFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new EnglishPossessiveFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    static Analyzer sounds() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PhoneticKeyFilter(source));
            }
        };
    }

    /**
     * Replaces each word by its phonetic key; a Bengali word with a case ending (-এর, -য়ের, -দের, -র after া or ো)
     * also gives the key of its stem at the same position, so "শোলার" is found by "shola". Words without a key go.
     */
    static final class PhoneticKeyFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private @Nullable String pendingStem;
        private int skipped;

        PhoneticKeyFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pendingStem != null) {
                term.setEmpty().append(pendingStem);
                position.setPositionIncrement(0);
                pendingStem = null;
                return true;
            }
            while (input.incrementToken()) {
                String word = term.toString();
                String key = keyOf(word);
                if (key.isEmpty()) {
                    skipped += position.getPositionIncrement();
                    continue;
                }
                String stem = PhoneticKey.isBengali(word) ? keyOf(stripCaseEnding(word)) : key;
                if (!stem.isEmpty() && !stem.equals(key)) {
                    pendingStem = stem;
                }
                term.setEmpty().append(key);
                position.setPositionIncrement(position.getPositionIncrement() + skipped);
                skipped = 0;
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pendingStem = null;
            skipped = 0;
        }
    }

    /** Names repeat their words (Maa, Samiti, Gosthi…): keys are remembered, up to a bound. */
    private static final ConcurrentHashMap<String, String> KEYS = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED = 200_000;

    static String keyOf(String word) {
        String key = KEYS.get(word);
        if (key == null) {
            key = PhoneticKey.key(word);
            if (KEYS.size() >= MAX_REMEMBERED) {
                KEYS.clear();
            }
            KEYS.put(word, key);
        }
        return key;
    }

    /** The word without a Bengali genitive or plural-genitive ending, or the word itself. */
    static String stripCaseEnding(String word) {
        for (String ending : new String[] {"দের", "য়ের", "য়ের", "ের"}) {
            if (word.endsWith(ending) && word.length() > ending.length() + 1) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        if (word.length() > 2 && word.endsWith("র")) {
            char before = word.charAt(word.length() - 2);
            if (before == 'া' || before == 'ো') {
                return word.substring(0, word.length() - 1);
            }
        }
        return word;
    }
}
