package app.haat.centre;

import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.DayOfWeek;

/** Staff set a centre's opening hours and its weekly closed day; choosing a centre shows its hours so far. */
class HoursDialog extends CentreFormDialog {

    HoursDialog(CentreSetupService setup) {
        super("training.hours");
        Select<Long> centre = centres(setup.centres());
        TypedField<java.time.LocalTime> opens =
                TypedField.time(getTranslation("training.opens")).required();
        TypedField<java.time.LocalTime> closes =
                TypedField.time(getTranslation("training.closes")).required();
        opens.setId("hours-opens");
        closes.setId("hours-closes");
        Select<DayOfWeek> closed = new Select<>();
        closed.setLabel(getTranslation("training.closedDay"));
        closed.setItems(DayOfWeek.values());
        closed.setEmptySelectionAllowed(true);
        closed.setEmptySelectionCaption(getTranslation("training.noClosedDay"));
        closed.setItemLabelGenerator(
                d -> d == null ? getTranslation("training.noClosedDay") : getTranslation("training.day." + d.name()));
        centre.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var hours = setup.hours(e.getValue());
                opens.show(hours.opens());
                closes.show(hours.closes());
                closed.setValue(hours.closedWeekday() == null ? null : DayOfWeek.of(hours.closedWeekday()));
            }
        });
        centre.getListDataView().getItems().findFirst().ifPresent(centre::setValue);
        footer("action.save", () -> {
            if (centre.isEmpty()) {
                Notifications.error(getTranslation("training.error.notCentre"));
                return;
            }
            if (TypedField.valid(opens, closes)
                    && Notifications.attempt(() ->
                            setup.setHours(centre.getValue(), opens.value(), closes.value(), closed.getValue()))) {
                close();
            }
        });
        add(new VerticalLayout(centre, opens, closes, closed));
    }
}
