package app.haat.sales;

import app.haat.core.api.ValidationException;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.Exports;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An exhibition's sales over HTTP, for the officers who manage it, and a stand's daily report, for its group or
 * officer (checked in the service).
 */
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

    /**
     * {@code POST /api/applications/{id}/sales}: the group (or its officer) reports a day's sales: the total in
     * {@code amountRupees}, and/or how much came in cash ({@code cashRupees}) and by UPI ({@code upiRupees}); without a
     * total the parts make it, with all three they must add up. A figure someone else entered for that day is replaced
     * only with {@code "replace": true}; without it the answer is 409 naming who entered it.
     */
    @PostMapping("/api/applications/{id}/sales")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void report(@PathVariable long id, @RequestBody DayReportJson body) {
        SalesAmounts amounts = new SalesAmounts(body.amountRupees(), body.cashRupees(), body.upiRupees());
        if (body.day() == null || !amounts.given() || body.items() == null) {
            throw new ValidationException("sales.error.figuresMissing");
        }
        sales.report(id, body.day(), amounts, body.items(), body.note(), Boolean.TRUE.equals(body.replace()));
    }

    /**
     * A day's figures: the total and/or cash and UPI in whole rupees; {@code replace}: true to replace a figure
     * someone else entered.
     */
    record DayReportJson(
            @Nullable LocalDate day,

            @Schema(
                    description =
                            "The day's sales in whole rupees; may be left out when cashRupees or upiRupees is given")
            @Nullable
            Integer amountRupees,

            @Schema(description = "Of the day's sales, the rupees taken in cash") @Nullable
            Integer cashRupees,

            @Schema(description = "Of the day's sales, the rupees taken by UPI") @Nullable
            Integer upiRupees,

            @Nullable Integer items,
            @Nullable String note,
            @Nullable Boolean replace) {}

    /**
     * {@code GET /api/applications/{id}/sales}: the stand's days so far, each with its figures (cash and UPI null
     * when the report gave a total only) or marked missing; for its group or officer.
     */
    @GetMapping("/api/applications/{id}/sales")
    List<SalesService.Day> days(@PathVariable long id) {
        return sales.days(id);
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
