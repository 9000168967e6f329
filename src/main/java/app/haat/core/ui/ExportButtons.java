package app.haat.core.ui;

import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportWriter;
import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;

/**
 * "CSV" and "Excel" download links beside a grid. The file is written while it downloads, by the service the view
 * passes in, with the filters the view has at that moment; nothing is prepared in memory first.
 */
public class ExportButtons extends HorizontalLayout {

    public ExportButtons(String idPrefix, String subject, ExportWriter writer) {
        setSpacing(true);
        setPadding(false);
        setAlignItems(Alignment.CENTER);
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor();
            link.setHref((DownloadHandler) event -> {
                event.setFileName(format.fileName(subject, LocalDate.now(Formats.INDIA)));
                event.setContentType(format.contentType());
                try (var out = event.getOutputStream()) {
                    writer.write(format, out);
                }
            });
            link.getElement().setAttribute("download", true);
            link.add(VaadinIcon.DOWNLOAD_ALT.create());
            link.add(getTranslation("export." + format.name()));
            link.setId(idPrefix + "-export-" + format.name().toLowerCase());
            link.addClassName("haat-export");
            add(link);
        }
    }
}
