package app.haat.centre;

import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;

/** Staff set a centre's opening hours and its weekly closed day; choosing a centre shows its hours so far. */
class HoursDialog extends CentreFormDialog {

    HoursDialog(CentreSetupService setup) {
        super("training.hours");
        Select<Long> centre = centres(setup.centres());
        TimePicker opens = new TimePicker(getTranslation("training.opens"));
        TimePicker closes = new TimePicker(getTranslation("training.closes"));
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
                opens.setValue(hours.opens());
                closes.setValue(hours.closes());
                closed.setValue(hours.closedWeekday() == null ? null : DayOfWeek.of(hours.closedWeekday()));
            }
        });
        centre.getListDataView().getItems().findFirst().ifPresent(centre::setValue);
        footer("action.save", () -> {
            if (centre.isEmpty()) {
                Notifications.error(getTranslation("training.error.notCentre"));
                return;
            }
            if (Notifications.attempt(
                    () -> setup.setHours(centre.getValue(), opens.getValue(), closes.getValue(), closed.getValue()))) {
                close();
            }
        });
        add(new VerticalLayout(centre, opens, closes, closed));
    }
}
