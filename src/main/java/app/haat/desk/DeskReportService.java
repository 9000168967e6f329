package app.haat.desk;

import app.haat.core.api.NotFoundException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.region.Centre;
import app.haat.region.CentreDirectoryService;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A centre's report (#23), for the staff of that centre and for admins (any centre). Officers and groups do not read
 * it: it counts every case at the centre, also those of groups outside an officer's municipalities.
 */
@Service
public class DeskReportService {

    private final DeskReportRepository repository;
    private final DeskAccess access;
    private final CentreDirectoryService centres;

    DeskReportService(DeskReportRepository repository, DeskAccess access, CentreDirectoryService centres) {
        this.repository = repository;
        this.access = access;
        this.centres = centres;
    }

    @Transactional(readOnly = true)
    public CentreReport report(long centreId) {
        Role role = access.reader().me().role();
        if (role != Role.CENTRE_STAFF && role != Role.STATE_ADMIN) {
            throw new AccessDeniedException("desk.report.error.staffOnly");
        }
        Centre centre = centres.centre(centreId).orElseThrow(() -> new NotFoundException("desk.error.centreNotFound"));
        access.requireStaffOf(centreId);
        Map<RequestType, List<DeskReportRepository.StepCount>> counts = repository.stepCounts(centreId).stream()
                .collect(Collectors.groupingBy(DeskReportRepository.StepCount::type));
        Map<RequestType, List<DeskReportRepository.Closed>> closed =
                repository.closed(centreId).stream().collect(Collectors.groupingBy(DeskReportRepository.Closed::type));
        Map<RequestType, DeskReportRepository.AppointmentCount> appointments =
                repository.appointments(centreId).stream()
                        .collect(Collectors.toMap(DeskReportRepository.AppointmentCount::type, Function.identity()));
        List<CentreReport.TypeLine> lines = new ArrayList<>();
        for (RequestType type : RequestType.values()) {
            lines.add(line(
                    type,
                    counts.getOrDefault(type, List.of()),
                    closed.getOrDefault(type, List.of()),
                    appointments.get(type)));
        }
        CentreReport.TypeLine total = line(
                null,
                counts.values().stream().flatMap(List::stream).toList(),
                closed.values().stream().flatMap(List::stream).toList(),
                new DeskReportRepository.AppointmentCount(
                        RequestType.PAN,
                        appointments.values().stream()
                                .mapToInt(DeskReportRepository.AppointmentCount::kept)
                                .sum(),
                        appointments.values().stream()
                                .mapToInt(DeskReportRepository.AppointmentCount::missed)
                                .sum()));
        CentreReport.ReadyGroups ready =
                centre.zoneId() == null ? new CentreReport.ReadyGroups(0, 0, 0) : repository.ready(centre.zoneId());
        return new CentreReport(centre, lines, total, ready);
    }

    private static CentreReport.TypeLine line(
            @Nullable RequestType type,
            List<DeskReportRepository.StepCount> counts,
            List<DeskReportRepository.Closed> closed,
            DeskReportRepository.@Nullable AppointmentCount appointments) {
        var open = CentreReport.TypeLine.steps();
        counts.stream().filter(c -> c.status().open()).forEach(c -> open.merge(c.status(), c.cases(), Integer::sum));
        long[] days = closed.stream()
                .mapToLong(c -> ChronoUnit.DAYS.between(
                        c.requestedAt().atZoneSameInstant(Formats.INDIA).toLocalDate(),
                        c.closedAt().atZoneSameInstant(Formats.INDIA).toLocalDate()))
                .toArray();
        return new CentreReport.TypeLine(
                type,
                open,
                (int) closed.stream()
                        .filter(c -> c.outcome() == CaseStatus.OBTAINED)
                        .count(),
                (int) closed.stream()
                        .filter(c -> c.outcome() == CaseStatus.REFUSED)
                        .count(),
                median(days),
                appointments == null ? 0 : appointments.kept(),
                appointments == null ? 0 : appointments.missed());
    }

    /** The middle value, or the mean of the two middle ones for an even count; null for none. */
    static @Nullable Double median(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
