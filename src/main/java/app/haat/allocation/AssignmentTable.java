package app.haat.allocation;

import app.haat.core.data.NaturalOrder;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.Slot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The allocation board's table: kiosks down, slots across, the groups in each cell. */
final class AssignmentTable {

    private AssignmentTable() {}

    /** The texts come from the view, in its locale. */
    static Grid<Map.Entry<String, Map<Integer, String>>> of(
            Component view, List<AssignmentRow> rows, List<Slot> slots) {
        Map<String, Map<Integer, String>> byKiosk = new TreeMap<>(NaturalOrder.TEXT);
        for (AssignmentRow row : rows) {
            byKiosk.computeIfAbsent(row.kioskCode(), k -> new LinkedHashMap<>())
                    .merge(row.slot(), row.groupName() + (row.locked() ? " 🔒" : ""), (a, b) -> a + "; " + b);
        }
        Grid<Map.Entry<String, Map<Integer, String>>> grid = new Grid<>();
        grid.setId("allocation-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(Map.Entry::getKey)
                .setHeader(view.getTranslation("allocation.kiosk"))
                .setAutoWidth(true)
                .setFrozen(true);
        for (Slot slot : slots) {
            grid.addColumn(e -> e.getValue().getOrDefault(slot.seq(), "—"))
                    .setHeader(view.getTranslation(
                            "allocation.slotHeader",
                            Formats.number(slot.seq()),
                            Formats.date(slot.startsOn()),
                            Formats.date(slot.endsOn())))
                    .setWidth("16em")
                    .setKey("slot-" + slot.seq());
        }
        grid.setItems(byKiosk.entrySet().stream().toList());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(view.getTranslation("allocation.none"));
        return grid;
    }
}
