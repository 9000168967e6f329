package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.group.GroupService;
import app.haat.region.RegionService;
import app.haat.venue.VenueService;
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

/** Exhibitions on the user's venues, with their lifecycle state and applications; officers create them here. */
@Route("exhibitions")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class ExhibitionsView extends VerticalLayout implements HasDynamicTitle {

    private final boolean bengali;

    public ExhibitionsView(
            ExhibitionService exhibitions, VenueService venues, RegionService regions, GroupService groups) {
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();
        Button create = new Button(
                getTranslation("exhibition.new"),
                VaadinIcon.PLUS.create(),
                e -> new ExhibitionCreateDialog(exhibitions, venues, regions, groups, bengali).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("exhibition-new");
        Grid<Exhibition> grid = new Grid<>();
        grid.setId("exhibitions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> e.title(bengali))
                .setHeader(getTranslation("exhibition.title"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.venueName(bengali))
                .setHeader(getTranslation("exhibition.venue"))
                .setFlexGrow(2);
        grid.addColumn(e -> Formats.date(e.startsOn()) + " – " + Formats.date(e.endsOn()))
                .setHeader(getTranslation("exhibition.dates"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("exhibition.status." + e.status().name()))
                .setHeader(getTranslation("mail.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.number(e.applications()))
                .setHeader(getTranslation("exhibition.applications"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("exhibition.none"));
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate(ExhibitionView.class, e.getItem().id()));
        grid.setItems(exhibitions.list());
        add(new H2(getTranslation("exhibition.list")), create, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibition.list") + " · " + getTranslation("app.name");
    }
}
