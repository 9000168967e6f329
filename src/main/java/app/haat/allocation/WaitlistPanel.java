package app.haat.allocation;

import app.haat.core.i18n.Formats;
import app.haat.exhibition.Application;
import app.haat.exhibition.ExplanationText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The board's waitlist: position, group and why it waits, with a Place button when the board may change; above it, a
 * note when a postponement sent groups back from their place (they come first, to be placed by hand).
 */
class WaitlistPanel extends Div {

    /** place: opens the placing dialog for a waiting group; null when the board may not change. */
    WaitlistPanel(List<Application> waiting, @Nullable Consumer<Application> place) {
        setWidthFull();
        long displaced = waiting.stream().filter(PostponementEffects::displaced).count();
        if (displaced > 0) {
            Paragraph note = new Paragraph(getTranslation("allocation.displaced", Formats.number(displaced)));
            note.addClassName("haat-hint");
            note.setId("allocation-displaced");
            add(note);
        }
        Grid<Application> grid = new Grid<>();
        grid.setId("allocation-waitlist");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.waitlistPosition() == null ? "" : Formats.number(a.waitlistPosition()))
                .setHeader("#")
                .setAutoWidth(true);
        grid.addColumn(Application::groupName)
                .setHeader(getTranslation("group.name"))
                .setFlexGrow(2);
        grid.addColumn(a -> ExplanationText.of(this, a))
                .setHeader(getTranslation("application.status.WAITLISTED"))
                .setFlexGrow(3);
        if (place != null) {
            grid.addComponentColumn(a -> {
                        Button button = new Button(getTranslation("allocation.place"), e -> place.accept(a));
                        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        button.setId("place-" + a.id());
                        return button;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("place");
        }
        grid.setItems(waiting);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("—");
        add(grid);
    }
}
