package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The centre's hours and topics on a real database: sessions keep to the hours, closed days are skipped. */
class CentreSetupServiceTest extends CentreIntegrationTest {

    @Test
    void sessionsKeepToTheCentresHoursAndTopicsCanBeAdded() throws Exception {
        fx.accounts.as(staff, () -> {
            setup.setHours(centre, LocalTime.of(10, 0), LocalTime.of(17, 0), DayOfWeek.WEDNESDAY);
            return null;
        });
        // 16:00 for two hours ends after closing: refused with the hours
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("PHOTOGRAPHY"), room, trainer, tuesday, LocalTime.of(16, 0), 120, 1, 10, "bn"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("training.error.outsideHours", "10:00–17:00."));
        // a weekly series on Wednesdays is all closed days: nothing made; Tuesdays go ahead
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> schedule.createSeries(series(tuesday.plusDays(1), 2, 10))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("training.error.allClosed"));
        assertThat(fx.accounts
                        .as(staff, () -> schedule.createSeries(series(tuesday, 2, 10)))
                        .sessionIds())
                .hasSize(2);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> {
                    setup.setHours(centre, LocalTime.of(18, 0), LocalTime.of(9, 0), null);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsExactly("training.error.hours"));

        // a new topic; the same code again is a conflict
        String code = "SOCIAL_" + System.nanoTime() % 100000;
        long id = fx.accounts.as(
                staff,
                () -> setup.addTopic(
                        code.toLowerCase(Locale.ROOT), "Selling on social media", "সোশ্যাল মিডিয়ায় বিক্রি", false));
        assertThat(fx.accounts.as(staff, () -> setup.topics()))
                .filteredOn(t -> t.id() == id)
                .extracting(Topic::code)
                .containsExactly(code);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> setup.addTopic(code, "Again", "আবার", false)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> setup.addTopic(" ", "", "", false)))
                .isInstanceOf(ValidationException.class);
    }
}
