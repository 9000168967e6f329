package app.haat.allocation;

import app.haat.core.api.ConflictException;
import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.exhibition.Application;
import app.haat.exhibition.Slot;
import app.haat.venue.Kiosk;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A hand change to a kiosk and a slot, the board's move of a placement or its place of a waitlisted group: the choice
 * is checked against the hard constraints as it changes, and the action is offered only for an allowed one.
 */
class TargetDialog extends FormDialog {

    /** What the board offers to choose from, and what redraws it after a change. */
    record Board(HandChangeService handChanges, List<Kiosk> kiosks, List<Slot> slots, Runnable refresh) {}

    /**
     * One kind of change, for one group: the title, action and done sentence by their keys, why a choice is refused
     * (empty when allowed), and making it.
     */
    private record Change(
            String titleKey,
            String actionKey,
            String doneKey,
            String groupName,
            BiFunction<Kiosk, Slot, Optional<ConflictException>> whyNot,
            BiConsumer<Kiosk, Slot> make) {}

    private final Select<Kiosk> kiosk = new Select<>();
    private final Select<Slot> slot = new Select<>();
    private final Paragraph verdict = new Paragraph();
    private final Button go;
    private final Change change;

    /** Moves a placement, starting from its own slot. */
    static TargetDialog move(AssignmentRow row, Board board) {
        Slot current = board.slots().stream()
                .filter(s -> s.id() == row.slotId())
                .findFirst()
                .orElse(null);
        HandChangeService handChanges = board.handChanges();
        return new TargetDialog(
                board,
                current,
                new Change(
                        "allocation.moveTitle",
                        "allocation.move",
                        "allocation.moved",
                        row.groupName(),
                        (k, s) -> handChanges.whyNotMove(row.id(), k.id(), s.id()),
                        (k, s) -> handChanges.move(row.id(), row.version(), k.id(), s.id())));
    }

    /** Places a waitlisted application, starting from its first preferred slot. */
    static TargetDialog place(long exhibitionId, Application application, Board board) {
        List<Slot> slots = board.slots();
        Slot first = slots.stream()
                .filter(s -> !application.preferredSlots().isEmpty()
                        && s.seq() == application.preferredSlots().getFirst())
                .findFirst()
                .orElse(slots.getFirst());
        HandChangeService handChanges = board.handChanges();
        return new TargetDialog(
                board,
                first,
                new Change(
                        "allocation.placeTitle",
                        "allocation.place",
                        "allocation.placed",
                        application.groupName(),
                        (k, s) -> handChanges.whyNotPlace(application.id(), k.id(), s.id()),
                        (k, s) -> handChanges.place(exhibitionId, application.id(), k.id(), s.id())));
    }

    private TargetDialog(Board board, @Nullable Slot startSlot, Change change) {
        this.change = change;
        setHeaderTitle(getTranslation(change.titleKey(), change.groupName()));
        kiosk.setLabel(getTranslation("allocation.chooseKiosk"));
        kiosk.setItems(board.kiosks());
        kiosk.setItemLabelGenerator(Kiosk::code);
        kiosk.setId("target-kiosk");
        slot.setLabel(getTranslation("allocation.slot"));
        slot.setItems(board.slots());
        slot.setItemLabelGenerator(s -> getTranslation(
                "allocation.slotHeader",
                Formats.number(s.seq()),
                Formats.date(s.startsOn()),
                Formats.date(s.endsOn())));
        slot.setId("target-slot");
        verdict.setId("target-verdict");
        go = action(getTranslation(change.actionKey()), "target-go", () -> make(board.refresh()));
        go.setEnabled(false);
        kiosk.addValueChangeListener(e -> recheck());
        slot.addValueChangeListener(e -> recheck());
        slot.setValue(startSlot);
        kiosk.setWidth("8em");
        slot.setWidth("8em");
        HorizontalLayout choosers = new HorizontalLayout(kiosk, slot);
        choosers.setWrap(true);
        verdict.setMaxWidth("min(420px, 80vw)");
        VerticalLayout body = new VerticalLayout(choosers, verdict);
        body.setPadding(false);
        add(body);
    }

    private void recheck() {
        if (kiosk.getValue() == null || slot.getValue() == null) {
            verdict.setText("");
            go.setEnabled(false);
            return;
        }
        var refusal = change.whyNot().apply(kiosk.getValue(), slot.getValue());
        verdict.setText(refusal.map(Notifications::describe).orElse(getTranslation("allocation.allowed")));
        verdict.getStyle()
                .set("color", refusal.isPresent() ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        go.setEnabled(refusal.isEmpty());
    }

    private void make(Runnable refresh) {
        Kiosk k = kiosk.getValue();
        Slot s = slot.getValue();
        close();
        if (Notifications.attempt(() -> change.make().accept(k, s))) {
            Notifications.success(
                    getTranslation(change.doneKey(), change.groupName(), k.code(), Formats.number(s.seq())));
        }
        refresh.run();
    }
}
