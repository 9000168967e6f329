package app.haat.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Group search over HTTP, scoped by role like the UI. */
@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    record ApiHit(long id, String name, String municipality, String district, double score) {}

    record ApiAnswer(long total, List<ApiHit> hits, Map<String, List<SearchService.FacetCount>> facets) {}

    /**
     * {@code GET /api/groups/search?q=&district=&municipality=&category=&status=&verified=&readiness=&limit=}: the
     * facet parameters take ids (district, municipality) or codes; names and labels follow {@code Accept-Language}.
     */
    @GetMapping("/api/groups/search")
    ApiAnswer groups(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String verified,
            @RequestParam(required = false) String readiness,
            @RequestParam(defaultValue = "20") int limit,
            @RequestHeader(name = "Accept-Language", required = false) String language) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put(SearchDocuments.DISTRICT, district);
        filters.put(SearchDocuments.MUNICIPALITY, municipality);
        filters.put(SearchDocuments.CATEGORY, category);
        filters.put(SearchDocuments.STATUS, status);
        filters.put(SearchDocuments.VERIFIED, verified);
        filters.put(SearchDocuments.READINESS, readiness);
        boolean bengali = language != null && language.toLowerCase().startsWith("bn");
        SearchService.Answer answer = search.groups(q, filters, limit, false, bengali);
        return new ApiAnswer(
                answer.total(),
                answer.hits().stream()
                        .map(h -> new ApiHit(h.id(), h.name(), h.municipality(), h.district(), h.score()))
                        .toList(),
                answer.facets());
    }
}
