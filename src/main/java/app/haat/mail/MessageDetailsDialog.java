package app.haat.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.jspecify.annotations.Nullable;

/**
 * One message in full: where it went, its state and reason, its delivery, and the SMS text exactly as sent. The page
 * puts its "try again" before the close button where it offers one.
 */
class MessageDetailsDialog extends Dialog {

    private final MessageTexts texts;
    private final Div facts = new Div();

    MessageDetailsDialog(OutboxEntry e, MessageTexts texts) {
        this.texts = texts;
        setHeaderTitle(texts.translate("mail.type." + e.type().name()));
        setId("message-details");
        setWidth("min(36rem, 95vw)");
        facts.addClassName("haat-facts");
        fact(
                "messages.channel",
                texts.translate("messages.channel." + e.channel().name()));
        fact("mail.recipient", e.recipient());
        fact("users.language", texts.translate("messages.language." + e.language()));
        fact("mail.status", texts.stateText(e));
        String reason = texts.reason(e);
        if (!reason.isEmpty()) {
            fact("mail.lastError", reason);
        }
        fact("mail.attempts", texts.number(e.attempts()));
        fact("mail.created", texts.time(e.createdAt()));
        fact("messages.sent", texts.time(e.sentAt()));
        if (e.channel() == Channel.SMS) {
            fact("messages.delivery", texts.delivery(e));
            fact("messages.deliveredAt", texts.time(e.deliveredAt()));
            fact("messages.segments", texts.segments(e));
            if (e.possiblyDuplicate()) {
                fact("messages.duplicate", texts.translate("messages.duplicate.explain"));
            }
        } else {
            String subject = e.subject();
            if (subject != null) {
                fact("mail.subject", subject);
            }
        }
        add(facts);
        if (e.channel() == Channel.SMS) {
            addSmsText(e.smsText());
        }
        Button close = new Button(texts.translate("action.close"), click -> close());
        close.setId("message-details-close");
        getFooter().add(close);
    }

    private void addSmsText(@Nullable String text) {
        H4 title = new H4(texts.translate("messages.smsText"));
        title.getStyle().set("margin-top", "var(--lumo-space-m)");
        add(title);
        if (text == null) {
            add(new Paragraph(texts.translate("messages.smsText.notYet")));
        } else {
            Pre sent = new Pre(text);
            sent.setId("message-sms-text");
            sent.getStyle().set("white-space", "pre-wrap");
            add(sent);
        }
    }

    private void fact(String labelKey, String value) {
        Div label = new Div(texts.translate(labelKey));
        label.addClassName("haat-label");
        Div shown = new Div(value.isEmpty() ? "—" : value);
        facts.add(label, shown);
    }
}
