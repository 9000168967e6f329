package app.haat.centre;

import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Staff keep the centre's rooms and trainers: a trainer's days away, and retiring a room or a trainer (after a
 * confirmation saying how many sessions are still booked with it ahead). Retired ones leave these lists.
 */
@Route("trainings/resources")
@RolesAllowed({Role.ADMIN, Role.STAFF})
public class CentreResourcesView extends VerticalLayout implements HasDynamicTitle {

    private final CentreSetupService setup;
    private final RetirementService retirements;
    private final TrainerAvailabilityService availability;

    public CentreResourcesView(
            CentreSetupService setup, RetirementService retirements, TrainerAvailabilityService availability) {
        this.setup = setup;
        this.retirements = retirements;
        this.availability = availability;
        addClassName("haat-view");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("training.resources")));
        add(new H3(getTranslation("training.rooms")));
        List<Room> rooms = setup.rooms();
        if (rooms.isEmpty()) {
            add(empty("training.noRooms"));
        }
        for (Room room : rooms) {
            Button retire = retireButton(
                    "training.retireRoom",
                    "retire-room-" + room.id(),
                    () -> Confirm.ask(
                            getTranslation("training.retireRoom"),
                            getTranslation(
                                    "training.retireRoomConfirm",
                                    room.name(),
                                    Formats.number(retirements
                                            .sessionsAheadInRoom(room.id())
                                            .size())),
                            getTranslation("training.retireRoom"),
                            () -> retired(() -> retirements.retireRoom(room.id()))));
            add(line("room-" + room.id(), room.name() + " (" + Formats.number(room.capacity()) + ")", retire));
        }
        add(new H3(getTranslation("training.trainers")));
        List<Trainer> trainers = setup.trainers();
        if (trainers.isEmpty()) {
            add(empty("training.noTrainers"));
        }
        for (Trainer trainer : trainers) {
            Button away = new Button(
                    getTranslation("training.daysAway"),
                    e -> new DaysAwayDialog(availability, trainer, this::show).open());
            away.addThemeVariants(ButtonVariant.LUMO_SMALL);
            away.setId("days-away-" + trainer.id());
            Button retire = retireButton(
                    "training.retireTrainer",
                    "retire-trainer-" + trainer.id(),
                    () -> Confirm.ask(
                            getTranslation("training.retireTrainer"),
                            getTranslation(
                                    "training.retireTrainerConfirm",
                                    trainer.name(),
                                    Formats.number(retirements
                                            .sessionsAheadWithTrainer(trainer.id())
                                            .size())),
                            getTranslation("training.retireTrainer"),
                            () -> retired(() -> retirements.retireTrainer(trainer.id()))));
            Div line = line("trainer-" + trainer.id(), trainer.name(), away, retire);
            List<java.time.LocalDate> days = availability.daysAway(trainer.id());
            if (!days.isEmpty()) {
                Span list = new Span(getTranslation(
                        "training.daysAwayOf",
                        String.join(", ", days.stream().map(Formats::date).toList())));
                list.addClassName("haat-hint");
                line.add(list);
            }
            add(line);
        }
    }

    private void retired(java.util.function.Supplier<List<Session>> retire) {
        Notifications.attemptAndGet(retire).ifPresent(ahead -> {
            Notifications.success(getTranslation("training.retired", Formats.number(ahead.size())));
            show();
        });
    }

    private Button retireButton(String key, String id, Runnable ask) {
        Button retire = new Button(getTranslation(key), e -> ask.run());
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        retire.setId(id);
        return retire;
    }

    private static Div line(String id, String name, Button... actions) {
        Span label = new Span(name);
        label.addClassName("name");
        Div line = new Div(label);
        line.add(actions);
        line.addClassName("haat-placement");
        line.setId(id);
        return line;
    }

    private Paragraph empty(String key) {
        Paragraph none = new Paragraph(getTranslation(key));
        none.addClassName("haat-empty");
        return none;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.resources") + " · " + getTranslation("app.name");
    }
}
