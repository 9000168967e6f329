package app.haat.allocation;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** Swaps two placements by hand: the other one is checked against the hard constraints as it is chosen. */
class SwapDialog extends FormDialog {

    SwapDialog(AssignmentRow row, List<AssignmentRow> rows, HandChangeService handChanges, Runnable refresh) {
        setHeaderTitle(getTranslation("allocation.swapTitle", row.groupName()));
        ComboBox<AssignmentRow> other = new ComboBox<>(getTranslation("allocation.swapWith"));
        other.setItems(rows.stream().filter(r -> r.id() != row.id()).toList());
        other.setItemLabelGenerator(r ->
                getTranslation("allocation.assignmentText", r.groupName(), r.kioskCode(), Formats.number(r.slot())));
        other.setWidth("min(420px, 80vw)");
        other.setId("swap-other");
        Paragraph verdict = new Paragraph();
        verdict.setId("swap-verdict");
        Button go = action(getTranslation("allocation.swap"), "swap-go", () -> {
            AssignmentRow with = other.getValue();
            close();
            if (Notifications.attempt(() -> handChanges.swap(row.id(), row.version(), with.id(), with.version()))) {
                Notifications.success(getTranslation("allocation.swapped", row.groupName(), with.groupName()));
            }
            refresh.run();
        });
        go.setEnabled(false);
        other.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                verdict.setText("");
                go.setEnabled(false);
                return;
            }
            var refusal = handChanges.whyNotSwap(row.id(), e.getValue().id());
            verdict.setText(refusal.map(Notifications::describe).orElse(getTranslation("allocation.allowed")));
            go.setEnabled(refusal.isEmpty());
        });
        add(new VerticalLayout(other, verdict));
    }
}
