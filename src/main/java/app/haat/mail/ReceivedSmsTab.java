package app.haat.mail;

import app.haat.sms.EmbeddedSmsc.ReceivedSms;
import app.haat.sms.SmsEncoding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.stream.Collectors;

/** The admin's tab of what the demo's SMSC received, decoded: the latest {@value #RECEIVED_SMS}, newest first. */
class ReceivedSmsTab extends VerticalLayout {

    /** How many of the demo SMSC's latest messages the panel lists. */
    static final int RECEIVED_SMS = 50;

    private final MessageTexts texts;

    ReceivedSmsTab(MessagesService messages, MessageTexts texts) {
        this.texts = texts;
        Grid<ReceivedSms> received = new Grid<>();
        received.setId("received-sms-grid");
        received.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        received.addComponentColumn(this::receivedSms)
                .setHeader(texts.translate("messages.receivedSms"))
                .setFlexGrow(1)
                .setKey("sms");
        received.setEmptyStateText(texts.translate("messages.receivedSmsEmpty"));
        received.setHeight("60vh");
        received.setItems(messages.receivedSms(RECEIVED_SMS));
        Button refresh = new Button(
                texts.translate("mail.refresh"),
                VaadinIcon.REFRESH.create(),
                e -> received.setItems(messages.receivedSms(RECEIVED_SMS)));
        refresh.setId("received-sms-refresh");
        Paragraph explain = new Paragraph(
                texts.translate("messages.receivedSmsExplain", texts.digits(Integer.toString(RECEIVED_SMS))));
        explain.addClassName("haat-hint");
        add(explain, refresh, received);
        setPadding(false);
    }

    /**
     * One received SMS as a phone and an auditor would read it: when and to whom, the text, then its parts, encoding,
     * the DLT ids and any other TLVs it carried.
     */
    private Component receivedSms(ReceivedSms r) {
        Div head = new Div(texts.time(OffsetDateTime.ofInstant(r.receivedAt(), ZoneOffset.UTC)) + " · "
                + r.destination() + " · " + texts.translate("messages.sender") + ": " + r.source());
        head.addClassName("haat-hint");
        Div text = new Div(r.text());
        text.getStyle().set("white-space", "pre-wrap");
        String tlvs = r.tlvs().entrySet().stream()
                .map(t -> String.format("0x%04X=%s", t.getKey(), t.getValue()))
                .sorted()
                .collect(Collectors.joining(", "));
        Div facts = new Div(texts.translate("messages.segments") + ": " + texts.number(r.segments()) + " ("
                + encoding(r.dataCoding()) + ") · " + texts.translate("smsTexts.templateId") + ": "
                + Objects.requireNonNullElse(r.templateId(), "—") + " · " + texts.translate("messages.entityId") + ": "
                + Objects.requireNonNullElse(r.entityId(), "—")
                + (tlvs.isEmpty() ? "" : " · " + texts.translate("messages.tlvs") + ": " + tlvs));
        facts.addClassName("haat-hint");
        return new Div(head, text, facts);
    }

    private String encoding(byte dataCoding) {
        return dataCoding == SmsEncoding.DATA_CODING_UCS2
                ? texts.translate("messages.encoding.ucs2")
                : texts.translate("messages.encoding.gsm");
    }
}
