package app.haat.centre;

import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Staff create a weekly series: topic, room, trainer, the first day and time, length, weeks, seats (at most the
 * room's), language, and optionally a zone it is for and a topic to attend first. The calendar then shows its week.
 */
class SeriesDialog extends CentreFormDialog {

    private final TrainingScheduleService schedule;
    private final RegionService regions;
    private final boolean bengali;
    private final Select<Topic> topic = new Select<>();
    private final Select<Room> room = new Select<>();
    private final Select<Trainer> trainer = new Select<>();
    private final TypedField<LocalDate> first =
            TypedField.date(getTranslation("training.firstDay")).required();
    private final TypedField<LocalTime> time =
            TypedField.time(getTranslation("training.time")).required().show(LocalTime.of(11, 0));
    private final TypedField<Integer> minutes = integer(
            "training.minutes",
            120,
            TrainingScheduleService.MIN_MINUTES,
            TrainingScheduleService.MAX_MINUTES,
            "series-minutes");
    private final TypedField<Integer> weeks =
            integer("training.weeks", 6, 1, TrainingScheduleService.MAX_WEEKS, "series-weeks");
    private final TypedField<Integer> seats =
            integer("training.capacity", 20, 1, CentreSetupService.ROOM_SEATS, "series-capacity");
    private final Select<String> language = new Select<>();
    private final Select<Zone> zone = new Select<>();
    private final Select<Topic> prerequisite = new Select<>();

    /** {@code created} is given the first day of the series made. */
    SeriesDialog(
            CentreSetupService setup,
            TrainingScheduleService schedule,
            RegionService regions,
            boolean bengali,
            Consumer<LocalDate> created) {
        super("training.newSeries");
        this.schedule = schedule;
        this.regions = regions;
        this.bengali = bengali;
        setWidth("min(640px, 96vw)");
        choices(setup);
        first.range(LocalDate.now(Formats.INDIA), null);
        first.setId("series-first");
        time.setId("series-time");
        room.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Integer chosen = seats.typed();
                seats.range(1, e.getValue().capacity());
                seats.show(Math.min(chosen == null ? 20 : chosen, e.getValue().capacity()));
            }
        });
        language.setLabel(getTranslation("training.language"));
        language.setItems("bn", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue("bn");
        FormLayout form =
                new FormLayout(topic, room, trainer, first, time, minutes, weeks, seats, language, zone, prerequisite);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        footer("training.create", () -> create(created)).setId("series-create");
    }

    /** The topic, room, trainer, zone and prerequisite to choose from. */
    private void choices(CentreSetupService setup) {
        topic.setLabel(getTranslation("training.topic"));
        topic.setItems(setup.topics());
        topic.setItemLabelGenerator(t -> t == null ? "" : t.name(bengali));
        topic.setId("series-topic");
        room.setLabel(getTranslation("training.room"));
        room.setItems(setup.rooms());
        room.setItemLabelGenerator(r -> r == null ? "" : r.name(bengali) + " (" + Formats.number(r.capacity()) + ")");
        room.setId("series-room");
        trainer.setLabel(getTranslation("training.trainer"));
        trainer.setItems(setup.trainers());
        trainer.setItemLabelGenerator(t -> t == null ? "" : t.name());
        trainer.setId("series-trainer");
        zone.setLabel(getTranslation("training.audience"));
        zone.setItems(regions.zones());
        zone.setEmptySelectionAllowed(true);
        zone.setEmptySelectionCaption(getTranslation("training.everyone"));
        zone.setItemLabelGenerator(
                z -> z == null ? getTranslation("training.everyone") : bengali ? z.nameBn() : z.nameEn());
        zone.setId("series-zone");
        prerequisite.setLabel(getTranslation("training.prerequisite"));
        prerequisite.setItems(setup.topics());
        prerequisite.setEmptySelectionAllowed(true);
        prerequisite.setEmptySelectionCaption(getTranslation("training.noPrerequisite"));
        prerequisite.setItemLabelGenerator(
                t -> t == null ? getTranslation("training.noPrerequisite") : t.name(bengali));
        prerequisite.setId("series-prerequisite");
    }

    private void create(Consumer<LocalDate> created) {
        if (topic.isEmpty() || room.isEmpty() || trainer.isEmpty()) {
            Notifications.error(getTranslation("training.error.noTrainerOrTopic"));
            return;
        }
        if (!TypedField.valid(first, time, minutes, weeks, seats)) {
            return;
        }
        LocalDate firstDay = first.value();
        Set<Long> audience = zone.getValue() == null
                ? Set.of()
                : regions.municipalitiesOfZone(zone.getValue().id()).stream()
                        .map(Municipality::id)
                        .collect(Collectors.toSet());
        SeriesForm series = new SeriesForm(
                topic.getValue().id(),
                room.getValue().id(),
                trainer.getValue().id(),
                firstDay,
                time.value(),
                orZero(minutes),
                orZero(weeks),
                orZero(seats),
                language.getValue(),
                prerequisite.getValue() == null ? null : prerequisite.getValue().id(),
                audience);
        Notifications.attemptAndGet(() -> schedule.createSeries(series)).ifPresent(result -> {
            close();
            Notifications.success(getTranslation(
                            "training.created",
                            Formats.number(result.sessionIds().size()))
                    + (result.skipped().isEmpty()
                            ? ""
                            : " " + getTranslation("training.skipped", String.join("; ", result.skipped()))));
            created.accept(firstDay);
        });
    }
}
