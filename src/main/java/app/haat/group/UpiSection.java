package app.haat.group;

import app.haat.core.export.Exports;
import app.haat.core.ui.ExportButtons;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A group's UPI ID with its hint, saved on its own, and the stall card's download beside it: a disabled button with
 * the reason while there is no UPI ID. On the group's own page and in its officer's dialog.
 */
class UpiSection extends VerticalLayout {

    private final StallCardService stallCards;
    private final long groupId;
    private final TextField field = new TextField();
    private final Div download = new Div();

    UpiSection(StallCardService stallCards, long groupId, @Nullable String upiId) {
        this.stallCards = stallCards;
        this.groupId = groupId;
        setPadding(false);
        setSpacing(false);
        setId("upi");
        field.setLabel(getTranslation("group.upiId"));
        field.setHelperText(getTranslation("group.upiId.hint"));
        field.setMaxLength(UpiIds.MAX_LENGTH);
        field.setValue(upiId == null ? "" : upiId);
        field.setId("upi-id");
        field.setWidth("min(22em, 100%)");
        field.getElement().setAttribute("autocapitalize", "none");
        field.getElement().setAttribute("spellcheck", "false");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("upi-save");
        HorizontalLayout row = new HorizontalLayout(field, save);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph explain = new Paragraph(getTranslation("stallCard.explain"));
        explain.addClassName("haat-hint");
        add(row, explain, download);
        showDownload(upiId);
    }

    private void save() {
        try {
            String stored = stallCards.changeUpiId(groupId, field.getValue());
            field.setValue(stored == null ? "" : stored);
            field.setInvalid(false);
            showDownload(stored);
            Notifications.success(getTranslation("action.saved"));
        } catch (RuntimeException ex) {
            String message = Notifications.describe(ex);
            if (message == null) {
                throw ex;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /** The card's link once the group has a UPI ID; until then a disabled button and what to do. */
    private void showDownload(@Nullable String upiId) {
        download.removeAll();
        if (upiId != null) {
            Locale locale = getLocale();
            download.add(ExportButtons.downloadLink("stall-card", getTranslation("stallCard.download"), event -> {
                event.setFileName(Exports.pdfName("stall-card"));
                event.setContentType("application/pdf");
                byte[] pdf = stallCards.card(groupId, locale);
                try (var out = event.getOutputStream()) {
                    out.write(pdf);
                }
            }));
            return;
        }
        Button disabled = new Button(getTranslation("stallCard.download"), VaadinIcon.DOWNLOAD_ALT.create());
        disabled.setEnabled(false);
        disabled.setId("stall-card-disabled");
        Paragraph reason = new Paragraph(getTranslation("stallCard.needsUpi"));
        reason.addClassName("haat-hint");
        reason.setId("stall-card-reason");
        download.add(disabled, reason);
    }
}
