package app.haat.allocation;

import app.haat.core.ui.FormDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** A re-draw: a reason for the public record; its seed follows from the committed one, nobody chooses it. */
class RedrawDialog extends FormDialog {

    RedrawDialog(Consumer<String> run) {
        setHeaderTitle(getTranslation("allocation.redraw"));
        Paragraph how = new Paragraph(getTranslation("allocation.redrawHow"));
        TextArea reason = new TextArea(getTranslation("allocation.reason"));
        reason.setMaxLength(AllocationService.MAX_REDRAW_REASON);
        reason.setRequired(true);
        reason.setWidth("min(480px, 85vw)");
        reason.setId("allocation-reason");
        action(getTranslation("allocation.redraw"), "allocation-redraw-run", () -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("allocation.error.reason"));
                return;
            }
            close();
            run.accept(reason.getValue());
        });
        add(new VerticalLayout(how, reason));
    }
}
