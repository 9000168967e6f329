package app.haat.operations;

import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Notifications;
import app.haat.search.SearchIndexSection;
import app.haat.search.SearchService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Backups of the embedded database and files, and how to restore one. */
@Route("admin/operations")
@RolesAllowed(Role.ADMIN)
public class OperationsView extends VerticalLayout implements HasDynamicTitle {

    private final BackupService backups;
    private final Grid<BackupService.BackupFile> grid = new Grid<>();

    public OperationsView(BackupService backups, SearchService search) {
        this.backups = backups;
        addClassName("haat-view");
        add(new H2(getTranslation("operations.title")), new SearchIndexSection(search));
        if (!backups.supported()) {
            add(new Paragraph(getTranslation("operations.backup.unsupported")));
            return;
        }
        ProgressBar progress = Accessible.named(new ProgressBar(), getTranslation("operations.backup.now"));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Button backup = new Button(getTranslation("operations.backup.now"), VaadinIcon.DOWNLOAD.create());
        backup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backup.setId("backup-now");
        backup.setDisableOnClick(true);
        backup.addClickListener(e -> {
            progress.setVisible(true);
            try {
                if (Notifications.attempt(() -> {
                    BackupService.BackupFile file = backups.backup();
                    Notifications.success(
                            getTranslation("operations.backup.done", file.name(), Formats.number(file.bytes() / 1024)));
                })) {
                    refresh();
                }
            } finally {
                progress.setVisible(false);
                backup.setEnabled(true);
            }
        });
        grid.setId("backup-grid");
        grid.addColumn(BackupService.BackupFile::name)
                .setHeader(getTranslation("operations.backup.file"))
                .setFlexGrow(2);
        grid.addColumn(f -> Formats.dateTime(OffsetDateTime.ofInstant(f.modified(), ZoneOffset.UTC)))
                .setHeader(getTranslation("operations.backup.when"))
                .setAutoWidth(true);
        grid.addColumn(f -> Formats.number(Math.max(1, f.bytes() / 1024)) + " KB")
                .setHeader(getTranslation("operations.backup.size"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("operations.backup.none"));
        grid.setAllRowsVisible(true);
        add(
                new Paragraph(getTranslation("operations.backup.explain")),
                backup,
                progress,
                grid,
                new Paragraph(getTranslation("operations.restore.explain")));
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.title") + " · " + getTranslation("app.name");
    }
}
