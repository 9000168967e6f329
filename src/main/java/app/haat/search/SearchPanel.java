package app.haat.search;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A search box with results as you type (debounced), the matched words marked, and facets with counts that narrow
 * the results. Hosts give it the search to run and what to do with a chosen hit; while it shows results it tells
 * the host, which may hide its own list.
 */
public class SearchPanel extends VerticalLayout {

    /** Runs a search: text, facet filters, whether the last word is unfinished, whether the reader is Bengali. */
    @FunctionalInterface
    public interface Searcher {
        SearchService.Answer search(String text, Map<String, String> filters, boolean typing, boolean bengali);
    }

    private static final int DEBOUNCE_MS = 300;
    private final TextField box = new TextField();
    private final HorizontalLayout facetRow = new HorizontalLayout();
    private final Paragraph total = new Paragraph();
    private final Div results = new Div();
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final Searcher searcher;
    private final Consumer<SearchService.Hit> onOpen;
    private final Consumer<Boolean> onActive;
    private final String valuePrefix;
    private final boolean bengali;

    /**
     * @param valuePrefix translation prefix for status values, e.g. {@code group.status.}
     * @param onActive    told true while results show, false when the box is empty again
     */
    public SearchPanel(
            String idPrefix,
            String placeholder,
            String valuePrefix,
            Searcher searcher,
            Consumer<SearchService.Hit> onOpen,
            Consumer<Boolean> onActive) {
        this.searcher = searcher;
        this.onOpen = onOpen;
        this.onActive = onActive;
        this.valuePrefix = valuePrefix;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        setPadding(false);
        setSpacing(false);
        addClassName("haat-search");
        box.setPlaceholder(placeholder);
        box.getElement().setAttribute("aria-label", placeholder);
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setMaxLength(SearchEngine.MAX_QUERY_CHARS);
        box.setValueChangeMode(ValueChangeMode.TIMEOUT);
        box.setValueChangeTimeout(DEBOUNCE_MS);
        box.setId(idPrefix + "-find");
        box.addValueChangeListener(e -> {
            if (e.getValue().isBlank()) {
                filters.clear();
            }
            run(true);
        });
        facetRow.setWrap(true);
        facetRow.setId(idPrefix + "-facets");
        total.setId(idPrefix + "-found");
        total.addClassName("haat-hint");
        results.setId(idPrefix + "-results");
        results.addClassName("haat-search-results");
        add(box, facetRow, total, results);
        show(null);
    }

    /** Empties the box: the host's own list shows again. */
    public void clear() {
        box.clear();
    }

    /** Searches for the text as if typed (for hosts and tests). */
    public void setText(String text) {
        box.setValue(text);
    }

    private void run(boolean typing) {
        String text = box.getValue();
        if (text.isBlank() && filters.isEmpty()) {
            show(null);
            return;
        }
        show(searcher.search(text, Map.copyOf(filters), typing, bengali));
    }

    private void show(SearchService.@Nullable Answer answer) {
        boolean active = answer != null;
        facetRow.setVisible(active);
        total.setVisible(active);
        results.setVisible(active);
        onActive.accept(active);
        if (answer == null) {
            return;
        }
        total.setText(getTranslation("search.found", Formats.number(answer.total())));
        facetRow.removeAll();
        answer.facets().forEach((dimension, counts) -> {
            if (!counts.isEmpty() || filters.containsKey(dimension)) {
                facetRow.add(facet(dimension, counts));
            }
        });
        results.removeAll();
        if (answer.hits().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.none"));
            none.addClassName("haat-empty");
            results.add(none);
        }
        for (SearchService.Hit hit : answer.hits()) {
            results.add(hitCard(hit));
        }
    }

    private ComboBox<SearchService.FacetCount> facet(String dimension, List<SearchService.FacetCount> counts) {
        ComboBox<SearchService.FacetCount> box = new ComboBox<>();
        box.setPlaceholder(getTranslation("search.facet." + dimension));
        box.setItems(counts);
        box.setItemLabelGenerator(c -> label(dimension, c) + " (" + Formats.number(c.count()) + ")");
        box.setClearButtonVisible(true);
        // two to a row on a phone, so the facets do not push the results off the screen
        box.setWidth("calc(50% - var(--lumo-space-s))");
        box.setMaxWidth("12em");
        box.setId("facet-" + dimension);
        counts.stream()
                .filter(c -> c.value().equals(filters.get(dimension)))
                .findFirst()
                .ifPresent(box::setValue);
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() == null) {
                filters.remove(dimension);
            } else {
                filters.put(dimension, e.getValue().value());
            }
            run(false);
        });
        return box;
    }

    private String label(String dimension, SearchService.FacetCount count) {
        return switch (dimension) {
            case SearchDocuments.STATUS -> getTranslation(valuePrefix + count.value());
            case SearchDocuments.VERIFIED -> getTranslation("search.verified." + count.value());
            case SearchDocuments.READINESS -> getTranslation("readiness.level." + count.value());
            default -> count.label();
        };
    }

    private Div hitCard(SearchService.Hit hit) {
        Div name = new Div();
        name.addClassName("name");
        for (Highlight.Part part : hit.highlighted()) {
            if (part.match()) {
                Emphasis mark = new Emphasis(part.text());
                mark.addClassName("match");
                name.add(mark);
            } else {
                name.add(new Span(part.text()));
            }
        }
        String where = String.join(
                " · ",
                Stream.of(hit.exhibition(), hit.municipality(), hit.district())
                        .filter(Objects::nonNull)
                        .toList());
        Div place = new Div(where);
        place.addClassName("haat-hint");
        Div card = new Div(name, place);
        card.addClassName("haat-search-hit");
        card.setId("hit-" + hit.id());
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(e -> onOpen.accept(hit));
        card.getElement()
                .addEventListener("keydown", e -> onOpen.accept(hit))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return card;
    }

    /** The facet dimensions a panel may show, for hosts that translate them. */
    public static List<String> dimensions() {
        return SearchDocuments.FACETS;
    }
}
