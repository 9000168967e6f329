package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.SeriesResult;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.api.ValidationException;
import app.haat.core.export.ExportFormat;
import app.haat.core.i18n.Translator;
import app.haat.support.ExportFiles;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The calendar's export on a real database: seats and attendance per session, for staff and officers only. */
class TrainingExportTest extends CentreIntegrationTest {

    @Autowired
    TrainingExport export;

    @Test
    void theCalendarsSessionsExportWithSeatsAndAttendanceForStaffAndOfficersOnly() {
        SeriesResult made = fx.accounts.as(staff, () -> schedule.createSeries(series(tuesday, 3, 10)));
        long first = made.sessionIds().getFirst();
        LeaderGroup group = group(true, 2);
        List<Enrollment> enrolled = fx.accounts.as(
                group.mobile(), () -> enrollments.enroll(first, List.of(group.member(0), group.member(1))));
        // held: moved back whole weeks, weekday and time kept
        HeldSessions.held(
                dsl, made.sessionIds().stream().mapToLong(Long::longValue).toArray());
        LocalDate held = tuesday.minusWeeks(HeldSessions.WEEKS_BACK);
        fx.accounts.as(staff, () -> attendance.markAttendance(enrolled.get(0).id(), true));
        fx.accounts.as(staff, () -> attendance.markAttendance(enrolled.get(1).id(), false));
        String trainerName = fx.accounts.as(staff, () -> setup.trainers()).stream()
                .filter(t -> t.id() == trainer)
                .map(Trainer::name)
                .findFirst()
                .orElseThrow();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fx.accounts.as(
                staff,
                () -> export.export(held, held.plusWeeks(3), room, null, ExportFormat.CSV, Translator.ENGLISH, out));
        List<List<String>> rows = ExportFiles.csv(out.toByteArray());
        assertThat(rows.getFirst())
                .containsExactly(
                        "Date",
                        "Starts",
                        "Ends",
                        "Topic",
                        "Room",
                        "Trainer",
                        "Seats",
                        "Enrolled",
                        "Waiting",
                        "Present",
                        "Absent");
        assertThat(rows).hasSize(1 + 3);
        assertThat(rows.get(1))
                .containsExactly(
                        held.toString(),
                        "11:00",
                        "13:00",
                        "Product photography",
                        "Room 2",
                        trainerName,
                        "10",
                        "2",
                        "0",
                        "1",
                        "1");
        assertThat(rows.get(2)).endsWith("0", "0", "0");

        // an officer may export (no member names in it); a group may not; an absurd range is refused
        String officer = fx.accounts.officer(Set.of(fx.municipality("Bidhannagar")));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        fx.accounts.as(
                officer,
                () -> export.export(
                        held, held.plusWeeks(3), null, trainer, ExportFormat.XLSX, Translator.BENGALI, again));
        assertThat(ExportFiles.xlsx(again.toByteArray())).hasSize(1 + 3);
        assertThatThrownBy(() -> fx.accounts.as(
                        group.mobile(),
                        () -> export.export(tuesday, tuesday, null, null, ExportFormat.CSV, Translator.ENGLISH, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> export.export(
                                tuesday, tuesday.plusYears(2), null, null, ExportFormat.CSV, Translator.ENGLISH, out)))
                .isInstanceOf(ValidationException.class);
    }
}
