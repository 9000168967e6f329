package app.haat.allocation;

import app.haat.core.export.Exports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The stall cards of an exhibition's kiosks over HTTP, scoped by the service as on the board. */
@RestController
class StallCardPrintApiController {

    private final StallCardPrintService print;

    StallCardPrintApiController(StallCardPrintService print) {
        this.print = print;
    }

    /**
     * {@code GET /api/exhibitions/{id}/stall-cards.pdf}: one A5 stall card per group holding a kiosk, in kiosk order,
     * in the language of {@code Accept-Language}; for the officers managing the exhibition and admins.
     */
    @GetMapping("/api/exhibitions/{id}/stall-cards.pdf")
    void stallCards(@PathVariable long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Exports.pdf(response, "stall-cards-" + id, out -> out.write(print.print(id, Exports.language(request))));
    }
}
