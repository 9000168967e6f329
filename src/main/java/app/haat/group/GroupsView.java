package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.ExportButtons;
import app.haat.search.SearchPanel;
import app.haat.search.SearchService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** Officers' list of the groups of their municipalities (admins: all), loaded page by page; verify or reject. */
@Route("groups")
@RolesAllowed({Role.ADMIN, Role.OFFICER})
public class GroupsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final GroupService groups;
    private final GroupRegistrationService registrations;
    private final GroupDeletionService deletions;
    private final GroupProfileService profiles;
    private final StallCardService stallCards;
    private final boolean bengali;
    private final Grid<Group> grid = new Grid<>();
    private final ComboBox<GroupStatus> status = new ComboBox<>();
    private final TextField search = new TextField();
    private final TextField ward = new TextField();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ComboBox<GroupFilter.ReadinessLevel> readiness = new ComboBox<>();
    private final Checkbox deletionRequested = new Checkbox();
    private final Span total = new Span();
    private final Span exportApplies = new Span();
    private final GroupExport export;
    private final ObjectProvider<GroupSections> sections;

    public GroupsView(
            GroupService groups,
            GroupRegistrationService registrations,
            GroupDeletionService deletions,
            GroupImportService importer,
            SearchService finder,
            GroupExport export,
            GroupProfileService profiles,
            StallCardService stallCards,
            ObjectProvider<GroupSections> sections) {
        this.sections = sections;
        this.profiles = profiles;
        this.stallCards = stallCards;
        this.export = export;
        this.groups = groups;
        this.registrations = registrations;
        this.deletions = deletions;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();
        HorizontalLayout filters = filters(importer, export);
        total.setId("groups-total");
        setUpGrid();
        // the smart search (any spelling, either script, facets) replaces the list while it shows results
        SearchPanel find = new SearchPanel(
                "groups",
                getTranslation("search.groups"),
                "group.status.",
                (text, chosen, typing, inBengali) -> finder.groups(text, chosen, 20, typing, inBengali),
                hit -> open(groups.get(hit.id())),
                active -> {
                    filters.setVisible(!active);
                    total.setVisible(!active);
                    grid.setVisible(!active);
                });
        add(new H2(getTranslation("group.title")), find, filters, total, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** The grid's filters, with the import and export buttons beside them. */
    private HorizontalLayout filters(GroupImportService importer, GroupExport export) {
        status.setItems(GroupStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("group.status." + s.name()));
        status.setPlaceholder(getTranslation("mail.allStatuses"));
        status.setClearButtonVisible(true);
        // all statuses at first: a filter nobody chose must not empty the list or its export
        status.setId("groups-status");
        search.setPlaceholder(getTranslation("group.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("groups-search");
        ward.setPlaceholder(getTranslation("group.ward"));
        ward.setMaxLength(GroupRules.MAX_WARD);
        ward.setWidth("8em");
        ward.setClearButtonVisible(true);
        ward.setValueChangeMode(ValueChangeMode.LAZY);
        ward.setId("groups-ward");
        category.setItems(groups.categories());
        category.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        category.setPlaceholder(getTranslation("group.categories"));
        category.setClearButtonVisible(true);
        category.setId("groups-category");
        readiness.setItems(GroupFilter.ReadinessLevel.values());
        readiness.setItemLabelGenerator(r -> getTranslation("readiness.level." + r.name()));
        readiness.setPlaceholder(getTranslation("readiness.title"));
        readiness.setClearButtonVisible(true);
        readiness.setId("groups-readiness");
        deletionRequested.setLabel(getTranslation("group.deletion.filter"));
        deletionRequested.setId("groups-deletion");
        readiness.addValueChangeListener(e -> refresh());
        deletionRequested.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        ward.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(
                status,
                search,
                ward,
                category,
                readiness,
                deletionRequested,
                importButton(importer),
                exportButtons(export),
                exportApplies);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private Button importButton(GroupImportService importer) {
        Button importCsv = new Button(
                getTranslation("import.title"),
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importer, this::refresh).open());
        importCsv.setId("groups-import");
        return importCsv;
    }

    /** The grid's rows as CSV or XLSX, with its filters and order at the moment of the click. */
    private ExportButtons exportButtons(GroupExport export) {
        var locale = getLocale();
        exportApplies.setId("groups-export-filters");
        exportApplies.addClassName("haat-hint");
        return new ExportButtons("groups", () -> export.fileSubject(filter()), () -> {
            GroupFilter filter = filter();
            List<GroupSort> sort = sortOf(grid.getSortOrder().stream()
                    .map(o -> new QuerySortOrder(o.getSorted().getKey(), o.getDirection()))
                    .toList());
            return (format, out) -> export.export(filter, sort, format, locale, out);
        });
    }

    private void setUpGrid() {
        grid.setId("groups-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::displayName)
                .setHeader(getTranslation("group.name"))
                .setFlexGrow(3)
                .setKey("name")
                .setSortable(true);
        grid.addColumn(g -> bengali ? g.municipalityBn() : g.municipalityEn())
                .setHeader(getTranslation("group.municipality"))
                .setFlexGrow(2)
                .setKey("municipality")
                .setSortable(true);
        grid.addColumn(Group::ward)
                .setHeader(getTranslation("group.ward"))
                .setAutoWidth(true)
                .setKey("ward")
                .setSortable(true);
        grid.addColumn(g -> getTranslation("group.status." + g.status().name())
                        + (g.deletionRequestedAt() == null ? "" : " · " + getTranslation("group.deletion.flag")))
                .setHeader(getTranslation("mail.status"))
                .setAutoWidth(true)
                .setKey("status")
                .setSortable(true);
        grid.addColumn(g -> Formats.number(g.readinessDone()) + "/" + Formats.number(Readiness.ITEMS))
                .setHeader(getTranslation("readiness.short"))
                .setAutoWidth(true)
                .setKey("readiness")
                .setSortable(true);
        grid.addColumn(g -> Masking.phone(g.phone()))
                .setHeader(getTranslation("group.mobile"))
                .setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("group.none"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
                grid.asSingleSelect().clear();
            }
        });
    }

    private GroupFilter filter() {
        return new GroupFilter(
                status.getValue(),
                ward.getValue(),
                category.getValue() == null ? null : category.getValue().code(),
                search.getValue(),
                readiness.getValue(),
                deletionRequested.getValue());
    }

    private void refresh() {
        GroupFilter filter = filter();
        grid.setItems(
                query ->
                        groups
                                .page(filter, query.getOffset(), query.getLimit(), sortOf(query.getSortOrders()))
                                .stream(),
                query -> groups.count(filter));
        total.setText(getTranslation("group.count", Formats.number(groups.count(filter))));
        exportApplies.setText(export.description(filter, getLocale(), bengali));
    }

    private List<GroupSort> sortOf(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new GroupSort(
                        switch (order.getSorted()) {
                            case "name" -> GroupSort.Column.NAME;
                            case "municipality" ->
                                bengali ? GroupSort.Column.MUNICIPALITY_BN : GroupSort.Column.MUNICIPALITY_EN;
                            case "ward" -> GroupSort.Column.WARD;
                            case "status" -> GroupSort.Column.STATUS;
                            case "readiness" -> GroupSort.Column.READINESS;
                            default -> GroupSort.Column.REGISTERED;
                        },
                        order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private String displayName(Group group) {
        return group.deleted() ? getTranslation("group.deleted", Formats.number(group.id())) : group.name();
    }

    private void open(Group summary) {
        Group group = groups.get(summary.id());
        new GroupDialog(
                        groups,
                        registrations,
                        deletions,
                        new GroupDialog.Profiles(profiles, stallCards),
                        group,
                        displayName(group),
                        bengali,
                        this::refresh,
                        group.deleted()
                                ? List.of()
                                : sections.orderedStream()
                                        .map(s -> s.officerView(group.id()))
                                        .toList())
                .open();
    }

    /** {@code groups?status=PENDING} opens on that status (the home's "groups waiting" link); an unknown one is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status").ifPresent(name -> {
            for (GroupStatus candidate : GroupStatus.values()) {
                if (candidate.name().equalsIgnoreCase(name)) {
                    status.setValue(candidate);
                }
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.title") + " · " + getTranslation("app.name");
    }
}
