package app.haat.desk;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.UploadTexts;
import app.haat.core.ui.WarningBox;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A case's documents on the group's page and the staff's case page: the rule on Aadhaar copies said plainly, an
 * upload while the case is open (with the group's own masked Aadhaar copy declared by a tick, for the group and the
 * staff), and the documents, each a download (audited by the service) and, for its uploader or the staff, a delete
 * asked for once more.
 */
class DocumentsSection extends VerticalLayout {

    private final DeskDocumentService documents;
    private final DeskCase deskCase;
    private final boolean mayDeclareAadhaar;
    private final UnorderedList list = new UnorderedList();

    DocumentsSection(DeskDocumentService documents, DeskCase deskCase, boolean mayDeclareAadhaar) {
        this.documents = documents;
        this.deskCase = deskCase;
        this.mayDeclareAadhaar = mayDeclareAadhaar;
        setPadding(false);
        setSpacing(false);
        setId("desk-documents-" + deskCase.id());
        addClassName("haat-documents");
        add(new H4(getTranslation("document.title")));
        list.setId("desk-document-list-" + deskCase.id());
        add(list);
        if (deskCase.status().open()) {
            add(WarningBox.of(
                    "desk-aadhaar-rule-" + deskCase.id(),
                    VaadinIcon.EXCLAMATION_CIRCLE,
                    getTranslation("document.aadhaarRule")));
            add(uploadArea());
        }
        showDocuments();
    }

    private Div uploadArea() {
        Checkbox aadhaar = new Checkbox(getTranslation("document.maskedAadhaar.declare"));
        aadhaar.setId("desk-document-aadhaar-" + deskCase.id());
        aadhaar.setVisible(mayDeclareAadhaar);
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = new FileInputStream(file)) {
                documents.upload(deskCase.id(), metadata.contentType(), metadata.fileName(), aadhaar.getValue(), in);
                ui.access(() -> {
                    upload.clearFileList(); // ready for the next document
                    aadhaar.setValue(false);
                    showDocuments();
                    Notifications.success(getTranslation("document.uploaded"));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                ui.access(() -> {
                    upload.clearFileList();
                    Notifications.error(Objects.requireNonNullElse(
                            Notifications.describe(e), getTranslation("document.error.unreadablePdf")));
                });
            } finally {
                file.delete();
            }
        }));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(documents.maxBytes());
        upload.setMaxFiles(1);
        upload.setId("desk-document-upload-" + deskCase.id());
        upload.addFileRejectedListener(e -> Notifications.error(
                getTranslation("document.error.tooLarge", Formats.number(documents.maxBytes() / (1024 * 1024)))));
        UploadTexts.apply(upload);
        Paragraph limits = new Paragraph(getTranslation(
                "document.limits",
                Formats.number(documents.maxBytes() / (1024 * 1024)),
                Formats.number(documents.maxPages())));
        limits.addClassName("haat-hint");
        Div area = new Div(limits, aadhaar, upload);
        area.addClassName("haat-document-upload");
        return area;
    }

    private void showDocuments() {
        list.removeAll();
        var shown = documents.list(deskCase.id());
        if (shown.isEmpty()) {
            list.add(new ListItem(getTranslation("document.none")));
        }
        for (DeskDocument document : shown) {
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        DeskDocumentService.Content content = documents.read(deskCase.id(), document.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(content.bytes()),
                                content.name(),
                                content.contentType(),
                                content.bytes().length);
                    }),
                    document.name());
            download.getElement().setAttribute("download", true);
            download.setId("desk-document-" + document.id());
            Span facts = new Span(facts(document));
            facts.addClassName("haat-hint");
            Div details = new Div(facts);
            if (documents.mayDelete(deskCase.id(), document)) {
                details.add(deleteButton(document));
            }
            list.add(new ListItem(download, details));
        }
    }

    private String facts(DeskDocument document) {
        String size = getTranslation("document.size", Formats.number(Math.max(1, document.sizeBytes() / 1024)));
        String pages = document.pages() == null
                ? ""
                : ", " + getTranslation("document.pages", Formats.number(document.pages()));
        String aadhaar = document.maskedAadhaar() ? ", " + getTranslation("document.maskedAadhaar") : "";
        return size + pages + aadhaar + ", "
                + Formats.date(
                        document.uploadedAt().atZoneSameInstant(Formats.INDIA).toLocalDate());
    }

    private Button deleteButton(DeskDocument document) {
        Button delete = new Button(
                getTranslation("document.delete"),
                VaadinIcon.TRASH.create(),
                e -> Confirm.ask(
                        getTranslation("document.delete.title", document.name()),
                        getTranslation("document.delete.confirm", document.name()),
                        getTranslation("document.delete.action"),
                        () -> {
                            if (Notifications.attempt(() -> documents.delete(deskCase.id(), document.id()))) {
                                showDocuments();
                            }
                        }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        delete.setId("desk-document-delete-" + document.id());
        return delete;
    }
}
