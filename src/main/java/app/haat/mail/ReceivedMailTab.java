package app.haat.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The admin's tab of what the embedded mail server received: the list, and the chosen mail as its recipient sees it. */
class ReceivedMailTab extends VerticalLayout {

    ReceivedMailTab(MailStatus status) {
        Grid<MailStatus.Received> received = new Grid<>();
        received.setId("received-grid");
        received.addColumn(MailStatus.Received::to)
                .setHeader(getTranslation("mail.recipient"))
                .setAutoWidth(true);
        received.addColumn(MailStatus.Received::subject)
                .setHeader(getTranslation("mail.subject"))
                .setFlexGrow(1)
                .setKey("subject");
        received.addColumn(r -> String.join(", ", r.attachments()))
                .setHeader(getTranslation("mail.attachments"))
                .setAutoWidth(true);
        received.setEmptyStateText(getTranslation("mail.receivedEmpty"));
        received.setHeight("30vh");
        IFrame shown = new IFrame();
        shown.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        shown.setWidthFull();
        shown.setHeight("50vh");
        shown.setId("received-html");
        shown.setVisible(false);
        received.asSingleSelect().addValueChangeListener(e -> {
            shown.setVisible(e.getValue() != null);
            shown.setSrcdoc(e.getValue() == null ? "" : e.getValue().html());
        });
        Button refresh = new Button(
                getTranslation("mail.refresh"),
                VaadinIcon.REFRESH.create(),
                e -> received.setItems(status.received(200)));
        received.setItems(status.received(200));
        add(
                new Paragraph(getTranslation(
                        "mail.receivedExplain", status.embeddedAddress().orElse(""))),
                refresh,
                received,
                shown);
        setPadding(false);
    }
}
