package app.haat.centre;

import app.haat.core.ui.BengaliNameField;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Staff add a room to a centre: its name, seats and equipment. */
class RoomDialog extends CentreFormDialog {

    RoomDialog(CentreSetupService setup) {
        super("training.addRoom");
        Select<Long> centre = centres(setup.centres());
        centre.getListDataView().getItems().findFirst().ifPresent(centre::setValue);
        TextField name = new TextField(getTranslation("training.roomName"));
        name.setMaxLength(CentreSetupService.NAME_LENGTH);
        BengaliNameField nameBn =
                new BengaliNameField("training.roomNameBn", CentreSetupService.NAME_LENGTH, "room-name-bn");
        TypedField<Integer> capacity =
                integer("training.capacity", 30, 1, CentreSetupService.ROOM_SEATS, "room-capacity");
        TextField equipment = new TextField(getTranslation("training.equipment"));
        equipment.setMaxLength(CentreSetupService.EQUIPMENT_LENGTH);
        footer("action.save", () -> {
            if (centre.isEmpty()) {
                Notifications.error(getTranslation("training.error.notCentre"));
                return;
            }
            if (TypedField.valid(capacity)
                    && Notifications.attempt(() -> setup.addRoom(
                            centre.getValue(),
                            name.getValue(),
                            nameBn.getValue(),
                            orZero(capacity),
                            equipment.getValue()))) {
                close();
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        add(new VerticalLayout(centre, name, nameBn, capacity, equipment));
    }
}
