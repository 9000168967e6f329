package app.haat.venue;

import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
        grid.addColumn(v -> v.name(bengali))
                .setHeader(getTranslation("venue.name"))
                .setFlexGrow(3)
                .setSortable(true)
                .setComparator(v -> v.name(bengali));
        grid.addColumn(v -> getTranslation("venue.kind." + v.kind().name()))
                .setHeader(getTranslation("venue.kind"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.municipality(bengali))
                .setHeader(getTranslation("group.municipality"))
                .setFlexGrow(2);
        grid.addColumn(Venue::kioskCount)
                .setHeader(getTranslation("venue.kiosks"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("venue.none"));
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate(VenueView.class, e.getItem().id()));
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
        Set<Long> scope = venues.municipalityScope();
        List<Municipality> choices = scope == null ? regions.municipalities() : regions.municipalities(scope);
        new VenueCreateDialog(venues, kinds, choices, bengali).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("venue.title") + " · " + getTranslation("app.name");
    }
}
