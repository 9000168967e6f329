package app.haat.dashboard;

import app.haat.core.export.Exports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard over HTTP: its figures as JSON, and as a PDF. Scoped in the service like the view. */
@RestController
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    /** {@code GET /api/dashboard?period=DAYS_30|DAYS_90|DAYS_365|ALL} (all by default). */
    @GetMapping("/api/dashboard")
    DashboardService.Dashboard dashboard(@RequestParam(defaultValue = "ALL") Period period) {
        return dashboards.dashboard(period);
    }

    /** {@code GET /api/dashboard.pdf}, in the language of {@code Accept-Language}. */
    @GetMapping("/api/dashboard.pdf")
    void pdf(
            @RequestParam(defaultValue = "ALL") Period period, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Exports.pdf(response, "dashboard", out -> dashboards.writePdf(period, Exports.language(request), out));
    }
}
