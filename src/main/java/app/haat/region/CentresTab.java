package app.haat.region;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;

/** The admin's centres: the Salt Lake centre and one City Livelihood Centre per zone, added or removed here. */
class CentresTab extends VerticalLayout {

    private final CentreDirectoryService centres;
    private final RegionService regions;
    private final Grid<Centre> grid = new Grid<>();

    CentresTab(CentreDirectoryService centres, RegionService regions) {
        this.centres = centres;
        this.regions = regions;
        setPadding(false);
        grid.setId("centre-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Centre::name)
                .setHeader(getTranslation("reference.centre.name"))
                .setFlexGrow(3);
        grid.addColumn(c -> zoneName(c))
                .setHeader(getTranslation("reference.zone"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation("reference.centre.kind." + c.kind().name()))
                .setHeader(getTranslation("reference.centre.kind"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::deleteButton).setKey("actions");
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("reference.centre.add"), VaadinIcon.PLUS.create(), e -> openDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-centre");
        add(add, grid);
        refresh();
    }

    private String zoneName(Centre centre) {
        return regions.zones().stream()
                .filter(z -> Objects.equals(z.id(), centre.zoneId()))
                .map(z -> LocalizedName.pick(z.nameEn(), z.nameBn(), LocalizedName.bengaliScreen()))
                .findFirst()
                .orElse("—");
    }

    private Button deleteButton(Centre centre) {
        Button delete = new Button(
                VaadinIcon.TRASH.create(),
                e -> Confirm.ask(
                        getTranslation("reference.centre.deleteTitle"),
                        getTranslation("reference.centre.deleteText", centre.name()),
                        getTranslation("reference.centre.delete"),
                        () -> {
                            if (Notifications.attempt(() -> centres.delete(centre.id()))) {
                                refresh();
                            }
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setTooltipText(getTranslation("reference.centre.delete"));
        delete.getElement().setAttribute("aria-label", getTranslation("reference.centre.delete"));
        delete.setVisible(centre.livelihood());
        return delete;
    }

    private void openDialog() {
        FormDialog dialog = new FormDialog(getTranslation("reference.centre.add"));
        TextField nameEn = new TextField(getTranslation("reference.nameEn"));
        TextField nameBn = new TextField(getTranslation("reference.nameBn"));
        TextField phone = new TextField(getTranslation("reference.centre.phone"));
        phone.getElement().setAttribute("inputmode", "tel");
        TextField address = new TextField(getTranslation("reference.centre.address"));
        ComboBox<Zone> zone = new ComboBox<>(getTranslation("reference.zone"));
        zone.setItems(regions.zones());
        zone.setItemLabelGenerator(z -> LocalizedName.pick(z.nameEn(), z.nameBn(), LocalizedName.bengaliScreen()));
        zone.setRequired(true);
        for (var field : List.of(nameEn, nameBn, phone, address)) {
            field.setWidthFull();
        }
        zone.setWidthFull();
        nameEn.setId("centre-name-en");
        nameBn.setId("centre-name-bn");
        zone.setId("centre-zone");
        dialog.save("save-centre", () -> {
            boolean saved = Notifications.attempt(() -> {
                if (zone.getValue() == null) {
                    throw new ValidationException("centre.admin.error.zone");
                }
                centres.create(
                        nameEn.getValue(),
                        nameBn.getValue(),
                        zone.getValue().id(),
                        phone.getValue(),
                        address.getValue());
            });
            if (saved) {
                dialog.close();
                Notifications.success(getTranslation("action.saved"));
                refresh();
            }
        });
        dialog.add(new VerticalLayout(nameEn, nameBn, zone, phone, address));
        dialog.open();
        nameEn.focus();
    }

    private void refresh() {
        grid.setItems(centres.centres());
    }
}
