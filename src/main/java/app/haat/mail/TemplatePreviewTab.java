package app.haat.mail;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/** The admin's preview of the e-mail templates: a type and a language, shown with sample data. */
class TemplatePreviewTab extends VerticalLayout {

    private final MailStatus status;
    private final VerticalLayout preview = new VerticalLayout();

    TemplatePreviewTab(MailStatus status) {
        this.status = status;
        ComboBox<MessageType> type = new ComboBox<>(getTranslation("mail.type"));
        type.setItems(MessageType.values());
        type.setItemLabelGenerator(t -> getTranslation("mail.type." + t.name()));
        type.setValue(MessageType.ASSIGNMENT);
        type.setId("preview-type");
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("users.language"));
        language.setItems("bn", "en");
        language.setItemLabelGenerator(l -> "bn".equals(l) ? "বাংলা" : "English");
        language.setValue("bn");
        language.setId("preview-language");
        preview.setPadding(false);
        preview.setId("preview");
        type.addValueChangeListener(e -> showPreview(type.getValue(), language.getValue()));
        language.addValueChangeListener(e -> showPreview(type.getValue(), language.getValue()));
        showPreview(type.getValue(), language.getValue());
        HorizontalLayout pickers = new HorizontalLayout(type, language);
        pickers.setWrap(true);
        add(pickers, preview);
        setPadding(false);
    }

    /** A message of this type in this language with sample data: subject, HTML, plain text and attachments. */
    private void showPreview(@Nullable MessageType type, @Nullable String language) {
        preview.removeAll();
        if (type == null || language == null) {
            return;
        }
        RenderedMail mail;
        try {
            mail = status.preview(type, language);
        } catch (RuntimeException e) {
            Paragraph error = new Paragraph(getTranslation("mail.previewFailed", e.getMessage()));
            error.addClassName("haat-error");
            preview.add(error);
            return;
        }
        H3 subject = new H3(mail.subject());
        subject.setId("preview-subject");
        IFrame html = new IFrame();
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.setSrcdoc(mail.html());
        html.setWidthFull();
        html.setHeight("420px");
        html.setId("preview-html");
        Pre text = new Pre(mail.text());
        text.setId("preview-text");
        text.getStyle().set("white-space", "pre-wrap");
        preview.add(subject, html, new H3(getTranslation("mail.plainText")), text);
        if (!mail.attachments().isEmpty()) {
            preview.add(new H3(getTranslation("mail.attachments")), attachments(mail));
        }
    }

    private static HorizontalLayout attachments(RenderedMail mail) {
        HorizontalLayout files = new HorizontalLayout();
        files.setId("preview-attachments");
        for (RenderedMail.Attachment attachment : mail.attachments()) {
            byte[] content = attachment.content();
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(content),
                            attachment.fileName(),
                            attachment.contentType(),
                            content.length)),
                    attachment.fileName());
            link.getElement().setAttribute("download", true);
            files.add(link);
        }
        return files;
    }
}
