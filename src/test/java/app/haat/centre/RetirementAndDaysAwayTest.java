package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionChange;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Rooms and trainers retired (kept for history, never booked again) and a trainer's days away, on a real database. */
class RetirementAndDaysAwayTest extends CentreIntegrationTest {

    @Autowired
    RetirementService retirements;

    @Autowired
    TrainerAvailabilityService availability;

    @Autowired
    SessionChangeService changes;

    @Test
    void aRetiredRoomOrTrainerStaysInTheRecordsButIsNeitherListedNorBooked() {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 5)))
                .sessionIds()
                .getFirst();
        String leader = group(true, 0).mobile();
        assertThatThrownBy(() -> fx.accounts.as(leader, () -> retirements.retireRoom(room)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.accounts.as(staff, () -> setup.rooms()))
                .extracting(Room::id)
                .contains(room);

        // retired: the session still booked ahead is answered, and keeps its room
        assertThat(fx.accounts.as(staff, () -> retirements.retireRoom(room)))
                .extracting(Session::id)
                .containsExactly(session);
        assertThat(fx.accounts.as(staff, () -> setup.rooms()))
                .extracting(Room::id)
                .doesNotContain(room);
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).roomName())
                .isEqualTo("Room 2");
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> retirements.retireRoom(room)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.alreadyRetired");
        // never booked again, nor a session moved within it
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> schedule.createSeries(series(tuesday.plusWeeks(1), 1, 5))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.roomRetired");
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> changes.change(
                                session,
                                new SessionChange(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalTime.of(14, 0),
                                        null,
                                        null,
                                        null,
                                        false,
                                        null))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.roomRetired");
        // moved to another room: fine
        long hall = fx.accounts.as(staff, () -> setup.addRoom(centre, "Hall", 40, null));
        fx.accounts.as(
                staff,
                () -> changes.change(
                        session, new SessionChange(null, null, null, null, null, null, null, hall, null, false, null)));

        // the trainer likewise
        assertThat(fx.accounts.as(staff, () -> retirements.retireTrainer(trainer)))
                .extracting(Session::id)
                .containsExactly(session);
        assertThat(fx.accounts.as(staff, () -> setup.trainers()))
                .extracting(Trainer::id)
                .doesNotContain(trainer);
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("PHOTOGRAPHY"),
                                hall,
                                trainer,
                                tuesday.plusWeeks(2),
                                LocalTime.of(11, 0),
                                60,
                                1,
                                5,
                                "bn"))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> changes.change(
                                session,
                                new SessionChange(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        LocalTime.of(14, 0),
                                        null,
                                        null,
                                        null,
                                        false,
                                        null))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.trainerRetired");
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).trainerId())
                .isEqualTo(trainer);
    }

    @Test
    void daysAwayListTheSessionsThatClashAndBookingRefusesThem() {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 5)))
                .sessionIds()
                .getFirst();
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> availability.markAway(trainer, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(
                        () -> fx.accounts.as(staff, () -> availability.markAway(trainer, tuesday.plusDays(2), tuesday)))
                .isInstanceOf(ValidationException.class);
        String leader = group(true, 0).mobile();
        assertThatThrownBy(() -> fx.accounts.as(leader, () -> availability.markAway(trainer, tuesday, tuesday)))
                .isInstanceOf(AccessDeniedException.class);

        List<Session> clashes =
                fx.accounts.as(staff, () -> availability.markAway(trainer, tuesday, tuesday.plusDays(2)));
        assertThat(clashes).extracting(Session::id).containsExactly(session);
        assertThat(fx.accounts.as(staff, () -> availability.daysAway(trainer)))
                .containsExactly(tuesday, tuesday.plusDays(1), tuesday.plusDays(2));
        // a new session on a day away: refused with the day, also within a series
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("PHOTOGRAPHY"),
                                room,
                                trainer,
                                tuesday.minusWeeks(1).plusDays(1),
                                LocalTime.of(14, 0),
                                60,
                                2,
                                5,
                                "bn"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.trainerAway");
        // marked twice: nothing doubled; back on one day: that day books again
        fx.accounts.as(staff, () -> availability.markAway(trainer, tuesday, tuesday));
        fx.accounts.as(staff, () -> availability.clearAway(trainer, tuesday.plusDays(1)));
        assertThat(fx.accounts.as(staff, () -> availability.daysAway(trainer)))
                .containsExactly(tuesday, tuesday.plusDays(2));
        assertThat(fx.accounts
                        .as(
                                staff,
                                () -> schedule.createSeries(new SeriesForm(
                                        topic("PHOTOGRAPHY"),
                                        room,
                                        trainer,
                                        tuesday.plusDays(1),
                                        LocalTime.of(14, 0),
                                        60,
                                        1,
                                        5,
                                        "bn")))
                        .sessionIds())
                .hasSize(1);
    }
}
