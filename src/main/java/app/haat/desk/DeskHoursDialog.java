package app.haat.desk;

import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A centre's desk hours for its staff: the slot length, and for each weekday whether it opens and its hours. */
class DeskHoursDialog extends FormDialog {

    private record Row(Checkbox open, TypedField<LocalTime> opens, TypedField<LocalTime> closes) {}

    DeskHoursDialog(DeskHoursService service, long centreId) {
        setHeaderTitle(getTranslation("desk.hours.title"));
        DeskHours hours = service.hours(centreId);
        TypedField<Integer> slot = TypedField.wholeNumber(getTranslation("desk.hours.slot"))
                .required()
                .range(DeskHoursService.MIN_SLOT, DeskHoursService.MAX_SLOT);
        slot.setId("desk-hours-slot");
        slot.show(hours.slotMinutes());
        VerticalLayout form = new VerticalLayout(slot);
        form.setPadding(false);
        Map<DayOfWeek, Row> rows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            rows.put(day, row(hours, day, form));
        }
        add(form);
        save("desk-hours-save", () -> {
            List<TypedField<?>> fields = new ArrayList<>(List.of(slot));
            rows.values().stream().filter(r -> r.open().getValue()).forEach(r -> {
                fields.add(r.opens().required());
                fields.add(r.closes().required());
            });
            if (!TypedField.valid(fields.toArray(TypedField<?>[]::new))) {
                return;
            }
            List<DeskHours.Day> days = new ArrayList<>();
            rows.forEach((day, r) -> {
                if (r.open().getValue()) {
                    days.add(
                            new DeskHours.Day(day, r.opens().value(), r.closes().value()));
                }
            });
            if (Notifications.attempt(() -> service.setHours(centreId, new DeskHours(slot.value(), days)))) {
                Notifications.success(getTranslation("action.saved"));
                close();
            }
        });
        setWidth("min(100vw, 30em)");
    }

    /** A weekday: whether it opens, on its own line, and its two times side by side below it at 360 px. */
    private Row row(DeskHours hours, DayOfWeek day, VerticalLayout form) {
        var today = hours.on(day);
        Checkbox open = new Checkbox(getTranslation("training.day." + day.name()), today.isPresent());
        open.setId("desk-hours-open-" + day.name());
        open.setWidthFull();
        TypedField<LocalTime> opens = TypedField.time(getTranslation("desk.hours.opens"));
        TypedField<LocalTime> closes = TypedField.time(getTranslation("desk.hours.closes"));
        opens.setId("desk-hours-opens-" + day.name());
        closes.setId("desk-hours-closes-" + day.name());
        opens.setWidth("7em");
        closes.setWidth("7em");
        today.ifPresent(d -> {
            opens.show(d.opens());
            closes.show(d.closes());
        });
        opens.setEnabled(open.getValue());
        closes.setEnabled(open.getValue());
        open.addValueChangeListener(e -> {
            opens.setEnabled(e.getValue());
            closes.setEnabled(e.getValue());
        });
        FlexLayout line = new FlexLayout(open, opens, closes);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(FlexLayout.Alignment.BASELINE);
        line.getStyle().set("gap", "var(--lumo-space-s)");
        form.add(line);
        return new Row(open, opens, closes);
    }
}
