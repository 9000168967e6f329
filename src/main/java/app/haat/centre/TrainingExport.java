package app.haat.centre;

import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionLine;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportText;
import app.haat.core.export.TableWriter;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of the calendar's range (optionally one room or trainer) with seats and attendance, as CSV or XLSX;
 * for staff, officers and admins (no names of members, so no further scope).
 */
@Service
public class TrainingExport {

    private static final List<String> COLUMNS = List.of(
            "export.col.date",
            "export.col.start",
            "export.col.end",
            "export.col.topic",
            "export.col.room",
            "export.col.trainer",
            "export.col.capacity",
            "export.col.enrolled",
            "export.col.waiting",
            "export.col.present",
            "export.col.absent");

    private final TrainingSessionRepository repository;
    private final CentreAccess access;
    private final Translator translator;

    TrainingExport(TrainingSessionRepository repository, CentreAccess access, Translator translator) {
        this.repository = repository;
        this.access = access;
        this.translator = translator;
    }

    @Transactional(readOnly = true)
    public long export(
            LocalDate from,
            LocalDate to,
            @Nullable Long roomId,
            @Nullable Long trainerId,
            ExportFormat format,
            Locale locale,
            OutputStream out) {
        access.requireStaffOrOfficer();
        TrainingScheduleService.requireRange(from, to);
        ExportText text = new ExportText(translator, locale);
        try (Stream<SessionLine> rows = repository.sessionLines(
                from.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                roomId,
                trainerId)) {
            return TableWriter.write(
                    format,
                    out,
                    text.of("training.title"),
                    text.header(COLUMNS),
                    rows.map(line -> row(line, text.bengali())));
        }
    }

    private static List<Object> row(SessionLine line, boolean bengali) {
        Session s = line.session();
        var starts = s.startsAt().atZoneSameInstant(Formats.INDIA);
        var ends = s.endsAt().atZoneSameInstant(Formats.INDIA);
        return Arrays.asList(
                starts.toLocalDate(),
                starts.toLocalTime().toString(),
                ends.toLocalTime().toString(),
                s.topic(bengali),
                s.roomName(),
                s.trainerName(),
                s.capacity(),
                s.enrolled(),
                s.waitlisted(),
                line.present(),
                line.absent());
    }
}
