package app.haat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

/**
 * How a typed query becomes a Lucene query, and how hits are ranked: plain Lucene, no Spring, so the evaluation
 * test and the benchmark run exactly what the portal runs.
 *
 * <p>Each query word scores the best of its matches over the fields (name and leader/products count fully, the
 * place half): the same phonetic key 1.0, a key one edit away 0.6 (typos), and the same word (after stemming) adds
 * 0.2, so exact matches rank above phonetic ones and phonetic above fuzzy. The words' scores add up; the total is
 * divided by {@code 1 + 0.02 × words of the group}, so a short name that matches wins over a long one.
 */
final class SearchEngine {

    /** At most this many characters and words of a query are read: the rest cannot make the answer better. */
    static final int MAX_QUERY_CHARS = 200;

    static final int MAX_QUERY_WORDS = 12;
    private static final int CANDIDATES = 200;
    private static final float EXACT_BONUS = 0.2f;
    private static final float FUZZY = 0.6f;
    private static final float PREFIX = 0.4f;
    private static final float PLACE_WEIGHT = 0.5f;
    private static final Analyzer WORDS = SearchAnalyzers.words();
    private static final Analyzer SOUNDS = SearchAnalyzers.sounds();

    private SearchEngine() {}

    /** One hit: the stored document and its final score. */
    record Hit(Document document, float score) {}

    /** Facet counts of one dimension: value → count, largest first. */
    record Answer(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {}

    /**
     * The query for typed text; null when the text has no searchable word (empty, punctuation, a lone vowel sign).
     * {@code typing} treats the last word as unfinished and also matches words that start like it.
     */
    static @Nullable Query matching(@Nullable String text, boolean typing) {
        return matching(text, typing, false);
    }

    /**
     * As {@link #matching(String, boolean)}; {@code strict}: every word must match (in some spelling), else one of
     * three or more may be missing.
     */
    static @Nullable Query matching(@Nullable String text, boolean typing, boolean strict) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cut = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
        List<List<String>> keys = tokens(SOUNDS, cut);
        List<List<String>> words = tokens(WORDS, cut);
        if (keys.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = Math.min(keys.size(), MAX_QUERY_WORDS);
        for (int i = 0; i < n; i++) {
            boolean last = typing && i == n - 1 && !Character.isWhitespace(cut.charAt(cut.length() - 1));
            all.add(word(keys.get(i), i < words.size() ? words.get(i) : List.of(), last), BooleanClause.Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(strict || n < 3 ? n : n - 1);
        return all.build();
    }

    private static Query word(List<String> keys, List<String> exact, boolean unfinished) {
        List<Query> alternatives = new ArrayList<>();
        for (String key : keys) {
            for (String field : List.of(SearchDocuments.NAME, SearchDocuments.INFO, SearchDocuments.PLACE)) {
                float weight = field.equals(SearchDocuments.PLACE) ? PLACE_WEIGHT : 1f;
                String sounds = field + SearchDocuments.SOUNDS;
                alternatives.add(constant(new TermQuery(new Term(sounds, key)), weight));
                if (unfinished && key.length() >= 2 && !field.equals(SearchDocuments.PLACE)) {
                    alternatives.add(constant(new PrefixQuery(new Term(sounds, key)), weight * PREFIX));
                }
            }
        }
        for (String key : keys) {
            if (key.length() >= 4) {
                alternatives.add(
                        constant(new FuzzyQuery(new Term(SearchDocuments.ALL_SOUNDS, key), 1, 1, 50, true), FUZZY));
            }
        }
        Query sound = new DisjunctionMaxQuery(alternatives, 0f);
        if (exact.isEmpty()) {
            return sound;
        }
        List<Query> same = new ArrayList<>();
        for (String word : exact) {
            for (String field : List.of(SearchDocuments.NAME, SearchDocuments.INFO, SearchDocuments.PLACE)) {
                same.add(constant(new TermQuery(new Term(field + SearchDocuments.WORDS, word)), EXACT_BONUS));
            }
        }
        return new BooleanQuery.Builder()
                .add(sound, BooleanClause.Occur.MUST)
                .add(new DisjunctionMaxQuery(same, 0f), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query constant(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }

    /** The analyzed tokens per word position (a Bengali word may give its key and its stem's key). */
    private static List<List<String>> tokens(Analyzer analyzer, String text) {
        List<List<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() == 0) {
                    continue;
                }
                if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new ArrayList<>());
                }
                positions.getLast().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    /**
     * Searches for typed text: first every word must match, which is fast because common words such as "samiti"
     * narrow each other; only if that finds fewer than {@code limit} hits, one word of three or more may be missing
     * or mistyped beyond repair. Null text (or none with a searchable word) finds everything in the filter.
     */
    static Answer search(
            IndexSearcher searcher,
            @Nullable String text,
            boolean typing,
            @Nullable Query filter,
            int limit,
            @Nullable SortedSetDocValuesReaderState facetState) {
        Query strict = matching(text, typing, true);
        Answer answer = search(searcher, strict, filter, limit, facetState);
        if (strict == null || answer.total() >= limit) {
            return answer;
        }
        Query relaxed = matching(text, typing, false);
        return Objects.requireNonNull(relaxed).equals(strict)
                ? answer
                : search(searcher, relaxed, filter, limit, facetState);
    }

    /**
     * Runs the query (null: everything) inside the filter, ranks the best candidates by the length-normalised score,
     * and counts the facets over all matches.
     */
    static Answer search(
            IndexSearcher searcher,
            @Nullable Query match,
            @Nullable Query filter,
            int limit,
            @Nullable SortedSetDocValuesReaderState facetState) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(match == null ? new MatchAllDocsQuery() : match, BooleanClause.Occur.MUST);
            if (filter != null) {
                query.add(filter, BooleanClause.Occur.FILTER);
            }
            Query built = query.build();
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                    searcher, built, Math.max(limit, match == null ? limit : CANDIDATES), new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            // rank the candidates by the length-normalised score, reading only a doc value per candidate; the
            // stored fields are read for the page shown
            List<ScoreDoc> ranked = new ArrayList<>(List.of(top.scoreDocs));
            if (match != null) {
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                for (ScoreDoc scored : ranked) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scored.doc, leaves));
                    NumericDocValues counts = leaf.reader().getNumericDocValues(SearchDocuments.WORD_COUNT);
                    long words =
                            counts != null && counts.advanceExact(scored.doc - leaf.docBase) ? counts.longValue() : 0;
                    scored.score = scored.score / (1 + 0.02f * words);
                }
                ranked.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score)
                        .reversed()
                        .thenComparingInt(d -> d.doc));
            }
            List<Hit> page = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc scored : ranked.subList(0, Math.min(limit, ranked.size()))) {
                page.add(new Hit(stored.document(scored.doc), match == null ? 0 : scored.score));
            }
            return new Answer(top.totalHits.value(), List.copyOf(page), facets(facetState, result.facetsCollector()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, Integer>> facets(
            @Nullable SortedSetDocValuesReaderState state, FacetsCollector collector) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        if (state == null) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : SearchDocuments.FACETS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult top;
            try {
                top = facets.getTopChildren(50, dimension);
            } catch (IllegalArgumentException notIndexedYet) {
                top = null;
            }
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.put(value.label, value.value.intValue());
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    /** The facet state of a reader: built once per reader, it maps the facet values to ordinals. */
    static @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, SearchDocuments.FACETS_CONFIG);
        } catch (IllegalArgumentException | IOException empty) {
            return null; // no document with a facet yet
        }
    }
}
