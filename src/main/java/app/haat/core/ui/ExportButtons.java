package app.haat.core.ui;

import app.haat.core.api.ConflictException;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportWriter;
import app.haat.core.export.Exports;
import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * "CSV" and "Excel" download links beside a grid. The file is written while it downloads, by the service the view
 * passes in, with the filters the view has at that moment (read under the session lock); nothing is prepared in
 * memory first, and a few exports at most run at once.
 */
public class ExportButtons extends HorizontalLayout {

    /**
     * @param prepare called under the session lock when a download starts: reads the view's filters and answers the
     *                writer, which then runs outside the lock while the file streams
     */
    public ExportButtons(String idPrefix, String subject, Supplier<ExportWriter> prepare) {
        this(idPrefix, () -> subject, prepare);
    }

    /**
     * @param subject called under the session lock when a download starts: the file's name part, e.g. naming the
     *                filters the file applies
     */
    public ExportButtons(String idPrefix, Supplier<String> subject, Supplier<ExportWriter> prepare) {
        setSpacing(true);
        setPadding(false);
        setAlignItems(Alignment.CENTER);
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor();
            link.setHref((DownloadHandler) event -> {
                AtomicReference<ExportWriter> writer = new AtomicReference<>();
                AtomicReference<String> name = new AtomicReference<>();
                event.getUI().accessSynchronously(() -> {
                    writer.set(prepare.get());
                    name.set(subject.get());
                });
                event.setFileName(format.fileName(name.get(), LocalDate.now(Formats.INDIA)));
                event.setContentType(format.contentType());
                try (var out = event.getOutputStream()) {
                    Exports.gated(o -> writer.get().write(format, o), out);
                } catch (ConflictException busy) {
                    event.getUI().access(() -> Notifications.error(getTranslation(busy.getMessage())));
                    throw busy;
                }
            });
            add(styled(
                    link,
                    idPrefix + "-export-" + format.name().toLowerCase(),
                    getTranslation("export." + format.name())));
        }
    }

    /** A download link as the grids' export links look: an icon, the text, a thumb-sized target. */
    public static Anchor downloadLink(String id, String text, DownloadHandler handler) {
        Anchor link = new Anchor();
        link.setHref(handler);
        return styled(link, id, text);
    }

    private static Anchor styled(Anchor link, String id, String text) {
        link.getElement().setAttribute("download", true);
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(text);
        link.setId(id);
        link.addClassName("haat-export");
        return link;
    }
}
