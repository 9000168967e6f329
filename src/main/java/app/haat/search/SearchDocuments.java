package app.haat.search;

import app.haat.group.GroupStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;

/**
 * Turns groups and applications into Lucene documents. Each document carries its municipality and group, so that
 * scoping is part of every query; the facet dimensions are indexed both for counting and for filtering.
 */
final class SearchDocuments {

    static final String UID = "uid";
    static final String KIND = "kind";
    static final String GROUP = "group";
    static final String APPLICATION = "application";
    static final String GROUP_ID = "group_id";
    static final String MUNICIPALITY = "municipality";
    static final String DISTRICT = "district";
    static final String CATEGORY = "category";
    static final String STATUS = "status";
    static final String VERIFIED = "verified";
    static final String READINESS = "readiness";
    static final String EXHIBITION = "exhibition";
    /** The facet dimensions, in the order the UI shows them. */
    static final List<String> FACETS = List.of(DISTRICT, MUNICIPALITY, CATEGORY, STATUS, VERIFIED, READINESS);

    static final String NAME = "name";
    static final String INFO = "info";
    static final String PLACE = "place";
    static final String WORDS = "_words";
    static final String SOUNDS = "_sounds";
    static final String WORD_COUNT = "word_count";
    /** Every field's sounds in one, for the typo tier: one fuzzy automaton per query word instead of one per field. */
    static final String ALL_SOUNDS = "all" + SOUNDS;

    static final String MUNICIPALITY_EN = "municipality_en";
    static final String MUNICIPALITY_BN = "municipality_bn";
    static final String DISTRICT_EN = "district_en";
    static final String DISTRICT_BN = "district_bn";
    static final String EXHIBITION_TITLE = "exhibition_title";
    static final String EXHIBITION_TITLE_BN = "exhibition_title_bn";

    static final FacetsConfig FACETS_CONFIG = facetsConfig();

    private SearchDocuments() {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(CATEGORY, true);
        return config;
    }

    /** Words go through the exact analyzer, sounds through the phonetic one. */
    static Analyzer analyzer() {
        Analyzer words = SearchAnalyzers.words();
        Analyzer sounds = SearchAnalyzers.sounds();
        Map<String, Analyzer> perField = Stream.of(NAME, INFO, PLACE, "all")
                .flatMap(f -> Stream.of(Map.entry(f + WORDS, words), Map.entry(f + SOUNDS, sounds)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new PerFieldAnalyzerWrapper(words, perField);
    }

    static Term uidOfGroup(long id) {
        return new Term(UID, "g" + id);
    }

    static Term uidOfApplication(long id) {
        return new Term(UID, "a" + id);
    }

    static Document group(IndexedGroup g) {
        Document doc = new Document();
        doc.add(new StringField(UID, uidOfGroup(g.id()).text(), Field.Store.NO));
        doc.add(new StringField(KIND, GROUP, Field.Store.NO));
        doc.add(new StoredField("id", g.id()));
        doc.add(new StringField(GROUP_ID, String.valueOf(g.id()), Field.Store.NO));
        place(
                doc,
                g.municipalityId(),
                g.municipalityEn(),
                g.municipalityBn(),
                g.districtId(),
                g.districtEn(),
                g.districtBn(),
                g.ward());
        text(doc, NAME, g.name());
        List<String> info = new ArrayList<>(g.products());
        info.add(g.leader());
        text(
                doc,
                INFO,
                String.join(" ; ", info.stream().filter(Objects::nonNull).toList()));
        doc.add(new StoredField(NAME, g.name()));
        doc.add(new NumericDocValuesField(
                WORD_COUNT,
                wordCount(
                        g.name(),
                        String.join(" ", info.stream().filter(Objects::nonNull).toList()))));
        dimension(doc, STATUS, g.status().name());
        dimension(doc, VERIFIED, String.valueOf(g.status() == GroupStatus.VERIFIED));
        dimension(doc, READINESS, g.readiness());
        for (String category : g.categories()) {
            dimension(doc, CATEGORY, category);
        }
        return build(doc);
    }

    static Document application(IndexedApplication a) {
        Document doc = new Document();
        doc.add(new StringField(UID, uidOfApplication(a.id()).text(), Field.Store.NO));
        doc.add(new StringField(KIND, APPLICATION, Field.Store.NO));
        doc.add(new StoredField("id", a.id()));
        doc.add(new StringField(GROUP_ID, String.valueOf(a.groupId()), Field.Store.YES));
        doc.add(new StringField(EXHIBITION, String.valueOf(a.exhibitionId()), Field.Store.YES));
        place(
                doc,
                a.municipalityId(),
                a.municipalityEn(),
                a.municipalityBn(),
                a.districtId(),
                a.districtEn(),
                a.districtBn(),
                null);
        text(doc, NAME, a.groupName());
        text(doc, INFO, a.exhibitionTitle());
        if (a.exhibitionTitleBn() != null) {
            text(doc, INFO, a.exhibitionTitleBn());
            doc.add(new StoredField(EXHIBITION_TITLE_BN, a.exhibitionTitleBn()));
        }
        doc.add(new StoredField(NAME, a.groupName()));
        doc.add(new StoredField(EXHIBITION_TITLE, a.exhibitionTitle()));
        doc.add(new NumericDocValuesField(WORD_COUNT, wordCount(a.groupName(), a.exhibitionTitle())));
        dimension(doc, STATUS, a.status().name());
        return build(doc);
    }

    private static void place(
            Document doc,
            long municipalityId,
            String municipalityEn,
            String municipalityBn,
            long districtId,
            String districtEn,
            String districtBn,
            @Nullable String ward) {
        dimension(doc, MUNICIPALITY, String.valueOf(municipalityId));
        dimension(doc, DISTRICT, String.valueOf(districtId));
        text(
                doc,
                PLACE,
                String.join(
                        " ; ",
                        Stream.of(municipalityEn, municipalityBn, districtEn, districtBn, ward)
                                .filter(Objects::nonNull)
                                .toList()));
        stored(doc, MUNICIPALITY_EN, municipalityEn);
        stored(doc, MUNICIPALITY_BN, municipalityBn);
        stored(doc, DISTRICT_EN, districtEn);
        stored(doc, DISTRICT_BN, districtBn);
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field + WORDS, value, Field.Store.NO));
            doc.add(new TextField(field + SOUNDS, value, Field.Store.NO));
            doc.add(new TextField(ALL_SOUNDS, value, Field.Store.NO));
        }
    }

    /** A facet value, also indexed as a plain term so that a chosen facet filters the query. */
    private static void dimension(Document doc, String dimension, String value) {
        doc.add(new StringField(dimension, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }

    private static int wordCount(String... texts) {
        int count = 0;
        for (String text : texts) {
            if (text != null) {
                count += text.split("[\\s;,./()-]+").length;
            }
        }
        return count;
    }

    private static Document build(Document doc) {
        try {
            return FACETS_CONFIG.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
