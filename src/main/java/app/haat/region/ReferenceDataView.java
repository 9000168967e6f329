package app.haat.region;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Districts, municipalities and zones of the state; admins edit zones and which districts they cover. */
@Route("reference")
@RolesAllowed(Role.ADMIN)
public class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    private final RegionService regions;
    private final boolean bengali;
    private final Grid<Municipality> municipalityGrid = new Grid<>();
    private final Grid<District> districtGrid = new Grid<>();
    private final Grid<Zone> zoneGrid = new Grid<>();
    private final TextField municipalityFilter = new TextField();
    private List<Municipality> municipalities = List.of();
    private List<Zone> zones = List.of();

    public ReferenceDataView(RegionService regions, CentreDirectoryService centres) {
        this.regions = regions;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();
        add(new H2(getTranslation("reference.title")));

        TabSheet tabs = Accessible.tabs(new TabSheet());
        tabs.setWidthFull();
        tabs.add(getTranslation("reference.municipalities"), municipalitiesTab());
        tabs.add(getTranslation("reference.districts"), districtsTab());
        tabs.add(getTranslation("reference.zones"), zonesTab());
        tabs.add(getTranslation("reference.centres"), new CentresTab(centres, regions));
        add(tabs);
        setFlexGrow(1, tabs);
        refresh();
    }

    private VerticalLayout municipalitiesTab() {
        municipalityFilter.setPlaceholder(getTranslation("reference.filter"));
        municipalityFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        municipalityFilter.setClearButtonVisible(true);
        municipalityFilter.setValueChangeMode(ValueChangeMode.LAZY);
        municipalityFilter.setWidthFull();
        municipalityFilter.setId("municipality-filter");
        municipalityFilter.addValueChangeListener(e -> filterMunicipalities());

        municipalityGrid.setId("municipality-grid");
        municipalityGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        municipalityGrid
                .addColumn(m -> m.name(bengali))
                .setHeader(getTranslation("reference.name"))
                .setSortable(true)
                .setFlexGrow(2)
                .setKey("name");
        municipalityGrid
                .addColumn(m -> bengali ? m.nameEn() : m.nameBn())
                .setHeader(getTranslation("reference.otherName"))
                .setFlexGrow(2)
                .setKey("otherName");
        municipalityGrid
                .addColumn(m -> bengali ? m.districtBn() : m.districtEn())
                .setHeader(getTranslation("reference.district"))
                .setSortable(true)
                .setFlexGrow(2)
                .setKey("district");
        municipalityGrid
                .addColumn(m -> getTranslation("reference.type." + m.type().name()))
                .setHeader(getTranslation("reference.type"))
                .setFlexGrow(1)
                .setKey("type");
        municipalityGrid.setEmptyStateText(getTranslation("reference.noMatch"));
        municipalityGrid.setHeight("60vh");

        Span count = new Span();
        count.setId("municipality-count");
        municipalityGrid
                .getListDataView()
                .addItemCountChangeListener(
                        e -> count.setText(getTranslation("reference.count", Formats.number(e.getItemCount()))));
        VerticalLayout tab = new VerticalLayout(municipalityFilter, count, municipalityGrid);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout districtsTab() {
        districtGrid.setId("district-grid");
        districtGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        districtGrid
                .addColumn(d -> bengali ? d.nameBn() : d.nameEn())
                .setHeader(getTranslation("reference.name"))
                .setFlexGrow(2);
        districtGrid
                .addColumn(d -> Formats.number(d.municipalityCount()))
                .setHeader(getTranslation("reference.municipalityCount"))
                .setFlexGrow(1);
        districtGrid
                .addComponentColumn(this::zonePicker)
                .setHeader(getTranslation("reference.zone"))
                .setFlexGrow(2);
        districtGrid.setHeight("60vh");
        VerticalLayout tab = new VerticalLayout(districtGrid);
        tab.setPadding(false);
        return tab;
    }

    private ComboBox<Zone> zonePicker(District district) {
        ComboBox<Zone> picker = new ComboBox<>();
        picker.setItems(zones);
        picker.setItemLabelGenerator(z -> bengali ? z.nameBn() : z.nameEn());
        picker.setPlaceholder(getTranslation("reference.noZone"));
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        picker.getElement().setAttribute("aria-label", getTranslation("reference.zone"));
        zones.stream()
                .filter(z -> district.zoneId() != null && z.id() == district.zoneId())
                .findFirst()
                .ifPresent(picker::setValue);
        picker.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Long zoneId = e.getValue() == null ? null : e.getValue().id();
            if (Notifications.attempt(() -> regions.assignDistrictToZone(district.id(), zoneId))) {
                Notifications.success(getTranslation("reference.zoneAssigned"));
                refresh();
            }
        });
        return picker;
    }

    private VerticalLayout zonesTab() {
        zoneGrid.setId("zone-grid");
        zoneGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        zoneGrid.addColumn(Zone::nameEn)
                .setHeader(getTranslation("reference.nameEn"))
                .setFlexGrow(2);
        zoneGrid.addColumn(Zone::nameBn)
                .setHeader(getTranslation("reference.nameBn"))
                .setFlexGrow(2);
        zoneGrid.addColumn(z -> Formats.number(z.districtCount())).setHeader(getTranslation("reference.districts"));
        zoneGrid.addComponentColumn(zone -> {
                    Button rename = new Button(VaadinIcon.EDIT.create(), e -> openZoneDialog(zone));
                    rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    rename.setTooltipText(getTranslation("action.edit"));
                    rename.getElement().setAttribute("aria-label", getTranslation("action.edit"));
                    Button delete = new Button(
                            VaadinIcon.TRASH.create(),
                            e -> Confirm.ask(
                                    getTranslation("reference.zone.deleteTitle"),
                                    getTranslation(
                                            "reference.zone.deleteText",
                                            bengali ? zone.nameBn() : zone.nameEn(),
                                            Formats.number(zone.districtCount())),
                                    getTranslation("reference.zone.delete"),
                                    () -> {
                                        if (Notifications.attempt(() -> regions.deleteZone(zone.id()))) {
                                            refresh();
                                        }
                                    }));
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    delete.setTooltipText(getTranslation("action.delete"));
                    delete.getElement().setAttribute("aria-label", getTranslation("action.delete"));
                    return new HorizontalLayout(rename, delete);
                })
                .setKey("actions");
        zoneGrid.setEmptyStateText(getTranslation("reference.noZones"));
        zoneGrid.setAllRowsVisible(true);
        Button add =
                new Button(getTranslation("reference.zone.add"), VaadinIcon.PLUS.create(), e -> openZoneDialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-zone");
        VerticalLayout tab = new VerticalLayout(add, zoneGrid);
        tab.setPadding(false);
        return tab;
    }

    private void openZoneDialog(@Nullable Zone zone) {
        FormDialog dialog = new FormDialog(getTranslation(zone == null ? "reference.zone.add" : "reference.zone.edit"));
        TextField nameEn = new TextField(getTranslation("reference.nameEn"));
        TextField nameBn = new TextField(getTranslation("reference.nameBn"));
        for (TextField field : List.of(nameEn, nameBn)) {
            field.setRequired(true);
            field.setMaxLength(RegionService.MAX_NAME);
            field.setWidthFull();
        }
        if (zone != null) {
            nameEn.setValue(zone.nameEn());
            nameBn.setValue(zone.nameBn());
        }
        dialog.save("save-zone", () -> {
            boolean saved = Notifications.attempt(() -> {
                if (zone == null) {
                    regions.createZone(nameEn.getValue(), nameBn.getValue());
                } else {
                    regions.renameZone(zone.id(), nameEn.getValue(), nameBn.getValue());
                }
            });
            if (saved) {
                dialog.close();
                Notifications.success(getTranslation("action.saved"));
                refresh();
            }
        });
        dialog.add(new VerticalLayout(nameEn, nameBn));
        dialog.open();
        nameEn.focus();
    }

    private void refresh() {
        municipalities = regions.municipalities();
        filterMunicipalities();
        zones = regions.zones();
        districtGrid.setItems(regions.districts());
        zoneGrid.setItems(zones);
    }

    private void filterMunicipalities() {
        String needle = municipalityFilter.getValue().strip().toLowerCase(Locale.ROOT);
        municipalityGrid.setItems(
                needle.isEmpty()
                        ? municipalities
                        : municipalities.stream()
                                .filter(m -> (m.nameEn() + " " + m.nameBn() + " " + m.districtEn() + " "
                                                + m.districtBn())
                                        .toLowerCase(Locale.ROOT)
                                        .contains(needle))
                                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title") + " · " + getTranslation("app.name");
    }
}
