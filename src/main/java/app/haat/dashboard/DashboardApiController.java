package app.haat.dashboard;

import app.haat.core.export.Exports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard over HTTP: its figures as JSON, and as a PDF. Scoped in the service like the view. */
@RestController
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboard")
    DashboardService.Dashboard dashboard() {
        return dashboards.dashboard();
    }

    /** {@code GET /api/dashboard.pdf}, in the language of {@code Accept-Language}. */
    @GetMapping("/api/dashboard.pdf")
    void pdf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exports.pdf(response, "dashboard", out -> dashboards.writePdf(Exports.language(request), out));
    }
}
