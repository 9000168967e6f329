package app.haat.allocation;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The waitlist promotions of an exhibition on the allocation board, each with its undo while the board may change. */
class PromotionList extends Div {

    private final HandChangeService handChanges;
    private final Runnable refresh;

    /** refresh redraws the whole board after an undo, this list included. */
    PromotionList(HandChangeService handChanges, Runnable refresh) {
        this.handChanges = handChanges;
        this.refresh = refresh;
    }

    void show(long exhibitionId, boolean changeable) {
        removeAll();
        var promotions = handChanges.promotions(exhibitionId);
        if (promotions.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("allocation.promotions")));
        for (var promotion : promotions) {
            Span text = new Span(
                    promotion.withdrawnGroupName() == null
                            ? getTranslation(
                                    "allocation.promotionFreeText",
                                    promotion.groupName(),
                                    Formats.dateTime(promotion.promotedAt()))
                            : getTranslation(
                                    "allocation.promotionText",
                                    promotion.groupName(),
                                    promotion.withdrawnGroupName(),
                                    Formats.dateTime(promotion.promotedAt())));
            text.addClassName("name");
            Div line = new Div(text);
            line.addClassName("haat-placement");
            line.setId("promotion-" + promotion.id());
            if (promotion.undoneBy() != null) {
                line.add(new Span(getTranslation("allocation.undoneBy", promotion.undoneBy())));
            } else if (changeable) {
                line.add(undoButton(exhibitionId, promotion.id(), promotion.groupName()));
            }
            add(line);
        }
    }

    private Button undoButton(long exhibitionId, long promotionId, String groupName) {
        Button undo = new Button(
                getTranslation("allocation.undo"),
                VaadinIcon.ARROW_BACKWARD.create(),
                e -> Confirm.ask(
                        getTranslation("allocation.undo"),
                        getTranslation("allocation.undoConfirm", groupName),
                        getTranslation("allocation.undo"),
                        () -> {
                            if (Notifications.attempt(() -> handChanges.undoPromotion(exhibitionId, promotionId))) {
                                Notifications.success(getTranslation("allocation.undoneNote", groupName));
                            }
                            refresh.run();
                        }));
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
        undo.setId("undo-promotion-" + promotionId);
        return undo;
    }
}
