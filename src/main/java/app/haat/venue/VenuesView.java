package app.haat.venue;

import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Notifications;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The venues the user may see: malls and vans of the officer's municipalities, centres for the centre's staff. */
@Route("venues")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class VenuesView extends VerticalLayout implements HasDynamicTitle {

    private final VenueService venues;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final boolean bengali;
    private final Grid<Venue> grid = new Grid<>();

    public VenuesView(VenueService venues, RegionService regions, CurrentUser currentUser) {
        this.venues = venues;
        this.regions = regions;
        this.currentUser = currentUser;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();
        Button create = new Button(getTranslation("venue.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("venue-new");
        grid.setId("venues-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Venue::name).setHeader(getTranslation("venue.name")).setFlexGrow(3).setSortable(true)
                .setComparator(Venue::name);
        grid.addColumn(v -> getTranslation("venue.kind." + v.kind().name())).setHeader(getTranslation("venue.kind"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.municipality(bengali)).setHeader(getTranslation("group.municipality")).setFlexGrow(2);
        grid.addColumn(Venue::kioskCount).setHeader(getTranslation("venue.kiosks")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("venue.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(VenueView.class, e.getItem().id()));
        grid.setItems(venues.list());
        add(new H2(getTranslation("venue.title")), create, grid);
        setFlexGrow(1, grid);
    }

    private void openCreate() {
        Role role = currentUser.require().role();
        Set<VenueKind> kinds = switch (role) {
            case STATE_ADMIN -> EnumSet.allOf(VenueKind.class);
            case MUNICIPAL_OFFICER -> EnumSet.of(VenueKind.MALL, VenueKind.VAN);
            default -> EnumSet.of(VenueKind.CENTRE);
        };
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("venue.new"));
        dialog.setWidth("min(640px, 95vw)");
        ComboBox<VenueKind> kind = new ComboBox<>(getTranslation("venue.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation("venue.kind." + k.name()));
        kind.setValue(kinds.iterator().next());
        kind.setId("venue-kind");
        TextField name = new TextField(getTranslation("venue.name"));
        name.setMaxLength(VenueService.MAX_NAME);
        name.setId("venue-name");
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("group.municipality"));
        Set<Long> scope = venues.municipalityScope();
        List<Municipality> choices = scope == null ? regions.municipalities() : regions.municipalities(scope);
        municipality.setItems(choices);
        municipality.setItemLabelGenerator(m -> bengali ? m.nameBn() + " · " + m.nameEn() : m.bothNames());
        if (choices.size() == 1) {
            municipality.setValue(choices.getFirst());
        }
        municipality.setId("venue-municipality");
        TextField address = new TextField(getTranslation("venue.address"));
        address.setMaxLength(500);
        IntegerField floors = new IntegerField(getTranslation("venue.floors"));
        floors.setValue(1);
        floors.setMin(1);
        floors.setMax(20);
        floors.setStepButtonsVisible(true);
        IntegerField columns = new IntegerField(getTranslation("venue.planColumns"));
        columns.setValue(12);
        IntegerField rows = new IntegerField(getTranslation("venue.planRows"));
        rows.setValue(8);
        TextField registration = new TextField(getTranslation("venue.registration"));
        registration.setMaxLength(20);
        registration.setId("venue-registration");
        IntegerField capacity = new IntegerField(getTranslation("venue.capacity"));
        capacity.setMin(1);
        capacity.setMax(100);
        capacity.setId("venue-capacity");
        Runnable showFields = () -> {
            boolean van = kind.getValue() == VenueKind.VAN;
            registration.setVisible(van);
            capacity.setVisible(van);
            floors.setVisible(!van);
            columns.setVisible(!van);
            rows.setVisible(!van);
        };
        kind.addValueChangeListener(e -> showFields.run());
        showFields.run();
        FormLayout form = new FormLayout(kind, name, municipality, address, floors, columns, rows, registration,
                capacity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        Button save = new Button(getTranslation("action.save"), e -> {
            Long[] created = new Long[1];
            if (Notifications.attempt(() -> created[0] = venues.create(new VenueForm(kind.getValue(), name.getValue(),
                    municipality.getValue() == null ? null : municipality.getValue().id(), address.getValue(),
                    floors.getValue(), columns.getValue(), rows.getValue(), registration.getValue(),
                    capacity.getValue(), List.of())))) {
                dialog.close();
                UI.getCurrent().navigate(VenueView.class, created[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("venue-save");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("venue.title") + " · " + getTranslation("app.name");
    }
}
