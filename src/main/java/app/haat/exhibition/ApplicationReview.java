package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.ExportButtons;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.group.Category;
import app.haat.group.GroupService;
import app.haat.region.District;
import app.haat.region.RegionService;
import app.haat.search.SearchPanel;
import app.haat.search.SearchService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The review of one exhibition's applications on its page: filters, the smart search, the list with its exports,
 * the officers' bulk accept and reject and paper entries, and the counts by municipality, district and category.
 */
class ApplicationReview extends VerticalLayout {

    private final Exhibition exhibition;
    private final ApplicationService applications;
    private final boolean bengali;
    private final Grid<Application> grid = new Grid<>();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ComboBox<District> district = new ComboBox<>();
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final VerticalLayout counts = new VerticalLayout();
    private SearchPanel find;

    /** Reviews the exhibition's applications; {@code paperForm} opens the paper entry, then runs what it is given. */
    ApplicationReview(
            Exhibition exhibition,
            boolean manage,
            boolean bengali,
            ApplicationService applications,
            RegionService regions,
            GroupService groups,
            SearchService finder,
            ApplicationExport export,
            Consumer<Runnable> paperForm) {
        this.exhibition = exhibition;
        this.applications = applications;
        this.bengali = bengali;
        setPadding(false);
        HorizontalLayout filters = filters(regions, groups);
        find = searchPanel(finder, filters);
        add(find);
        columns(manage);
        total.setId("applications-total");
        var locale = getLocale();
        long exhibitionId = exhibition.id();
        HorizontalLayout totalAndExports =
                new HorizontalLayout(total, new ExportButtons("applications", "applications", () -> {
                    ApplicationFilter filter = filter();
                    return (format, out) -> export.export(exhibitionId, filter, format, locale, out);
                }));
        totalAndExports.setWrap(true);
        totalAndExports.setAlignItems(Alignment.CENTER);
        add(filters, totalAndExports);
        if (manage) {
            add(bulkActions(paperForm));
        }
        add(grid);
        counts.setPadding(false);
        add(new H3(getTranslation("application.counts")), counts);
        refresh();
    }

    private HorizontalLayout filters(RegionService regions, GroupService groups) {
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("application.status." + s.name()));
        status.setPlaceholder(getTranslation("mail.allStatuses"));
        status.setClearButtonVisible(true);
        status.setId("applications-status");
        category.setItems(groups.categories());
        category.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        category.setPlaceholder(getTranslation("group.categories"));
        category.setClearButtonVisible(true);
        search.setPlaceholder(getTranslation("group.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("applications-search");
        district.setItems(regions.districts());
        district.setItemLabelGenerator(d -> bengali ? d.nameBn() : d.nameEn());
        district.setPlaceholder(getTranslation("application.district"));
        district.setClearButtonVisible(true);
        district.setId("applications-district");
        status.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        district.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, district, category, search);
        filters.setWrap(true);
        return filters;
    }

    /** The smart search: any spelling in either script, with facets; choosing a hit filters the list to its group. */
    private SearchPanel searchPanel(SearchService finder, HorizontalLayout filters) {
        return new SearchPanel(
                "applications",
                getTranslation("search.applications"),
                "application.status.",
                (text, chosen, typing, inBengali) ->
                        finder.applications(text, exhibition.id(), chosen, 20, typing, inBengali),
                hit -> {
                    find.clear();
                    search.setValue(hit.name());
                },
                active -> {
                    filters.setVisible(!active);
                    grid.setVisible(!active);
                });
    }

    private void columns(boolean manage) {
        grid.setId("applications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        if (manage) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.addColumn(Application::groupName)
                .setHeader(getTranslation("group.name"))
                .setFlexGrow(3);
        grid.addColumn(a -> bengali ? a.municipalityBn() : a.municipalityEn())
                .setHeader(getTranslation("group.municipality"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation("application.status." + a.status().name())
                        + (a.reason() == null ? "" : ": " + a.reason())
                        + (a.explanationCode() == null ? "" : " · " + ExplanationText.of(this, a))
                        + (a.outsideTerms() ? " · ⚑ " + getTranslation("application.outsideTerms") : ""))
                .setHeader(getTranslation("mail.status"))
                .setFlexGrow(2)
                .setKey("status");
        grid.addColumn(a -> a.preferredSlots().stream().map(Formats::number).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("application.preferences"))
                .setAutoWidth(true);
        grid.addColumn(a -> (a.needsElectricity() ? "⚡ " : "") + (a.needsFood() ? "🍲" : ""))
                .setHeader(getTranslation("application.needs"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.onBehalf() ? getTranslation("application.paper") : "")
                .setHeader(getTranslation("application.source"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("application.none"));
        grid.setHeight("420px");
    }

    private HorizontalLayout bulkActions(Consumer<Runnable> paperForm) {
        Button accept = new Button(getTranslation("application.accept"), VaadinIcon.CHECK.create(), e -> {
            Set<Long> ids = selectedIds();
            Notifications.attemptAndGet(() -> applications.accept(exhibition.id(), ids))
                    .ifPresent(changed -> {
                        Notifications.success(getTranslation("application.changed", Formats.number(changed)));
                        refresh();
                    });
        });
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        accept.setId("applications-accept");
        Button reject = new Button(getTranslation("application.reject"), VaadinIcon.CLOSE.create(), e -> openReject());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("applications-reject");
        Button paper = new Button(
                getTranslation("application.paperEntry"),
                VaadinIcon.FILE_TEXT_O.create(),
                e -> paperForm.accept(this::refresh));
        paper.setId("applications-paper");
        paper.setVisible(exhibition.status() == ExhibitionStatus.OPEN);
        HorizontalLayout bulk = new HorizontalLayout(accept, reject, paper);
        bulk.setWrap(true);
        return bulk;
    }

    private Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(Application::id).collect(Collectors.toSet());
    }

    private void openReject() {
        FormDialog dialog = new FormDialog(getTranslation("application.reject"));
        TextArea reason = new TextArea(getTranslation("group.rejectReason"));
        reason.setMaxLength(ApplicationService.MAX_REJECT_REASON);
        reason.setWidth("min(480px, 70vw)");
        reason.setId("applications-reason");
        dialog.action(getTranslation("application.reject"), "applications-reject-confirm", () -> {
                    Set<Long> ids = selectedIds();
                    Notifications.attemptAndGet(() -> applications.reject(exhibition.id(), ids, reason.getValue()))
                            .ifPresent(changed -> {
                                Notifications.success(getTranslation("application.changed", Formats.number(changed)));
                                dialog.close();
                                refresh();
                            });
                })
                .addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.open();
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(
                status.getValue(),
                null,
                district.getValue() == null ? null : district.getValue().id(),
                category.getValue() == null ? null : category.getValue().code(),
                search.getValue());
    }

    private void refresh() {
        ApplicationFilter filter = filter();
        grid.setItems(
                query -> applications.page(exhibition.id(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> applications.count(exhibition.id(), filter));
        total.setText(getTranslation("application.count", Formats.number(applications.count(exhibition.id(), filter))));
        counts.removeAll();
        for (String dimension : List.of("municipality", "district", "category")) {
            List<ApplicationCount> rows = applications.countsBy(exhibition.id(), dimension);
            counts.add(new Paragraph(getTranslation("application.by." + dimension) + ": "
                    + (rows.isEmpty()
                            ? "—"
                            : rows.stream()
                                    .map(c -> (bengali ? c.nameBn() : c.nameEn()) + " " + Formats.number(c.count()))
                                    .collect(Collectors.joining(", ")))));
        }
    }
}
