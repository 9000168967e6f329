package app.haat.sales;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import app.haat.exhibition.ExhibitionCancellation;
import app.haat.exhibition.SlotClosure;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;

/**
 * Closes the days of a slot from a date on (a strike, a flood): which slot, the first lost day typed in either
 * digits, and the reason the slot's groups will be told.
 */
class CloseSlotDialog extends FormDialog {

    CloseSlotDialog(long exhibitionId, List<SlotClosure.SlotDays> slots, SlotClosure closure, Runnable done) {
        setHeaderTitle(getTranslation("exhibition.slotClose"));
        Select<SlotClosure.SlotDays> slot = new Select<>();
        slot.setId("slot-close-slot");
        slot.setLabel(getTranslation("exhibition.slotClose.slot"));
        slot.setItems(slots);
        slot.setItemLabelGenerator(s -> getTranslation(
                "exhibition.slotClose.slotLabel",
                Formats.number(s.seq()),
                Formats.date(s.startsOn()),
                Formats.date(s.endsOn())));
        slot.setValue(slots.getFirst());
        slot.setWidthFull();
        LocalDate today = LocalDate.now(Formats.INDIA);
        LocalDate first = slots.getFirst().startsOn();
        TypedField<LocalDate> from = TypedField.date(getTranslation("exhibition.slotClose.from"))
                .required()
                .show(first.isAfter(today) ? first : today);
        from.setId("slot-close-from");
        TextArea reason = new TextArea(getTranslation("exhibition.cancel.reason"));
        reason.setId("slot-close-reason");
        reason.setRequired(true);
        reason.setMaxLength(ExhibitionCancellation.MAX_REASON);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("exhibition.slotClose.explain")), slot, from, reason);
        action(getTranslation("exhibition.slotClose.go"), "slot-close-go", () -> {
                    if (slot.getValue() == null || !TypedField.valid(from)) {
                        return;
                    }
                    Notifications.attemptAndGet(() ->
                                    closure.close(exhibitionId, slot.getValue().id(), from.value(), reason.getValue()))
                            .ifPresent(result -> {
                                Notifications.success(getTranslation(
                                        "exhibition.slotClose.done",
                                        Formats.date(result.closedFrom()),
                                        result.groupsTold()));
                                close();
                                done.run();
                            });
                })
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
}
