package app.haat.audit;

import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Who changed what and when; loaded page by page from the database. */
@Route("admin/audit")
@RolesAllowed({Role.ADMIN, Role.OFFICER})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField text = new TextField();

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("haat-view");
        setSizeFull();

        type.setItems(List.of("GROUP", "USER", "ZONE", "DISTRICT", "BACKUP", "MAIL"));
        type.setPlaceholder(getTranslation("audit.allTypes"));
        type.setClearButtonVisible(true);
        type.getElement().setAttribute("aria-label", getTranslation("audit.type"));
        text.setPlaceholder(getTranslation("audit.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("audit-search");
        type.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(type, text);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> e.entityType() + " " + (e.entityId() == null ? "" : e.entityId()))
                .setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::action)
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::oldValue)
                .setHeader(getTranslation("audit.old"))
                .setFlexGrow(1);
        grid.addColumn(AuditEntry::newValue)
                .setHeader(getTranslation("audit.new"))
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(new H2(getTranslation("audit.title")), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(type.getValue(), text.getValue());
        grid.setItems(
                query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
