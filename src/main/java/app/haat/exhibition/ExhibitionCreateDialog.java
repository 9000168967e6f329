package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.BengaliNameField;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.group.Category;
import app.haat.group.GroupService;
import app.haat.region.RegionService;
import app.haat.venue.Venue;
import app.haat.venue.VenueService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An officer's new exhibition: venue, title, dates and slots, places per kiosk and slot, catchment, categories and the
 * application window, with the service's limits shown in the fields; saved, it opens the exhibition's page.
 */
class ExhibitionCreateDialog extends FormDialog {

    private final ExhibitionService exhibitions;
    private final boolean bengali;
    private final ComboBox<Venue> venue = new ComboBox<>();
    private final TextField title = new TextField();
    private final BengaliNameField titleBn =
            new BengaliNameField("exhibition.titleBn", ExhibitionService.MAX_TITLE, "exhibition-title-bn");
    private final TypedField<LocalDate> starts =
            TypedField.date(getTranslation("exhibition.startsOn")).required();
    private final TypedField<LocalDate> ends =
            TypedField.date(getTranslation("exhibition.endsOn")).required();
    private final Select<SlotLength> slot = new Select<>();
    private final TypedField<Integer> perKiosk = TypedField.wholeNumber(getTranslation("exhibition.groupsPerKioskSlot"))
            .required();
    private final CatchmentChooser catchment;
    private final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>();
    private final TypedField<LocalDate> opensOn =
            TypedField.date(getTranslation("exhibition.opensAt")).required();
    private final TypedField<LocalTime> opensAt =
            TypedField.time(getTranslation("exhibition.atTime")).required();
    private final TypedField<LocalDate> closesOn =
            TypedField.date(getTranslation("exhibition.closesAt")).required();
    private final TypedField<LocalTime> closesAt =
            TypedField.time(getTranslation("exhibition.atTime")).required();

    ExhibitionCreateDialog(
            ExhibitionService exhibitions,
            VenueService venues,
            RegionService regions,
            GroupService groups,
            boolean bengali) {
        this.exhibitions = exhibitions;
        this.bengali = bengali;
        setHeaderTitle(getTranslation("exhibition.new"));
        setWidth("min(720px, 95vw)");
        venue.setLabel(getTranslation("exhibition.venue"));
        List<Venue> mine = venues.list().stream().filter(venues::canManage).toList();
        venue.setItems(mine);
        venue.setItemLabelGenerator(v -> v.name(bengali) + " · " + v.municipality(bengali));
        if (mine.size() == 1) {
            venue.setValue(mine.getFirst());
        }
        venue.setId("exhibition-venue");
        title.setLabel(getTranslation("exhibition.title"));
        title.setMaxLength(ExhibitionService.MAX_TITLE);
        title.setId("exhibition-title");
        dates();
        slotsAndPlaces();
        catchment = new CatchmentChooser(regions, bengali);
        categories.setLabel(getTranslation("exhibition.categories"));
        categories.setItems(groups.categories());
        categories.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        categories.setPlaceholder(getTranslation("exhibition.allCategories"));
        window();
        FormLayout form = new FormLayout(venue, title, titleBn, starts, ends, slot, perKiosk);
        form.add(catchment.fields());
        form.add(categories, dayAndTime(opensOn, opensAt), dayAndTime(closesOn, closesAt));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        save("exhibition-save", this::create);
        add(form);
    }

    private void dates() {
        LocalDate today = LocalDate.now(Formats.INDIA);
        starts.show(today.plusWeeks(3));
        // the service's rule, checked in the field: from today, at most MAX_YEARS_AHEAD years ahead
        starts.range(today, today.plusYears(ExhibitionService.MAX_YEARS_AHEAD));
        ends.show(today.plusWeeks(3).plusDays(13));
        starts.setId("exhibition-starts");
        ends.setId("exhibition-ends");
    }

    private void slotsAndPlaces() {
        slot.setLabel(getTranslation("exhibition.slotLength"));
        slot.setItems(SlotLength.values());
        slot.setItemLabelGenerator(s -> getTranslation("exhibition.slot." + s.name()));
        slot.setValue(SlotLength.WEEK);
        perKiosk.show(10);
        perKiosk.range(1, ExhibitionService.MAX_GROUPS_PER_KIOSK_SLOT);
        perKiosk.setId("exhibition-per-kiosk");
    }

    /** The application window, shown in full (no hidden time): from this hour today to 17:00 three days before. */
    private void window() {
        LocalDateTime now = LocalDateTime.now(Formats.INDIA).truncatedTo(ChronoUnit.HOURS);
        opensOn.show(now.toLocalDate());
        opensAt.show(now.toLocalTime());
        closesOn.show(now.toLocalDate().plusWeeks(3).minusDays(3));
        closesAt.show(LocalTime.of(17, 0));
        opensOn.setId("exhibition-opens-on");
        opensAt.setId("exhibition-opens-at");
        closesOn.setId("exhibition-closes-on");
        closesAt.setId("exhibition-closes-at");
    }

    /** A day and its time side by side, the time narrower. */
    static HorizontalLayout dayAndTime(TypedField<LocalDate> day, TypedField<LocalTime> time) {
        HorizontalLayout row = new HorizontalLayout(day, time);
        row.setPadding(false);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(3, day);
        row.setFlexGrow(2, time);
        day.setMinWidth("0");
        time.setMinWidth("0");
        return row;
    }

    private void create() {
        if (!TypedField.valid(starts, ends, perKiosk, opensOn, opensAt, closesOn, closesAt)) {
            return;
        }
        Catchment chosen = catchment.chosen();
        Notifications.attemptAndGet(() -> exhibitions.create(new ExhibitionForm(
                        venue.getValue() == null ? null : venue.getValue().id(),
                        title.getValue(),
                        starts.value(),
                        ends.value(),
                        slot.getValue(),
                        perKiosk.value(),
                        chosen,
                        categories.getValue().stream().map(Category::code).toList(),
                        inIndia(opensOn.typed(), opensAt.typed()),
                        inIndia(closesOn.typed(), closesAt.typed()),
                        titleBn.getValue())))
                .ifPresent(created -> {
                    close();
                    UI.getCurrent().navigate(ExhibitionView.class, created);
                });
    }

    static @Nullable OffsetDateTime inIndia(@Nullable LocalDate day, @Nullable LocalTime time) {
        return day == null || time == null
                ? null
                : day.atTime(time).atZone(Formats.INDIA).toOffsetDateTime();
    }
}
