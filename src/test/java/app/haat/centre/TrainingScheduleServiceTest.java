package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.SeriesResult;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.db.Tables;
import app.haat.support.AtTheSameInstant;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Weekly series on a real database: closures skipped, a room or a trainer never double-booked. */
class TrainingScheduleServiceTest extends CentreIntegrationTest {

    @Test
    void aSixWeekSeriesSkipsAClosureAndARoomOrTrainerIsNeverDoubleBooked() throws Exception {
        fx.accounts.as(
                staff,
                () -> setup.addClosure(centre, tuesday.plusWeeks(2), tuesday.plusWeeks(2), "Durga Puja holiday"));
        SeriesResult made = fx.accounts.as(staff, () -> schedule.createSeries(series(tuesday, 6, 15)));
        assertThat(made.sessionIds()).hasSize(5);
        assertThat(made.skipped()).singleElement().asString().contains("Durga Puja holiday");

        // the same room an hour later, another trainer: refused, nothing of the series kept
        long other = fx.accounts.as(staff, () -> setup.addTrainer(unique("Rupa Pal "), "EPAYMENT", "bn"));
        int before = dsl.fetchCount(Tables.TRAINING_SESSION);
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("EPAYMENT"),
                                room,
                                other,
                                tuesday.minusWeeks(1),
                                LocalTime.of(12, 0),
                                60,
                                3,
                                10,
                                "en"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.overlap");
        assertThat(dsl.fetchCount(Tables.TRAINING_SESSION)).isEqualTo(before);
        // the same trainer in another room at the same time: refused too
        long hall = fx.accounts.as(staff, () -> setup.addRoom(centre, "Hall", 60, null));
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("PHOTOGRAPHY"),
                                hall,
                                trainer,
                                tuesday.plusWeeks(1),
                                LocalTime.of(10, 0),
                                90,
                                1,
                                10,
                                "bn"))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.overlap");
        // a session on a holiday alone: nothing to create; more seats than the room: refused
        assertThatThrownBy(() ->
                        fx.accounts.as(staff, () -> schedule.createSeries(series(tuesday.plusWeeks(2), 1, 10))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("training.error.allClosed"));
        assertThatThrownBy(() ->
                        fx.accounts.as(staff, () -> schedule.createSeries(series(tuesday.plusWeeks(8), 1, 21))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).contains("training.error.capacity"));

        // two bookings of the same room at the same instant: exactly one
        long third = fx.accounts.as(staff, () -> setup.addTrainer(unique("Mita Bag "), "GST_PAN", "en"));
        AtomicInteger turn = new AtomicInteger();
        long booked = AtTheSameInstant.successes(
                2,
                () -> fx.accounts.as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("GST_PAN"),
                                room,
                                turn.getAndIncrement() == 0 ? trainer : third,
                                tuesday.plusWeeks(9),
                                LocalTime.of(15, 0),
                                60,
                                1,
                                10,
                                "en"))));
        assertThat(booked).isEqualTo(1);

        // a group's leader may not create sessions
        String leader = group(true, 0).mobile();
        assertThatThrownBy(() ->
                        fx.accounts.as(leader, () -> schedule.createSeries(series(tuesday.plusWeeks(7), 1, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
