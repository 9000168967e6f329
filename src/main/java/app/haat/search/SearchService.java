package app.haat.search;

import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.user.UserService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over groups and applications, scoped in the query itself: an officer's search only ever reaches the
 * documents of their municipalities, a group's only itself; admins and centre staff search the whole state.
 */
@Service
public class SearchService {

    public static final int MAX_LIMIT = 100;
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final SearchRepository repository;
    private final CurrentUser currentUser;
    private final UserService users;

    SearchService(
            SearchIndex index,
            SearchIndexer indexer,
            SearchRepository repository,
            CurrentUser currentUser,
            UserService users) {
        this.index = index;
        this.indexer = indexer;
        this.repository = repository;
        this.currentUser = currentUser;
        this.users = users;
    }

    /** One found group or application, with the words of its name that matched marked. */
    public record Hit(
            long id,
            String name,
            List<Highlight.Part> highlighted,
            String municipality,
            String district,
            String exhibition,
            double score) {}

    /** A facet value with its label in the reader's language and how many matches have it. */
    public record FacetCount(String value, String label, int count) {}

    public record Answer(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {}

    /**
     * Groups matching the text (empty: all in scope), narrowed by facet values (dimension → value), at most
     * {@code limit} hits. {@code typing}: the last word may be unfinished.
     */
    @Transactional(readOnly = true)
    public Answer groups(String text, Map<String, String> filters, int limit, boolean typing, boolean bengali) {
        return search(SearchDocuments.GROUP, text, filters, null, limit, typing, bengali);
    }

    /** Applications matching the text, of one exhibition or of all the caller may see. */
    @Transactional(readOnly = true)
    public Answer applications(
            String text, Long exhibitionId, Map<String, String> filters, int limit, boolean typing, boolean bengali) {
        return search(SearchDocuments.APPLICATION, text, filters, exhibitionId, limit, typing, bengali);
    }

    private Answer search(
            String kind,
            String text,
            Map<String, String> filters,
            @Nullable Long exhibitionId,
            int limit,
            boolean typing,
            boolean bengali) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchDocuments.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(scope(), BooleanClause.Occur.FILTER);
        if (exhibitionId != null) {
            filter.add(
                    new TermQuery(new Term(SearchDocuments.EXHIBITION, String.valueOf(exhibitionId))),
                    BooleanClause.Occur.FILTER);
        }
        if (filters != null) {
            filters.forEach((dimension, value) -> {
                if (SearchDocuments.FACETS.contains(dimension) && value != null && !value.isBlank()) {
                    filter.add(new TermQuery(new Term(dimension, value)), BooleanClause.Occur.FILTER);
                }
            });
        }
        Query match = SearchEngine.matching(text, typing);
        if (match == null && text != null && !text.isBlank()) {
            return new Answer(0, List.of(), Map.of()); // only punctuation or marks: nothing can match
        }
        int capped = Math.clamp(limit, 1, MAX_LIMIT);
        SearchEngine.Answer found = index.search(
                (searcher, state) -> SearchEngine.search(searcher, text, typing, filter.build(), capped, state));
        List<String> words = text == null ? List.of() : Highlight.queryWords(text);
        List<Hit> hits = new ArrayList<>();
        for (SearchEngine.Hit hit : found.hits()) {
            Document d = hit.document();
            String name = d.get(SearchDocuments.NAME);
            hits.add(new Hit(
                    d.getField("id").numericValue().longValue(),
                    name,
                    Highlight.mark(name, words),
                    d.get(bengali ? SearchDocuments.MUNICIPALITY_BN : SearchDocuments.MUNICIPALITY_EN),
                    d.get(bengali ? SearchDocuments.DISTRICT_BN : SearchDocuments.DISTRICT_EN),
                    exhibitionTitle(d, bengali),
                    hit.score()));
        }
        return new Answer(found.total(), hits, labelled(found.facets(), bengali));
    }

    /** An application's exhibition title for the reader (a group's document has none: null, as before). */
    private static String exhibitionTitle(Document d, boolean bengali) {
        return LocalizedName.pick(
                d.get(SearchDocuments.EXHIBITION_TITLE), d.get(SearchDocuments.EXHIBITION_TITLE_BN), bengali);
    }

    /** The caller's scope as a filter: all, their municipalities, or their own group. */
    private Query scope() {
        HaatPrincipal me = currentUser.require();
        return switch (me.role()) {
            case STATE_ADMIN, CENTRE_STAFF -> new MatchAllDocsQuery();
            case MUNICIPAL_OFFICER -> terms(SearchDocuments.MUNICIPALITY, users.scopeOfCurrentUser());
            case SHG ->
                users.groupOfCurrentUser()
                        .<Query>map(id -> new TermQuery(new Term(SearchDocuments.GROUP_ID, String.valueOf(id))))
                        .orElseGet(MatchNoDocsQuery::new);
        };
    }

    private static Query terms(String field, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return new TermInSetQuery(
                field, ids.stream().map(id -> new BytesRef(String.valueOf(id))).toList());
    }

    private Map<String, List<FacetCount>> labelled(Map<String, Map<String, Integer>> facets, boolean bengali) {
        Map<Long, Names> municipalities =
                facets.getOrDefault(SearchDocuments.MUNICIPALITY, Map.of()).isEmpty()
                        ? Map.of()
                        : repository.municipalityNames();
        Map<Long, Names> districts =
                facets.getOrDefault(SearchDocuments.DISTRICT, Map.of()).isEmpty()
                        ? Map.of()
                        : repository.districtNames();
        Map<String, Names> categories =
                facets.getOrDefault(SearchDocuments.CATEGORY, Map.of()).isEmpty()
                        ? Map.of()
                        : repository.categoryNames();
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        facets.forEach((dimension, counts) -> {
            List<FacetCount> list = new ArrayList<>();
            counts.forEach((value, count) -> {
                Names names = switch (dimension) {
                    case SearchDocuments.MUNICIPALITY -> municipalities.get(Long.valueOf(value));
                    case SearchDocuments.DISTRICT -> districts.get(Long.valueOf(value));
                    case SearchDocuments.CATEGORY -> categories.get(value);
                    default -> null; // status, verified, readiness: the view translates the value
                };
                list.add(new FacetCount(value, names == null ? value : names.in(bengali), count));
            });
            result.put(dimension, list);
        });
        return result;
    }

    /** Where a rebuild stands (admins only). */
    public RebuildProgress rebuildProgress() {
        currentUser.requireRole(Role.STATE_ADMIN);
        return indexer.progress();
    }

    /** How many groups and applications the index holds now (admins only). */
    public IndexCounts indexed() {
        currentUser.requireRole(Role.STATE_ADMIN);
        return new IndexCounts(index.count(SearchDocuments.GROUP), index.count(SearchDocuments.APPLICATION));
    }

    /** Rebuilds the index from the database in the background (admins only); search answers meanwhile. */
    public boolean rebuild() {
        currentUser.requireRole(Role.STATE_ADMIN);
        return indexer.startRebuild();
    }
}
