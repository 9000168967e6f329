package app.haat.allocation;

import app.haat.core.export.Exports;
import app.haat.core.ui.ExportButtons;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/**
 * The board's "stall cards of all kiosks" download for the officers managing the exhibition, with how many of the
 * groups holding kiosks have no UPI ID yet (their cards say so). Nothing while no group holds a kiosk.
 */
class StallCardPrintLink extends Div {

    StallCardPrintLink(StallCardPrintService print, long exhibitionId) {
        setId("board-stall-cards");
        StallCardPrintService.Summary summary = print.summary(exhibitionId);
        if (summary.groups() == 0) {
            setVisible(false);
            return;
        }
        Locale locale = getLocale();
        add(ExportButtons.downloadLink("stall-cards", getTranslation("stallCard.print"), event -> {
            event.setFileName(Exports.pdfName("stall-cards"));
            event.setContentType("application/pdf");
            byte[] pdf = print.print(exhibitionId, locale);
            try (var out = event.getOutputStream()) {
                out.write(pdf);
            }
        }));
        if (summary.withoutUpiId() > 0) {
            Paragraph hint =
                    new Paragraph(getTranslation("stallCard.printHint", summary.groups(), summary.withoutUpiId()));
            hint.addClassName("haat-hint");
            hint.setId("stall-cards-hint");
            add(hint);
        }
    }
}
