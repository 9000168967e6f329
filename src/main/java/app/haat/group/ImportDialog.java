package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.UploadTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Upload a CSV of groups, see the exact report, download the rejected rows. */
class ImportDialog extends Dialog {

    private final GroupImportService importer;
    private final Runnable onImported;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportReport.RejectedRow> rejected = new Grid<>();
    private final Anchor download = new Anchor();
    private final ProgressBar progress = new ProgressBar();

    ImportDialog(GroupImportService importer, Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(760px, 95vw)");
        Paragraph help = new Paragraph(getTranslation("import.help"));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = new FileInputStream(file)) {
                run(ui, in, metadata.fileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                file.delete();
            }
        }));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize((int) GroupImportService.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        UploadTexts.apply(upload);
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.error.tooLarge")));
        upload.addStartedListener(e -> progress.setVisible(true));
        progress.setIndeterminate(true);
        Accessible.named(progress, getTranslation("import.title"));
        progress.setVisible(false);
        summary.setId("import-summary");
        rejected.setId("import-rejected");
        rejected.addColumn(ImportReport.RejectedRow::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true);
        rejected.addColumn(r -> String.join("; ", r.errors()))
                .setHeader(getTranslation("import.reasons"))
                .setFlexGrow(1);
        rejected.setVisible(false);
        rejected.setAllRowsVisible(true);
        download.setVisible(false);
        download.setText(getTranslation("import.download"));
        add(help, upload, progress, summary, download, rejected);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Imports and shows the report; package-visible so the view test can feed a file without a browser. */
    void run(UI ui, InputStream in, String fileName) {
        ImportReport report;
        try {
            report = importer.importCsv(in, fileName, getLocale());
        } catch (RuntimeException e) {
            ui.access(() -> {
                String message = Notifications.describe(e);
                progress.setVisible(false);
                summary.setText(message == null ? getTranslation("import.error.unexpected") : message);
                summary.addClassName("haat-error");
            });
            if (Notifications.describe(e) == null) {
                throw e;
            }
            return;
        }
        ui.access(() -> show(report));
    }

    private void show(ImportReport report) {
        progress.setVisible(false);
        summary.removeClassName("haat-error");
        String text = getTranslation(
                "import.summary",
                Formats.number(report.imported()),
                Formats.number(report.updated()),
                Formats.number(report.rejectedCount()));
        if (!report.unknownColumns().isEmpty()) {
            text += " " + getTranslation("import.unknownColumns", String.join(", ", report.unknownColumns()));
        }
        summary.setText(text);
        rejected.setItems(report.rejected());
        rejected.setVisible(!report.rejected().isEmpty());
        byte[] csv = rejectedCsv(report).getBytes(StandardCharsets.UTF_8);
        download.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(csv), "rejected-rows.csv", "text/csv", csv.length)));
        download.getElement().setAttribute("download", true);
        download.setVisible(!report.rejected().isEmpty());
        onImported.run();
    }

    static String rejectedCsv(ImportReport report) {
        StringBuilder out = new StringBuilder("\uFEFFline,errors\n");
        for (ImportReport.RejectedRow row : report.rejected()) {
            out.append(row.line())
                    .append(",\"")
                    .append(String.join("; ", row.errors()).replace("\"", "\"\""))
                    .append("\"\n");
        }
        return out.toString();
    }
}
