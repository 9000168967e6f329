package app.haat.search;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The admin's view of the search index: how many documents it holds, and a rebuild from the database with a
 * progress bar (the page polls while it runs); search keeps answering from the old index until the new one is in.
 */
public class SearchIndexSection extends VerticalLayout {

    private static final int POLL_MS = 500;
    private final SearchService search;
    private final Paragraph state = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Button rebuild = new Button();
    private @Nullable Registration polling;

    public SearchIndexSection(SearchService search) {
        this.search = search;
        setPadding(false);
        state.setId("search-index-state");
        progress.setId("search-index-progress");
        Accessible.named(progress, getTranslation("search.index"));
        rebuild.setText(getTranslation("search.rebuild"));
        rebuild.setIcon(VaadinIcon.REFRESH.create());
        rebuild.setId("search-index-rebuild");
        rebuild.addClickListener(e -> {
            if (Notifications.attempt(search::rebuild)) {
                startPolling();
                update();
            }
        });
        Paragraph explain = new Paragraph(getTranslation("search.rebuildExplain"));
        explain.addClassName("haat-hint");
        add(new H3(getTranslation("search.index")), explain, state, progress, rebuild);
        update();
    }

    private void update() {
        RebuildProgress now = search.rebuildProgress();
        progress.setVisible(now.running());
        progress.setValue(now.share());
        rebuild.setEnabled(!now.running());
        IndexCounts counts = search.indexed();
        if (now.running()) {
            state.setText(getTranslation("search.rebuilding", Formats.number(now.done()), Formats.number(now.total())));
        } else if (now.error() != null) {
            state.setText(getTranslation("search.rebuildFailed"));
        } else {
            state.setText(getTranslation(
                    "search.indexed", Formats.number(counts.groups()), Formats.number(counts.applications())));
        }
        if (!now.running() && polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            if (now.error() == null) {
                Notifications.success(getTranslation("search.rebuilt"));
            }
        }
    }

    private void startPolling() {
        UI ui = UI.getCurrent();
        if (polling == null && ui != null) {
            ui.setPollInterval(POLL_MS);
            polling = ui.addPollListener(e -> update());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (search.rebuildProgress().running()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
