package app.haat.venue;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.i18n.TypedValues;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One venue: a mall's or centre's floor plan, where officers add kiosks and move them by choosing a kiosk and then a
 * free cell; a van's capacity and weekly route.
 */
@Route("venue")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class VenueView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final VenueService venues;
    private final KioskService kioskService;
    private final RegionService regions;
    private final AffectedExhibitions closures;
    private final boolean bengali;
    private final FloorPlan plan = new FloorPlan();
    private final Div details = new Div();
    private final Select<Integer> floor = new Select<>();
    private final TypedField<LocalDate> day = TypedField.date("");
    private final Paragraph dayStatus = new Paragraph();
    private Venue venue;
    private boolean manage;
    private @Nullable Kiosk selected;

    public VenueView(
            VenueService venues, KioskService kioskService, RegionService regions, AffectedExhibitions closures) {
        this.closures = closures;
        this.venues = venues;
        this.kioskService = kioskService;
        this.regions = regions;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        venue = venues.get(id);
        manage = venues.canManage(venue);
        removeAll();
        add(new H2(venue.name(bengali)));
        add(new Paragraph(getTranslation("venue.kind." + venue.kind().name()) + " · " + venue.municipality(bengali)
                + (venue.address(bengali) == null ? "" : " · " + venue.address(bengali))
                + (venue.registrationNo() == null ? "" : " · " + venue.registrationNo())));
        add(locationLine());
        if (venue.kind() == VenueKind.VAN) {
            showVan();
        } else {
            showPlan();
        }
    }

    /** The venue's map link (by its location, or else its address and municipality), and who may set the location. */
    private HorizontalLayout locationLine() {
        Anchor map = new Anchor(venue.mapLink(), getTranslation("stalls.map"));
        map.setTarget("_blank");
        map.setId("venue-map");
        Span where = new Span(
                venue.latitude() == null
                        ? getTranslation("venue.location.none")
                        : getTranslation(
                                "venue.location.at",
                                TypedValues.decimal(venue.latitude(), bengali),
                                TypedValues.decimal(Objects.requireNonNull(venue.longitude()), bengali)));
        where.setId("venue-location");
        HorizontalLayout line = new HorizontalLayout(where, map);
        line.setAlignItems(Alignment.BASELINE);
        line.setWrap(true);
        if (manage) {
            Button edit = new Button(
                    getTranslation("venue.location.edit"),
                    e -> new VenueLocationDialog(
                                    venues, venue, () -> UI.getCurrent().refreshCurrentRoute(false))
                            .open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setId("venue-location-edit");
            Button closed =
                    new Button(getTranslation("venue.closure"), e -> new VenueClosureDialog(venue, closures).open());
            closed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            closed.setId("venue-closure");
            line.add(edit, closed);
        }
        return line;
    }

    private void showPlan() {
        floor.setLabel(getTranslation("venue.floor"));
        floor.setItems(IntStream.range(0, venue.floors()).boxed().toList());
        floor.setItemLabelGenerator(f -> getTranslation(Venue.floorKey(f), Formats.number(f)));
        floor.setValue(0);
        floor.setId("venue-floor");
        floor.setVisible(venue.floors() > 1);
        floor.addValueChangeListener(e -> redraw());
        day.setLabel(getTranslation("venue.day"));
        day.show(LocalDate.now(Formats.INDIA));
        day.setId("venue-day");
        day.addValueChangeListener(e -> {
            if (day.check().isEmpty() && day.typed() != null) {
                redraw();
            }
        });
        HorizontalLayout controls = new HorizontalLayout(floor, day);
        controls.setWrap(true);
        Div legend = new Div(
                new Span("▢ " + getTranslation("venue.legend.free")),
                new Span("■ " + getTranslation("venue.legend.kiosk")),
                new Span("■ " + getTranslation("venue.legend.inUse")));
        legend.addClassName("haat-legend");
        Paragraph hint = new Paragraph(getTranslation(manage ? "venue.planHint" : "venue.planHintReadOnly"));
        hint.addClassName("haat-hint");
        details.setId("kiosk-details");
        dayStatus.setId("venue-day-status");
        add(new H3(getTranslation("venue.plan")), controls, dayStatus, legend, hint, plan, details);
        redraw();
    }

    private void redraw() {
        List<Kiosk> kiosks = venues.kiosks(venue.id());
        Kiosk previous = selected;
        if (previous != null) {
            selected = kiosks.stream()
                    .filter(k -> k.id() == previous.id())
                    .findFirst()
                    .orElse(null);
        }
        LocalDate onDay = day.typed();
        var exhibition = onDay == null ? Optional.<String>empty() : kioskService.exhibitionOn(venue.id(), onDay);
        dayStatus.setText(
                exhibition.map(t -> getTranslation("venue.dayInUse", t)).orElse(getTranslation("venue.dayFree")));
        plan.show(
                venue,
                floor.getValue() == null ? 0 : floor.getValue(),
                kiosks,
                selected == null ? null : selected.id(),
                k -> exhibition.isPresent() ? "in-use" : null,
                this::select,
                this::cellChosen,
                getTranslation("venue.cell"));
        showDetails();
    }

    private void select(Kiosk kiosk) {
        selected = selected != null && selected.id() == kiosk.id() ? null : kiosk;
        redraw();
    }

    private void cellChosen(int x, int y) {
        if (!manage) {
            return;
        }
        int onFloor = floor.getValue() == null ? 0 : floor.getValue();
        Kiosk moving = selected;
        if (moving != null) {
            if (Notifications.attempt(() -> kioskService.moveKiosk(moving.id(), moving.version(), onFloor, x, y))) {
                Notifications.success(getTranslation("venue.moved", moving.code()));
                redraw();
            }
        } else {
            openAddKiosk(onFloor, x, y);
        }
    }

    private void showDetails() {
        details.removeAll();
        if (selected == null) {
            return;
        }
        details.add(new Paragraph(facts(selected)));
        LocalDate onDay = day.typed();
        if (onDay != null) {
            List<KioskOccupant> groups = kioskService.groupsOn(selected.id(), onDay);
            Paragraph who = new Paragraph(
                    groups.isEmpty()
                            ? getTranslation("venue.nobodyThatDay")
                            : groups.stream()
                                    .map(g -> getTranslation(
                                            "venue.groupInSlot",
                                            g.exhibition(bengali),
                                            String.valueOf(g.slot()),
                                            g.group()))
                                    .collect(Collectors.joining(" · ")));
            who.setId("kiosk-groups");
            details.add(who);
        }
        if (manage) {
            Paragraph moveHint = new Paragraph(getTranslation("venue.moveHint", selected.code()));
            moveHint.addClassName("haat-hint");
            Kiosk kiosk = selected;
            Button remove = new Button(
                    getTranslation("venue.removeKiosk"),
                    VaadinIcon.TRASH.create(),
                    e -> Confirm.ask(
                            getTranslation("venue.removeKiosk"),
                            getTranslation("venue.removeKiosk.confirm", kiosk.code()),
                            getTranslation("venue.removeKiosk"),
                            () -> {
                                if (Notifications.attempt(() -> kioskService.removeKiosk(kiosk.id()))) {
                                    selected = null;
                                    redraw();
                                }
                            }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("kiosk-remove");
            details.add(moveHint, remove);
        }
    }

    /** A kiosk's code, place, size and what it offers, in one line. */
    private String facts(Kiosk kiosk) {
        StringBuilder text = new StringBuilder(getTranslation("venue.kiosk") + " " + kiosk.code() + " · "
                + getTranslation("venue.position", Formats.number(kiosk.x() + 1L), Formats.number(kiosk.y() + 1L)));
        if (kiosk.widthM() != null && kiosk.depthM() != null) {
            text.append(" · ")
                    .append(kiosk.widthM().stripTrailingZeros().toPlainString())
                    .append(" × ")
                    .append(kiosk.depthM().stripTrailingZeros().toPlainString())
                    .append(" m");
        }
        if (kiosk.electricity()) {
            text.append(" · ").append(getTranslation("venue.electricity"));
        }
        if (kiosk.foodAllowed()) {
            text.append(" · ").append(getTranslation("venue.food"));
        }
        if (kiosk.corner()) {
            text.append(" · ").append(getTranslation("venue.corner"));
        }
        return text.toString();
    }

    private void openAddKiosk(int onFloor, int x, int y) {
        FormDialog dialog = new FormDialog(getTranslation("venue.addKiosk") + " · "
                + getTranslation("venue.position", Formats.number(x + 1L), Formats.number(y + 1L)));
        TextField code = new TextField(getTranslation("venue.kioskCode"));
        code.setMaxLength(KioskService.MAX_KIOSK_CODE);
        code.setId("kiosk-code");
        TypedField<java.math.BigDecimal> width = TypedField.decimal(getTranslation("venue.width"));
        TypedField<java.math.BigDecimal> depth = TypedField.decimal(getTranslation("venue.depth"));
        // blank is left to the service, whose refusal says what the capacity is
        TypedField<Integer> capacity = TypedField.wholeNumber(getTranslation("venue.kioskCapacity"));
        capacity.setRequiredIndicatorVisible(true);
        capacity.setHelperText(getTranslation("venue.kioskCapacityHint"));
        capacity.setId("kiosk-capacity");
        Checkbox electricity = new Checkbox(getTranslation("venue.electricity"));
        Checkbox food = new Checkbox(getTranslation("venue.food"));
        Checkbox corner = new Checkbox(getTranslation("venue.corner"));
        FormLayout form = new FormLayout(code, capacity, width, depth, electricity, food, corner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("400px", 3));
        dialog.action(getTranslation("venue.addKiosk"), "kiosk-add", () -> {
            if (TypedField.valid(capacity, width, depth)
                    && Notifications.attempt(() -> kioskService.addKiosk(
                            venue.id(),
                            new KioskForm(
                                    code.getValue(),
                                    onFloor,
                                    x,
                                    y,
                                    width.typed(),
                                    depth.typed(),
                                    capacity.typed(),
                                    electricity.getValue(),
                                    food.getValue(),
                                    corner.getValue())))) {
                dialog.close();
                redraw();
            }
        });
        dialog.add(form);
        dialog.open();
    }

    private void showVan() {
        Kiosk van = venues.kiosks(venue.id()).stream().findFirst().orElse(null);
        if (van != null) {
            add(new Paragraph(getTranslation("venue.capacity") + ": " + Formats.number(van.capacity())));
        }
        add(new H3(getTranslation("venue.route")));
        Grid<VanStop> stops = new Grid<>();
        stops.setId("van-stops");
        stops.addColumn(s -> DayOfWeek.of(s.weekday()).getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("venue.weekday"))
                .setAutoWidth(true);
        stops.addColumn(VanStop::place).setHeader(getTranslation("venue.place")).setFlexGrow(2);
        stops.addColumn(s -> bengali ? s.municipalityBn() : s.municipalityEn())
                .setHeader(getTranslation("group.municipality"))
                .setFlexGrow(1);
        if (manage) {
            stops.addComponentColumn(s -> {
                        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                            venues.removeStop(venue.id(), s.id());
                            stops.setItems(venues.stops(venue.id()));
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        remove.getElement().setAttribute("aria-label", getTranslation("action.delete"));
                        return remove;
                    })
                    .setKey("actions")
                    .setAutoWidth(true);
        }
        stops.setAllRowsVisible(true);
        stops.setEmptyStateText(getTranslation("venue.noStops"));
        stops.setItems(venues.stops(venue.id()));
        add(stops);
        if (manage) {
            add(newStop(stops));
        }
    }

    /** A new stop on the van's weekly route: weekday, place and municipality. */
    private HorizontalLayout newStop(Grid<VanStop> stops) {
        Select<Integer> weekday = new Select<>();
        weekday.setLabel(getTranslation("venue.weekday"));
        weekday.setItems(IntStream.rangeClosed(1, 7).boxed().toList());
        weekday.setItemLabelGenerator(d -> DayOfWeek.of(d).getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setValue(1);
        TextField place = new TextField(getTranslation("venue.place"));
        place.setMaxLength(VenueService.MAX_PLACE);
        place.setId("stop-place");
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("group.municipality"));
        municipality.setItems(regions.municipalities());
        municipality.setItemLabelGenerator(m -> bengali ? m.nameBn() + " · " + m.nameEn() : m.bothNames());
        municipality.setValue(
                regions.municipalities(List.of(venue.municipalityId())).getFirst());
        Button add = new Button(getTranslation("venue.addStop"), VaadinIcon.PLUS.create(), e -> {
            if (Notifications.attempt(() -> venues.addStop(
                    venue.id(),
                    weekday.getValue() == null ? 0 : weekday.getValue(),
                    place.getValue(),
                    municipality.getValue() == null
                            ? null
                            : municipality.getValue().id()))) {
                place.clear();
                stops.setItems(venues.stops(venue.id()));
            }
        });
        add.setId("stop-add");
        HorizontalLayout inputs = new HorizontalLayout(weekday, place, municipality, add);
        inputs.setWrap(true);
        inputs.setAlignItems(Alignment.BASELINE);
        return inputs;
    }

    @Override
    public String getPageTitle() {
        return (venue == null ? getTranslation("venue.title") : venue.name(bengali)) + " · "
                + getTranslation("app.name");
    }
}
