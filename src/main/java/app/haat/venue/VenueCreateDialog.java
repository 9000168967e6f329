package app.haat.venue;

import app.haat.core.ui.BengaliNameField;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.region.Municipality;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;

/**
 * A new venue of the kinds the user may create: a mall or centre with its floors and plan grid, or a van with its
 * registration and capacity; saved, it opens the venue's page.
 */
class VenueCreateDialog extends FormDialog {

    private final VenueService venues;
    private final ComboBox<VenueKind> kind = new ComboBox<>();
    private final TextField name = new TextField();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final TextField address = new TextField();
    private final BengaliNameField nameBn =
            new BengaliNameField("venue.nameBn", VenueService.MAX_NAME, "venue-name-bn");
    private final BengaliNameField addressBn =
            new BengaliNameField("venue.addressBn", VenueService.MAX_ADDRESS, "venue-address-bn");
    private final TypedField<Integer> floors = TypedField.wholeNumber(getTranslation("venue.floors"));
    private final TypedField<Integer> columns = TypedField.wholeNumber(getTranslation("venue.planColumns"));
    private final TypedField<Integer> rows = TypedField.wholeNumber(getTranslation("venue.planRows"));
    private final TextField registration = new TextField();
    private final TypedField<Integer> capacity = TypedField.wholeNumber(getTranslation("venue.capacity"));
    private final VenueLocationDialog.Fields location = VenueLocationDialog.Fields.empty();

    /** {@code kinds} are those the user may create; {@code municipalities} those the venue may be in. */
    VenueCreateDialog(VenueService venues, Set<VenueKind> kinds, List<Municipality> municipalities, boolean bengali) {
        this.venues = venues;
        setHeaderTitle(getTranslation("venue.new"));
        setWidth("min(640px, 95vw)");
        kind.setLabel(getTranslation("venue.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation("venue.kind." + k.name()));
        kind.setValue(kinds.iterator().next());
        kind.setId("venue-kind");
        name.setLabel(getTranslation("venue.name"));
        name.setMaxLength(VenueService.MAX_NAME);
        name.setId("venue-name");
        municipality.setLabel(getTranslation("group.municipality"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(m -> bengali ? m.nameBn() + " · " + m.nameEn() : m.bothNames());
        if (municipalities.size() == 1) {
            municipality.setValue(municipalities.getFirst());
        }
        municipality.setId("venue-municipality");
        address.setLabel(getTranslation("venue.address"));
        address.setMaxLength(VenueService.MAX_ADDRESS);
        planFields();
        vanFields();
        kind.addValueChangeListener(e -> showFieldsOfKind());
        showFieldsOfKind();
        FormLayout form = new FormLayout(
                kind,
                name,
                nameBn,
                municipality,
                address,
                addressBn,
                location.latitude(),
                location.longitude(),
                floors,
                columns,
                rows,
                registration,
                capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        save("venue-save", this::create);
        add(form);
    }

    private void create() {
        if (!fieldsOfKindValid() || !location.valid()) {
            return;
        }
        Notifications.attemptAndGet(() -> venues.create(new VenueForm(
                        kind.getValue(),
                        name.getValue(),
                        municipality.getValue() == null
                                ? null
                                : municipality.getValue().id(),
                        address.getValue(),
                        floors.typed(),
                        columns.typed(),
                        rows.typed(),
                        registration.getValue(),
                        capacity.typed(),
                        List.of(),
                        location.latitude().typed(),
                        location.longitude().typed(),
                        nameBn.getValue(),
                        addressBn.getValue())))
                .ifPresent(created -> {
                    close();
                    UI.getCurrent().navigate(VenueView.class, created);
                });
    }

    private void planFields() {
        floors.show(1).range(1, VenueService.MAX_FLOORS);
        columns.show(12);
        rows.show(8);
    }

    private void vanFields() {
        registration.setLabel(getTranslation("venue.registration"));
        registration.setMaxLength(VenueService.MAX_REGISTRATION_TYPED);
        registration.setId("venue-registration");
        capacity.range(1, VenueService.MAX_CAPACITY);
        capacity.setId("venue-capacity");
    }

    private boolean fieldsOfKindValid() {
        return kind.getValue() == VenueKind.VAN ? TypedField.valid(capacity) : TypedField.valid(floors, columns, rows);
    }

    private void showFieldsOfKind() {
        boolean van = kind.getValue() == VenueKind.VAN;
        registration.setVisible(van);
        capacity.setVisible(van);
        floors.setVisible(!van);
        columns.setVisible(!van);
        rows.setVisible(!van);
    }
}
