package app.haat.mail;

import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;

/** The outbox (status, attempts, last error), what the embedded server received, and the template preview. */
@Route("admin/mail")
@RolesAllowed(Role.ADMIN)
public class MailView extends VerticalLayout implements HasDynamicTitle {

    private final MailOutbox outbox;
    private final MailStatus status;
    private final Grid<OutboxEntry> outboxGrid = new Grid<>();
    private final ComboBox<OutboxStatus> statusFilter = new ComboBox<>();
    private final Span counts = new Span();

    public MailView(MailOutbox outbox, MailStatus status) {
        this.outbox = outbox;
        this.status = status;
        addClassName("haat-view");
        setSizeFull();
        add(new H2(getTranslation("mail.title")));
        if (status.mode() == MailStatus.Mode.NONE) {
            Div warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("mail.noSmtp")));
            warning.addClassName("haat-warning");
            warning.setId("mail-warning");
            add(warning);
        }
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("mail.outbox"), outboxTab());
        if (status.mode() == MailStatus.Mode.EMBEDDED) {
            tabs.add(getTranslation("mail.received"), receivedTab());
        }
        tabs.add(getTranslation("mail.templates"), templatesTab());
        add(tabs);
        setFlexGrow(1, tabs);
    }

    private VerticalLayout outboxTab() {
        HorizontalLayout tools = outboxTools();
        counts.setId("mail-counts");
        configureOutboxGrid();
        refreshOutbox();
        VerticalLayout tab = new VerticalLayout(tools, counts, outboxGrid);
        tab.setPadding(false);
        return tab;
    }

    /** The status filter, send-now and refresh. */
    private HorizontalLayout outboxTools() {
        statusFilter.setItems(OutboxStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("mail.status." + s.name()));
        statusFilter.setPlaceholder(getTranslation("mail.allStatuses"));
        statusFilter.setClearButtonVisible(true);
        statusFilter.setId("mail-status-filter");
        statusFilter.addValueChangeListener(e -> refreshOutbox());
        Button sendNow = new Button(getTranslation("mail.sendNow"), VaadinIcon.PAPERPLANE.create(), e -> {
            status.sendNow();
            Notifications.success(getTranslation("mail.sending"));
        });
        sendNow.setEnabled(status.mode() != MailStatus.Mode.NONE);
        Button refresh = new Button(getTranslation("mail.refresh"), VaadinIcon.REFRESH.create(), e -> refreshOutbox());
        refresh.setId("mail-refresh");
        HorizontalLayout tools = new HorizontalLayout(statusFilter, sendNow, refresh);
        tools.setWrap(true);
        return tools;
    }

    private void configureOutboxGrid() {
        outboxGrid.setId("outbox-grid");
        outboxGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        outboxGrid
                .addColumn(e -> Formats.dateTime(e.createdAt()))
                .setHeader(getTranslation("mail.created"))
                .setAutoWidth(true);
        outboxGrid
                .addColumn(e -> getTranslation("mail.type." + e.type().name()))
                .setHeader(getTranslation("mail.type"))
                .setAutoWidth(true);
        outboxGrid
                .addColumn(OutboxEntry::recipient)
                .setHeader(getTranslation("mail.recipient"))
                .setAutoWidth(true);
        outboxGrid
                .addColumn(e -> getTranslation("mail.status." + e.status().name()))
                .setHeader(getTranslation("mail.status"))
                .setAutoWidth(true)
                .setKey("status");
        outboxGrid
                .addColumn(OutboxEntry::attempts)
                .setHeader(getTranslation("mail.attempts"))
                .setAutoWidth(true);
        outboxGrid
                .addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("mail.lastError"))
                .setFlexGrow(1)
                .setKey("lastError");
        outboxGrid.addComponentColumn(this::retryButton).setKey("actions").setAutoWidth(true);
        outboxGrid.setEmptyStateText(getTranslation("mail.empty"));
        outboxGrid.setHeight("60vh");
    }

    /** A retry button for a failed mail; nothing for the others. */
    private Component retryButton(OutboxEntry e) {
        if (e.status() != OutboxStatus.FAILED) {
            return new Span();
        }
        Button retry = new Button(VaadinIcon.ROTATE_LEFT.create(), click -> {
            if (Notifications.attempt(() -> outbox.retry(e.id()))) {
                refreshOutbox();
            }
        });
        retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        retry.setTooltipText(getTranslation("mail.retry"));
        retry.getElement().setAttribute("aria-label", getTranslation("mail.retry"));
        return retry;
    }

    private void refreshOutbox() {
        OutboxStatus filter = statusFilter.getValue();
        outboxGrid.setItems(
                query -> outbox.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> outbox.count(filter));
        Map<OutboxStatus, Integer> byStatus = outbox.countsByStatus();
        counts.setText(String.join(
                " · ",
                Arrays.stream(OutboxStatus.values())
                        .map(s -> getTranslation("mail.status." + s.name()) + ": "
                                + Formats.number(byStatus.getOrDefault(s, 0)))
                        .toList()));
    }

    private VerticalLayout receivedTab() {
        Grid<MailStatus.Received> grid = new Grid<>();
        grid.setId("received-grid");
        grid.addColumn(MailStatus.Received::to)
                .setHeader(getTranslation("mail.recipient"))
                .setAutoWidth(true);
        grid.addColumn(MailStatus.Received::subject)
                .setHeader(getTranslation("mail.subject"))
                .setFlexGrow(1)
                .setKey("subject");
        grid.addColumn(r -> String.join(", ", r.attachments()))
                .setHeader(getTranslation("mail.attachments"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("mail.receivedEmpty"));
        grid.setHeight("30vh");
        IFrame shown = new IFrame();
        shown.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        shown.setWidthFull();
        shown.setHeight("50vh");
        shown.setId("received-html");
        shown.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            shown.setVisible(e.getValue() != null);
            shown.setSrcdoc(e.getValue() == null ? "" : e.getValue().html());
        });
        Button refresh = new Button(
                getTranslation("mail.refresh"), VaadinIcon.REFRESH.create(), e -> grid.setItems(status.received(200)));
        grid.setItems(status.received(200));
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(getTranslation(
                        "mail.receivedExplain", status.embeddedAddress().orElse(""))),
                refresh,
                grid,
                shown);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout templatesTab() {
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
        VerticalLayout preview = new VerticalLayout();
        preview.setPadding(false);
        preview.setId("preview");
        type.addValueChangeListener(e -> showPreview(preview, type.getValue(), language.getValue()));
        language.addValueChangeListener(e -> showPreview(preview, type.getValue(), language.getValue()));
        showPreview(preview, type.getValue(), language.getValue());
        HorizontalLayout pickers = new HorizontalLayout(type, language);
        pickers.setWrap(true);
        VerticalLayout tab = new VerticalLayout(pickers, preview);
        tab.setPadding(false);
        return tab;
    }

    /** A message of this type in this language with sample data: subject, HTML, plain text and attachments. */
    private void showPreview(VerticalLayout preview, MessageType type, String language) {
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

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title") + " · " + getTranslation("app.name");
    }
}
