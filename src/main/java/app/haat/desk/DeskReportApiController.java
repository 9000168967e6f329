package app.haat.desk;

import app.haat.core.export.ExportFormat;
import app.haat.core.export.Exports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A centre's report over HTTP, and its export: the centre's staff and admins (the service checks). */
@RestController
class DeskReportApiController {

    /** Cases open at each step. */
    record OpenStepsJson(int forwarded, int requested, int appointment, int documentsComplete, int submitted) {}

    /** One request type's figures ({@code type} null on the total line); {@code medianDays} null when none closed. */
    record ReportLineJson(
            @Nullable String type,
            OpenStepsJson open,
            int openTotal,
            int obtained,
            int refused,
            @Nullable Double medianDays,
            int appointmentsKept,
            int appointmentsMissed) {

        static ReportLineJson of(CentreReport.TypeLine line) {
            return new ReportLineJson(
                    line.type() == null ? null : line.type().name(),
                    new OpenStepsJson(
                            line.open(CaseStatus.FORWARDED),
                            line.open(CaseStatus.REQUESTED),
                            line.open(CaseStatus.APPOINTMENT),
                            line.open(CaseStatus.DOCUMENTS_COMPLETE),
                            line.open(CaseStatus.SUBMITTED)),
                    line.openTotal(),
                    line.obtained(),
                    line.refused(),
                    line.medianDays(),
                    line.appointmentsKept(),
                    line.appointmentsMissed());
        }
    }

    /** The verified groups of the centre's zone, and those ready to sell online anywhere in India or within WB. */
    record ReadyGroupsJson(int verified, int readyIndia, int readyWestBengal) {}

    record CentreReportJson(
            long centreId, String centre, List<ReportLineJson> lines, ReportLineJson total, ReadyGroupsJson ready) {}

    private final DeskReportService reports;
    private final DeskReportExport export;

    DeskReportApiController(DeskReportService reports, DeskReportExport export) {
        this.reports = reports;
        this.export = export;
    }

    /** {@code GET /api/centres/{id}/report}: the centre's cases by type and step, outcomes, appointments, ready groups. */
    @GetMapping("/api/centres/{id}/report")
    CentreReportJson report(@PathVariable long id) {
        CentreReport report = reports.report(id);
        CentreReport.ReadyGroups ready = report.ready();
        return new CentreReportJson(
                report.centre().id(),
                report.centre().nameEn(),
                report.lines().stream().map(ReportLineJson::of).toList(),
                ReportLineJson.of(report.total()),
                new ReadyGroupsJson(ready.verified(), ready.readyIndia(), ready.readyWestBengal()));
    }

    /** {@code GET /api/centres/{id}/report/export?format=csv|xlsx}: the same, as a file. */
    @GetMapping("/api/centres/{id}/report/export")
    void export(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        Exports.stream(
                response, chosen, "centre-report", out -> export.export(id, chosen, Exports.language(request), out));
    }
}
