package app.haat.exhibition;

import app.haat.core.data.Sha256;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.ExportButtons;
import app.haat.core.ui.Notifications;
import app.haat.group.Category;
import app.haat.group.Group;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.Product;
import app.haat.group.ProductService;
import app.haat.region.District;
import app.haat.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import app.haat.search.SearchPanel;
import app.haat.search.SearchService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One exhibition: its facts and lifecycle step, and the review of its applications (filters, bulk, counts). */
@Route("exhibition")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class ExhibitionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ExhibitionService exhibitions;
    private final ApplicationService applications;
    private final RegionService regions;
    private final GroupService groups;
    private final ProductService products;
    private final boolean bengali;
    private final Grid<Application> grid = new Grid<>();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ComboBox<District> district = new ComboBox<>();
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final VerticalLayout counts = new VerticalLayout();
    private final SearchService finder;
    private final ApplicationExport export;
    private Exhibition exhibition;

    public ExhibitionView(ExhibitionService exhibitions, ApplicationService applications, RegionService regions,
                          GroupService groups, ProductService products, SearchService finder,
                          ApplicationExport export) {
        this.export = export;
        this.finder = finder;
        this.products = products;
        this.exhibitions = exhibitions;
        this.applications = applications;
        this.regions = regions;
        this.groups = groups;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        exhibition = exhibitions.get(id);
        boolean manage = exhibitions.canManage(exhibition);
        removeAll();
        add(new H2(exhibition.title()));
        Paragraph facts = new Paragraph(exhibition.venueName() + " · " + Formats.date(exhibition.startsOn()) + " – "
                + Formats.date(exhibition.endsOn()) + " · " + getTranslation("exhibition.slot."
                + exhibition.slotLength().name()) + " · " + getTranslation("exhibition.perKioskText",
                Formats.number(exhibition.groupsPerKioskSlot())));
        if (exhibition.lotterySeed() != null) {
            // commit, then reveal: the seed's fingerprint is public from closing, with the draw's public record
            Anchor record = new Anchor("catalogue/draw/" + id + "?lang=" + (bengali ? "bn" : "en"),
                    getTranslation("exhibition.drawRecord"));
            record.setId("exhibition-draw-record");
            Paragraph commitment = new Paragraph(getTranslation("exhibition.seedHash",
                    Sha256.hex(Long.toString(exhibition.lotterySeed()))));
            commitment.setId("exhibition-seed-hash");
            commitment.addClassName("haat-break");
            add(commitment, record);
        }
        Paragraph window = new Paragraph(getTranslation("exhibition.windowText",
                Formats.dateTime(exhibition.applicationsOpenAt()), Formats.dateTime(exhibition.applicationsCloseAt())));
        List<String> allowed = exhibitions.categories(id);
        Paragraph who = new Paragraph(CatchmentText.of(exhibition.catchmentLabel(), regions, bengali, this) + " · "
                + (allowed.isEmpty() ? getTranslation("exhibition.allCategories") : groups.categories().stream()
                .filter(c -> allowed.contains(c.code())).map(c -> bengali ? c.nameBn() : c.nameEn())
                .collect(Collectors.joining(", "))));
        Paragraph state = new Paragraph(getTranslation("exhibition.statusText",
                getTranslation("exhibition.status." + exhibition.status().name())));
        state.setId("exhibition-status");
        add(facts, window, who, state);
        ExhibitionStatus next = exhibition.status().next();
        // allocating and publishing happen on the allocation board
        if (manage && next != null && next != ExhibitionStatus.ALLOCATED && next != ExhibitionStatus.PUBLISHED) {
            Button step = new Button(getTranslation("exhibition.step." + next.name()), VaadinIcon.ARROW_RIGHT.create(),
                    e -> Confirm.ask(getTranslation("exhibition.step." + next.name()),
                            getTranslation("exhibition.stepConfirm." + next.name()),
                            getTranslation("exhibition.step." + next.name()), () -> {
                                if (Notifications.attempt(() -> exhibitions.advance(id, exhibition.version(), next))) {
                                    UI.getCurrent().refreshCurrentRoute(true);
                                }
                            }));
            step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            step.setId("exhibition-step");
            add(step);
        }
        if (exhibition.status().ordinal() >= ExhibitionStatus.CLOSED.ordinal()) {
            // the board lives in the allocation feature, which builds on this one: linked by its address
            Button board = new Button(getTranslation("allocation.board"), VaadinIcon.GRID_BIG.create(),
                    e -> UI.getCurrent().navigate("allocation/" + id));
            board.setId("exhibition-board");
            add(board);
        }
        if (manage && exhibition.status().ordinal() >= ExhibitionStatus.PUBLISHED.ordinal()) {
            // sales and check-ins live in the sales feature, which builds on this one: linked by its address
            Button sales = new Button(getTranslation("sales.overview.title"), VaadinIcon.MONEY.create(),
                    e -> UI.getCurrent().navigate("sales-overview/" + id));
            sales.setId("exhibition-sales");
            add(sales);
        }
        add(new H3(getTranslation("exhibition.slots")), new Paragraph(exhibitions.slots(id).stream()
                .map(s -> getTranslation("exhibition.slotText", Formats.number(s.seq()), Formats.date(s.startsOn()),
                        Formats.date(s.endsOn()))).collect(Collectors.joining(" · "))));
        add(new H3(getTranslation("exhibition.applications")));
        showReview(manage);
    }

    private void showReview(boolean manage) {
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
        // the smart search: any spelling in either script, with facets; choosing a hit filters the list to its group
        SearchPanel[] find = new SearchPanel[1];
        find[0] = new SearchPanel("applications", getTranslation("search.applications"), "application.status.",
                (text, chosen, typing, inBengali) -> finder.applications(text, exhibition.id(), chosen, 20, typing,
                        inBengali),
                hit -> {
                    find[0].clear();
                    search.setValue(hit.name());
                }, active -> {
                    filters.setVisible(!active);
                    grid.setVisible(!active);
                });
        add(find[0]);
        grid.setId("applications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        if (manage) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.addColumn(Application::groupName).setHeader(getTranslation("group.name")).setFlexGrow(3);
        grid.addColumn(a -> bengali ? a.municipalityBn() : a.municipalityEn())
                .setHeader(getTranslation("group.municipality")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("application.status." + a.status().name())
                        + (a.reason() == null ? "" : ": " + a.reason())
                        + (a.explanationCode() == null ? "" : " · " + ExplanationText.of(this, a)))
                .setHeader(getTranslation("mail.status")).setFlexGrow(2).setKey("status");
        grid.addColumn(a -> a.preferredSlots().stream().map(Formats::number).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("application.preferences")).setAutoWidth(true);
        grid.addColumn(a -> (a.needsElectricity() ? "⚡ " : "") + (a.needsFood() ? "🍲" : ""))
                .setHeader(getTranslation("application.needs")).setAutoWidth(true);
        grid.addColumn(a -> a.onBehalf() ? getTranslation("application.paper") : "")
                .setHeader(getTranslation("application.source")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("application.none"));
        grid.setHeight("420px");
        total.setId("applications-total");
        var locale = getLocale();
        long exhibitionId = exhibition.id();
        HorizontalLayout totalAndExports = new HorizontalLayout(total, new ExportButtons("applications",
                "applications", () -> {
                    ApplicationFilter filter = filter();
                    return (format, out) -> export.export(exhibitionId, filter, format, locale, out);
                }));
        totalAndExports.setWrap(true);
        totalAndExports.setAlignItems(Alignment.CENTER);
        add(filters, totalAndExports);
        if (manage) {
            Button accept = new Button(getTranslation("application.accept"), VaadinIcon.CHECK.create(), e -> {
                Set<Long> ids = selectedIds();
                int[] changed = new int[1];
                if (Notifications.attempt(() -> changed[0] = applications.accept(exhibition.id(), ids))) {
                    Notifications.success(getTranslation("application.changed", Formats.number(changed[0])));
                    refresh();
                }
            });
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            accept.setId("applications-accept");
            Button reject = new Button(getTranslation("application.reject"), VaadinIcon.CLOSE.create(),
                    e -> openReject());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("applications-reject");
            Button paper = new Button(getTranslation("application.paperEntry"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> openPaperForm());
            paper.setId("applications-paper");
            paper.setVisible(exhibition.status() == ExhibitionStatus.OPEN);
            HorizontalLayout bulk = new HorizontalLayout(accept, reject, paper);
            bulk.setWrap(true);
            add(bulk);
        }
        add(grid);
        counts.setPadding(false);
        add(new H3(getTranslation("application.counts")), counts);
        refresh();
    }

    private Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(Application::id).collect(Collectors.toSet());
    }

    /** An officer types in a paper application for a verified group of their municipalities. */
    private void openPaperForm() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("application.paperEntry"));
        dialog.setWidth("min(560px, 96vw)");
        ComboBox<Group> group = new ComboBox<>(getTranslation("application.group"));
        group.setItems(query -> groups.page(new GroupFilter(GroupStatus.VERIFIED, null, null,
                query.getFilter().orElse("")), query.getOffset(), query.getLimit()).stream());
        group.setItemLabelGenerator(g -> g.name() + " · " + (bengali ? g.municipalityBn() : g.municipalityEn()));
        group.setWidthFull();
        group.setId("paper-group");
        List<Slot> slots = exhibitions.slots(exhibition.id());
        ComboBox<Slot> first = new ComboBox<>(getTranslation("stalls.choice.1"));
        first.setItems(slots);
        first.setItemLabelGenerator(sl -> getTranslation("exhibition.slotText", Formats.number(sl.seq()),
                Formats.date(sl.startsOn()), Formats.date(sl.endsOn())));
        first.setValue(slots.getFirst());
        first.setWidthFull();
        CheckboxGroup<Product> shown = new CheckboxGroup<>(getTranslation("stalls.products"));
        shown.setItemLabelGenerator(Product::name);
        shown.setId("paper-products");
        group.addValueChangeListener(e -> {
            List<Product> catalogue = e.getValue() == null ? List.of() : products.products(e.getValue().id());
            shown.setItems(catalogue);
            catalogue.stream().findFirst().ifPresent(shown::select);
        });
        Checkbox electricity = new Checkbox(getTranslation("stalls.needsElectricity"));
        Checkbox food = new Checkbox(getTranslation("stalls.needsFood"));
        Checkbox declaration = new Checkbox(getTranslation("application.paperDeclaration"));
        declaration.setId("paper-declaration");
        VerticalLayout body = new VerticalLayout(group, first, shown, electricity, food, declaration);
        body.setPadding(false);
        Button save = new Button(getTranslation("stalls.submit"), e -> {
            if (Notifications.attempt(() -> applications.apply(exhibition.id(), new ApplicationForm(
                    group.getValue() == null ? null : group.getValue().id(),
                    first.getValue() == null ? List.of() : List.of(first.getValue().id()),
                    shown.getValue().stream().map(Product::id).toList(), electricity.getValue(), food.getValue(),
                    declaration.getValue())))) {
                Notifications.success(getTranslation("stalls.submitted"));
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("paper-save");
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openReject() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("application.reject"));
        TextArea reason = new TextArea(getTranslation("group.rejectReason"));
        reason.setMaxLength(1000);
        reason.setWidth("min(480px, 85vw)");
        reason.setId("applications-reason");
        Button confirm = new Button(getTranslation("application.reject"), e -> {
            Set<Long> ids = selectedIds();
            int[] changed = new int[1];
            if (Notifications.attempt(() -> changed[0] = applications.reject(exhibition.id(), ids, reason.getValue()))) {
                Notifications.success(getTranslation("application.changed", Formats.number(changed[0])));
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("applications-reject-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(status.getValue(), null,
                district.getValue() == null ? null : district.getValue().id(),
                category.getValue() == null ? null : category.getValue().code(), search.getValue());
    }

    private void refresh() {
        ApplicationFilter filter = filter();
        grid.setItems(query -> applications.page(exhibition.id(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> applications.count(exhibition.id(), filter));
        total.setText(getTranslation("application.count", Formats.number(applications.count(exhibition.id(), filter))));
        counts.removeAll();
        for (String dimension : List.of("municipality", "district", "category")) {
            List<ApplicationCount> rows = applications.countsBy(exhibition.id(), dimension);
            counts.add(new Paragraph(getTranslation("application.by." + dimension) + ": " + (rows.isEmpty() ? "—"
                    : rows.stream().map(c -> (bengali ? c.nameBn() : c.nameEn()) + " " + Formats.number(c.count()))
                    .collect(Collectors.joining(", ")))));
        }
    }

    @Override
    public String getPageTitle() {
        return (exhibition == null ? getTranslation("exhibition.list") : exhibition.title()) + " · "
                + getTranslation("app.name");
    }
}
