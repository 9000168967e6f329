package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.DateFields;
import app.haat.core.ui.Notifications;
import app.haat.group.Category;
import app.haat.group.GroupService;
import app.haat.region.District;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import app.haat.venue.Venue;
import app.haat.venue.VenueService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Exhibitions on the user's venues, with their lifecycle state and applications; officers create them here. */
@Route("exhibitions")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class ExhibitionsView extends VerticalLayout implements HasDynamicTitle {

    private final ExhibitionService exhibitions;
    private final VenueService venues;
    private final RegionService regions;
    private final GroupService groups;
    private final boolean bengali;

    public ExhibitionsView(ExhibitionService exhibitions, VenueService venues, RegionService regions,
                           GroupService groups) {
        this.exhibitions = exhibitions;
        this.venues = venues;
        this.regions = regions;
        this.groups = groups;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();
        Button create = new Button(getTranslation("exhibition.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("exhibition-new");
        Grid<Exhibition> grid = new Grid<>();
        grid.setId("exhibitions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Exhibition::title).setHeader(getTranslation("exhibition.title")).setFlexGrow(3);
        grid.addColumn(Exhibition::venueName).setHeader(getTranslation("exhibition.venue")).setFlexGrow(2);
        grid.addColumn(e -> Formats.date(e.startsOn()) + " – " + Formats.date(e.endsOn()))
                .setHeader(getTranslation("exhibition.dates")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("exhibition.status." + e.status().name()))
                .setHeader(getTranslation("mail.status")).setAutoWidth(true);
        grid.addColumn(e -> Formats.number(e.applications())).setHeader(getTranslation("exhibition.applications"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("exhibition.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ExhibitionView.class, e.getItem().id()));
        grid.setItems(exhibitions.list());
        add(new H2(getTranslation("exhibition.list")), create, grid);
        setFlexGrow(1, grid);
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("exhibition.new"));
        dialog.setWidth("min(720px, 95vw)");
        ComboBox<Venue> venue = new ComboBox<>(getTranslation("exhibition.venue"));
        List<Venue> mine = venues.list().stream().filter(venues::canManage).toList();
        venue.setItems(mine);
        venue.setItemLabelGenerator(v -> v.name() + " · " + v.municipality(bengali));
        if (mine.size() == 1) {
            venue.setValue(mine.getFirst());
        }
        venue.setId("exhibition-venue");
        TextField title = new TextField(getTranslation("exhibition.title"));
        title.setMaxLength(200);
        title.setId("exhibition-title");
        DatePicker starts = new DatePicker(getTranslation("exhibition.startsOn"));
        DatePicker ends = new DatePicker(getTranslation("exhibition.endsOn"));
        DateFields.apply(starts);
        DateFields.apply(ends);
        starts.setValue(LocalDate.now(Formats.INDIA).plusWeeks(3));
        // the service's rule, shown in the calendar: from today, at most MAX_YEARS_AHEAD years ahead
        starts.setMin(LocalDate.now(Formats.INDIA));
        starts.setMax(LocalDate.now(Formats.INDIA).plusYears(ExhibitionService.MAX_YEARS_AHEAD));
        ends.setValue(starts.getValue().plusDays(13));
        starts.setId("exhibition-starts");
        ends.setId("exhibition-ends");
        Select<SlotLength> slot = new Select<>();
        slot.setLabel(getTranslation("exhibition.slotLength"));
        slot.setItems(SlotLength.values());
        slot.setItemLabelGenerator(s -> getTranslation("exhibition.slot." + s.name()));
        slot.setValue(SlotLength.WEEK);
        IntegerField perKiosk = new IntegerField(getTranslation("exhibition.groupsPerKioskSlot"));
        perKiosk.setValue(10);
        perKiosk.setMin(1);
        perKiosk.setMax(100);
        perKiosk.setStepButtonsVisible(true);
        perKiosk.setId("exhibition-per-kiosk");
        Select<String> catchmentKind = new Select<>();
        catchmentKind.setLabel(getTranslation("exhibition.catchment"));
        catchmentKind.setItems("DEFAULT", "MUNICIPALITIES", "DISTRICTS", "ZONE", "STATE");
        catchmentKind.setItemLabelGenerator(k -> getTranslation("exhibition.catchmentKind." + k));
        catchmentKind.setValue("DEFAULT");
        MultiSelectComboBox<Municipality> municipalities = new MultiSelectComboBox<>(
                getTranslation("exhibition.catchmentKind.MUNICIPALITIES"));
        municipalities.setItems(regions.municipalities());
        municipalities.setItemLabelGenerator(m -> bengali ? m.nameBn() + " · " + m.nameEn() : m.bothNames());
        MultiSelectComboBox<District> districts = new MultiSelectComboBox<>(
                getTranslation("exhibition.catchmentKind.DISTRICTS"));
        districts.setItems(regions.districts());
        districts.setItemLabelGenerator(d -> CatchmentText.districtName(d, bengali));
        ComboBox<Zone> zone = new ComboBox<>(getTranslation("exhibition.catchmentKind.ZONE"));
        zone.setItems(regions.zones());
        zone.setItemLabelGenerator(z -> CatchmentText.zoneName(z, bengali));
        Runnable showCatchment = () -> {
            municipalities.setVisible("MUNICIPALITIES".equals(catchmentKind.getValue()));
            districts.setVisible("DISTRICTS".equals(catchmentKind.getValue()));
            zone.setVisible("ZONE".equals(catchmentKind.getValue()));
        };
        catchmentKind.addValueChangeListener(e -> showCatchment.run());
        showCatchment.run();
        MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>(getTranslation("exhibition.categories"));
        categories.setItems(groups.categories());
        categories.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        categories.setPlaceholder(getTranslation("exhibition.allCategories"));
        DateTimePicker opens = new DateTimePicker(getTranslation("exhibition.opensAt"));
        DateTimePicker closes = new DateTimePicker(getTranslation("exhibition.closesAt"));
        DateFields.apply(opens);
        DateFields.apply(closes);
        opens.setValue(LocalDateTime.now(Formats.INDIA).withSecond(0).withNano(0));
        closes.setValue(starts.getValue().minusDays(3).atTime(17, 0));
        FormLayout form = new FormLayout(venue, title, starts, ends, slot, perKiosk, catchmentKind, municipalities,
                districts, zone, categories, opens, closes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        Button save = new Button(getTranslation("action.save"), e -> {
            Catchment catchment = switch (catchmentKind.getValue()) {
                case "MUNICIPALITIES" -> new Catchment(Catchment.Kind.MUNICIPALITIES,
                        municipalities.getValue().stream().map(Municipality::id).toList());
                case "DISTRICTS" -> new Catchment(Catchment.Kind.DISTRICTS,
                        districts.getValue().stream().map(District::id).toList());
                case "ZONE" -> new Catchment(Catchment.Kind.ZONE, zone.getValue() == null ? List.of()
                        : List.of(zone.getValue().id()));
                case "STATE" -> new Catchment(Catchment.Kind.STATE, List.of());
                default -> Catchment.DEFAULT;
            };
            Long[] created = new Long[1];
            if (Notifications.attempt(() -> created[0] = exhibitions.create(new ExhibitionForm(
                    venue.getValue() == null ? null : venue.getValue().id(), title.getValue(), starts.getValue(),
                    ends.getValue(), slot.getValue(), perKiosk.getValue(), catchment,
                    categories.getValue().stream().map(Category::code).toList(),
                    opens.getValue() == null ? null : opens.getValue().atZone(Formats.INDIA).toOffsetDateTime(),
                    closes.getValue() == null ? null : closes.getValue().atZone(Formats.INDIA).toOffsetDateTime())))) {
                dialog.close();
                UI.getCurrent().navigate(ExhibitionView.class, created[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("exhibition-save");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibition.list") + " · " + getTranslation("app.name");
    }
}
