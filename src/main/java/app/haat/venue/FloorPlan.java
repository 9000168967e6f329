package app.haat.venue;

import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One floor of a venue drawn on the server as a CSS grid (no frontend bundle): kiosks at their cells, empty cells
 * around them. Kiosks and cells are buttons, so the plan works by keyboard and on a phone (it scrolls sideways when
 * the floor is wider than the screen).
 */
public class FloorPlan extends Div {

    private final Div grid = new Div();

    public FloorPlan() {
        addClassName("haat-plan-scroll");
        grid.addClassName("haat-plan");
        add(grid);
    }

    /**
     * Draws the floor. {@code state} gives each kiosk a CSS class for its colour (or null); {@code onKiosk} and
     * {@code onCell} receive clicks on a kiosk and on an empty cell (column, row).
     */
    public void show(
            Venue venue,
            int floor,
            List<Kiosk> kiosks,
            @Nullable Long selectedKiosk,
            Function<Kiosk, @Nullable String> state,
            Consumer<Kiosk> onKiosk,
            BiConsumer<Integer, Integer> onCell,
            String cellLabel) {
        grid.removeAll();
        grid.getStyle().set("grid-template-columns", "repeat(" + venue.planColumns() + ", 36px)");
        Kiosk[][] cells = new Kiosk[venue.planRows()][venue.planColumns()];
        for (Kiosk kiosk : kiosks) {
            if (kiosk.floor() == floor && kiosk.y() < venue.planRows() && kiosk.x() < venue.planColumns()) {
                cells[kiosk.y()][kiosk.x()] = kiosk;
            }
        }
        for (int row = 0; row < venue.planRows(); row++) {
            for (int column = 0; column < venue.planColumns(); column++) {
                Kiosk kiosk = cells[row][column];
                NativeButton cell;
                if (kiosk != null) {
                    cell = new NativeButton(kiosk.code(), e -> onKiosk.accept(kiosk));
                    cell.addClassName("kiosk");
                    cell.setId("kiosk-" + kiosk.code());
                    String colour = state.apply(kiosk);
                    if (colour != null) {
                        cell.addClassName(colour);
                    }
                    if (selectedKiosk != null && selectedKiosk == kiosk.id()) {
                        cell.addClassName("selected");
                    }
                    // the kiosk's capacity, in the reader's digits: how many groups' displays it holds
                    String places = cell.getTranslation("venue.kioskPlaces", Formats.number(kiosk.capacity()));
                    cell.getElement().setAttribute("aria-label", kiosk.code() + ", " + places);
                    cell.getElement().setAttribute("title", kiosk.code() + " · " + places);
                    // the capacity under the code, so the plan shows every kiosk's places at a glance
                    Span count = new Span(Formats.number(kiosk.capacity()));
                    count.addClassName("places");
                    cell.add(count);
                } else {
                    int x = column;
                    int y = row;
                    cell = new NativeButton("", e -> onCell.accept(x, y));
                    cell.setId("cell-" + floor + "-" + x + "-" + y);
                    cell.getElement().setAttribute("aria-label", cellLabel + " " + (x + 1) + ", " + (y + 1));
                }
                grid.add(cell);
            }
        }
    }
}
