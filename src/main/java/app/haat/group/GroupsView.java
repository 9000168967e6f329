package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.ExportButtons;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import app.haat.search.SearchPanel;
import app.haat.search.SearchService;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** Officers' list of the groups of their municipalities (admins: all), loaded page by page; verify or reject. */
@Route("groups")
@RolesAllowed({Role.ADMIN, Role.OFFICER})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final GroupService groups;
    private final boolean bengali;
    private final Grid<Group> grid = new Grid<>();
    private final ComboBox<GroupStatus> status = new ComboBox<>();
    private final TextField search = new TextField();
    private final TextField ward = new TextField();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ComboBox<GroupFilter.ReadinessLevel> readiness = new ComboBox<>();
    private final Checkbox deletionRequested = new Checkbox();
    private final Span total = new Span();

    public GroupsView(GroupService groups, GroupImportService importer, SearchService finder, GroupExport export) {
        this.groups = groups;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();
        status.setItems(GroupStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("group.status." + s.name()));
        status.setPlaceholder(getTranslation("mail.allStatuses"));
        status.setClearButtonVisible(true);
        status.setValue(GroupStatus.PENDING);
        status.setId("groups-status");
        search.setPlaceholder(getTranslation("group.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("groups-search");
        ward.setPlaceholder(getTranslation("group.ward"));
        ward.setMaxLength(20);
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
        Button importCsv = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importer, this::refresh).open());
        importCsv.setId("groups-import");
        var locale = getLocale();
        ExportButtons exports = new ExportButtons("groups", "groups", () -> {
            GroupFilter filter = filter();
            List<GroupSort> sort = sortOf(grid.getSortOrder().stream().map(o -> new QuerySortOrder(
                    o.getSorted().getKey(), o.getDirection())).toList());
            return (format, out) -> export.export(filter, sort, format, locale, out);
        });
        HorizontalLayout filters = new HorizontalLayout(status, search, ward, category, readiness,
                deletionRequested, importCsv, exports);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        total.setId("groups-total");

        grid.setId("groups-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::displayName).setHeader(getTranslation("group.name")).setFlexGrow(3).setKey("name")
                .setSortable(true);
        grid.addColumn(g -> bengali ? g.municipalityBn() : g.municipalityEn())
                .setHeader(getTranslation("group.municipality")).setFlexGrow(2).setKey("municipality")
                .setSortable(true);
        grid.addColumn(Group::ward).setHeader(getTranslation("group.ward")).setAutoWidth(true).setKey("ward")
                .setSortable(true);
        grid.addColumn(g -> getTranslation("group.status." + g.status().name())
                        + (g.deletionRequestedAt() == null ? "" : " · " + getTranslation("group.deletion.flag")))
                .setHeader(getTranslation("mail.status")).setAutoWidth(true).setKey("status").setSortable(true);
        grid.addColumn(g -> Formats.number(g.readinessDone()) + "/" + Formats.number(Readiness.ITEMS))
                .setHeader(getTranslation("readiness.short")).setAutoWidth(true).setKey("readiness").setSortable(true);
        grid.addColumn(g -> Masking.phone(g.phone())).setHeader(getTranslation("group.mobile")).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("group.none"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
                grid.asSingleSelect().clear();
            }
        });
        // the smart search (any spelling, either script, facets) replaces the list while it shows results
        SearchPanel find = new SearchPanel("groups", getTranslation("search.groups"), "group.status.",
                (text, chosen, typing, inBengali) -> finder.groups(text, chosen, 20, typing, inBengali),
                hit -> open(groups.get(hit.id())), active -> {
                    filters.setVisible(!active);
                    total.setVisible(!active);
                    grid.setVisible(!active);
                });
        add(new H2(getTranslation("group.title")), find, filters, total, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private GroupFilter filter() {
        return new GroupFilter(status.getValue(), ward.getValue(),
                category.getValue() == null ? null : category.getValue().code(), search.getValue(),
                readiness.getValue(), deletionRequested.getValue());
    }

    private void refresh() {
        GroupFilter filter = filter();
        grid.setItems(query -> groups.page(filter, query.getOffset(), query.getLimit(), sortOf(query.getSortOrders()))
                .stream(), query -> groups.count(filter));
        total.setText(getTranslation("group.count", Formats.number(groups.count(filter))));
    }

    private List<GroupSort> sortOf(List<QuerySortOrder> orders) {
        return orders.stream().map(order -> new GroupSort(switch (order.getSorted()) {
            case "name" -> GroupSort.Column.NAME;
            case "municipality" -> bengali ? GroupSort.Column.MUNICIPALITY_BN : GroupSort.Column.MUNICIPALITY_EN;
            case "ward" -> GroupSort.Column.WARD;
            case "status" -> GroupSort.Column.STATUS;
            case "readiness" -> GroupSort.Column.READINESS;
            default -> GroupSort.Column.REGISTERED;
        }, order.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private String displayName(Group group) {
        return group.deleted() ? getTranslation("group.deleted", Formats.number(group.id())) : group.name();
    }

    private void open(Group summary) {
        Group group = groups.get(summary.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(displayName(group));
        dialog.setWidth("min(640px, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(line("group.municipality", bengali ? group.municipalityBn() + " (" + group.districtBn() + ")"
                : group.municipalityEn() + " (" + group.districtEn() + ")"));
        body.add(line("group.ward", group.ward()));
        body.add(line("group.members", Formats.number(group.memberCount())));
        body.add(line("group.leader", group.leaderName()));
        body.add(line("group.mobile", group.phone()));
        body.add(line("group.email", group.email() == null ? "—" : group.email()));
        body.add(line("group.registered.on", Formats.dateTime(group.createdAt())));
        body.add(line("group.registrationNo", orDash(group.registrationNo())));
        body.add(line("group.pan", orDash(group.pan())));
        body.add(line("group.gstin", orDash(group.gstin())));
        body.add(line("group.bankAccount", group.bankAccount() == null ? "—"
                : group.bankAccount() + " · " + orDash(group.ifsc())));
        body.add(line("readiness.short", Formats.number(group.readinessDone()) + "/" + Formats.number(Readiness.ITEMS)));
        List<Member> members = groups.members(group.id());
        body.add(line("group.memberList", members.isEmpty() ? "—" : String.join(", ", members.stream()
                .map(m -> m.name() + " (" + getTranslation("group.role." + m.role().name()) + ")").toList())));
        body.add(line("mail.status", getTranslation("group.status." + group.status().name())
                + (group.statusReason() == null ? "" : ": " + group.statusReason())));
        List<SharedIdentifier> shared = groups.sharedIdentifiers(group.id());
        if (!shared.isEmpty()) {
            Div warning = new Div(VaadinIcon.WARNING.create());
            warning.addClassName("haat-warning");
            warning.setId("group-duplicates");
            StringBuilder text = new StringBuilder(getTranslation("group.duplicates"));
            shared.forEach(other -> text.append(' ').append(getTranslation("group.shared." + other.kind()))
                    .append(": ").append(other.outsideScope() ? getTranslation("group.shared.elsewhere")
                            : other.groupName() + " (" + other.municipalityEn() + ")").append(';'));
            warning.add(new Span(text.toString()));
            body.add(warning);
        }
        TextArea reason = new TextArea(getTranslation("group.rejectReason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("group-reason");
        Button verify = new Button(getTranslation("group.verify"), VaadinIcon.CHECK.create(), e -> {
            if (Notifications.attempt(() -> groups.verify(group.id(), group.version()))) {
                Notifications.success(getTranslation("group.verified", group.name()));
                dialog.close();
                refresh();
            }
        });
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        verify.setId("group-verify");
        Button reject = new Button(getTranslation("group.reject"), VaadinIcon.CLOSE.create(), e -> {
            if (Notifications.attempt(() -> groups.reject(group.id(), group.version(), reason.getValue()))) {
                Notifications.success(getTranslation("group.rejected", group.name()));
                dialog.close();
                refresh();
            }
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("group-reject");
        if (group.status() == GroupStatus.PENDING) {
            body.add(reason);
            dialog.getFooter().add(reject, verify);
        }
        if (group.deletionRequestedAt() != null && !group.deleted()) {
            Paragraph requested = new Paragraph(getTranslation("group.deletion.officerNote",
                    Formats.date(group.deletionRequestedAt().atZoneSameInstant(Formats.INDIA).toLocalDate())));
            requested.addClassName("haat-warning");
            requested.setId("group-deletion-note");
            body.addComponentAsFirst(requested);
            Button erase = new Button(getTranslation("group.deletion.confirmButton"), VaadinIcon.TRASH.create(),
                    e -> Confirm.ask(getTranslation("group.deletion.confirmButton"),
                            getTranslation("group.deletion.officerConfirm", group.name()),
                            getTranslation("action.delete"), () -> {
                                if (Notifications.attempt(() -> groups.confirmDeletion(group.id(), group.version()))) {
                                    Notifications.success(getTranslation("group.deletion.done"));
                                    dialog.close();
                                    refresh();
                                }
                            }));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            erase.setId("group-erase");
            dialog.getFooter().add(erase);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.add(body);
        dialog.open();
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph paragraph = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        paragraph.add(label, new Span(value));
        paragraph.getStyle().set("margin", "0");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.title") + " · " + getTranslation("app.name");
    }
}
