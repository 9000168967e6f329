package app.haat.sales;

import app.haat.core.export.ExportFormat;
import app.haat.core.export.Exports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An exhibition's sales over HTTP, for the officers who manage it (checked in the service). */
@RestController
class SalesApiController {

    private final SalesService sales;

    SalesApiController(SalesService sales) {
        this.sales = sales;
    }

    /** {@code GET /api/exhibitions/{id}/sales}: every stand with its sales so far, late ones first. */
    @GetMapping("/api/exhibitions/{id}/sales")
    List<SalesService.StandSummary> overview(@PathVariable long id) {
        return sales.overview(id);
    }

    /** {@code GET /api/exhibitions/{id}/sales/export?format=csv|xlsx}: every stand's every day so far, streamed. */
    @GetMapping("/api/exhibitions/{id}/sales/export")
    void export(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        Exports.stream(response, chosen, "sales", out -> sales.export(id, chosen, Exports.language(request), out));
    }
}
