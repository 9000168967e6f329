package app.haat.mail;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Notifications;
import app.haat.sms.EmbeddedSmsc.ReceivedSms;
import app.haat.sms.SmsEncoding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every message of both channels in one grid (e-mail and SMS: state, delivery receipt, "possibly sent twice", segments,
 * the SMS text as sent), with warnings when SMS cannot go; for the admin also what the demo's servers received and
 * the e-mail templates' preview. The state admin sees every message, an officer those to their municipalities' groups
 * (the service decides); only the admin may send now or try a failed message again.
 */
@Route("admin/messages")
@RouteAlias("admin/mail")
@RolesAllowed({Role.ADMIN, Role.OFFICER})
public class MessagesView extends VerticalLayout implements HasDynamicTitle {

    /** How many of the demo SMSC's latest messages the panel lists. */
    static final int RECEIVED_SMS = 50;

    private final MessagesService messages;
    private final MailOutbox outbox;
    private final MailStatus status;
    private final boolean admin;
    private final boolean bengali;
    private final MessagesService.SmsOverview sms;
    private final Set<String> heldTexts = new HashSet<>();
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final ComboBox<MessageState> stateFilter = new ComboBox<>();
    private final ComboBox<Channel> channelFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private final Span counts = new Span();
    private final Span duplicates = new Span();

    public MessagesView(MessagesService messages, MailOutbox outbox, MailStatus status, CurrentUser currentUser) {
        this.messages = messages;
        this.outbox = outbox;
        this.status = status;
        this.admin = currentUser.hasRole(Role.STATE_ADMIN);
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        this.sms = messages.smsOverview();
        sms.held().forEach(h -> heldTexts.add(h.type() + "/" + h.language()));
        addClassName("haat-view");
        setSizeFull();
        add(new H2(getTranslation("messages.title")));
        addWarnings();
        duplicates.setId("messages-duplicates");
        add(duplicates);
        TabSheet tabs = Accessible.tabs(new TabSheet());
        tabs.setWidthFull();
        tabs.add(getTranslation("messages.tab.list"), messagesTab());
        if (admin && status.mode() == MailStatus.Mode.EMBEDDED) {
            tabs.add(getTranslation("mail.received"), receivedTab());
        }
        if (admin && sms.embeddedSmsc()) {
            tabs.add(getTranslation("messages.tab.receivedSms"), receivedSmsTab());
        }
        if (admin) {
            tabs.add(getTranslation("mail.templates"), templatesTab());
        }
        add(tabs);
        setFlexGrow(1, tabs);
    }

    /** No SMTP server, no SMSC, an SMSC that cannot be reached, texts held for want of a template id. */
    private void addWarnings() {
        if (status.mode() == MailStatus.Mode.NONE) {
            add(warning("mail-warning", getTranslation("mail.noSmtp")));
        }
        if (!sms.smscConfigured()) {
            add(warning("sms-warning", getTranslation("messages.noSmsc")));
        } else if (sms.lastError().isPresent()) {
            add(warning(
                    "sms-error",
                    getTranslation("messages.smscError", sms.lastError().orElse(""))));
        }
        if (!sms.held().isEmpty()) {
            SmsHeldWarning held = new SmsHeldWarning(sms, admin);
            held.setId("sms-held-warning");
            add(held);
        }
    }

    private static Div warning(String id, String text) {
        Icon icon = VaadinIcon.WARNING.create();
        icon.getStyle().set("flex-shrink", "0");
        Div warning = new Div(icon, new Span(text));
        warning.addClassName("haat-warning");
        warning.setId(id);
        return warning;
    }

    private VerticalLayout messagesTab() {
        Div tools = tools();
        counts.setId("messages-counts");
        counts.addClassName("haat-hint");
        configureGrid();
        refresh();
        VerticalLayout tab = new VerticalLayout(tools, counts, grid);
        tab.setPadding(false);
        return tab;
    }

    /** Search by number or address, filters by state and channel, send now (admin) and refresh. */
    private Div tools() {
        search.setPlaceholder(getTranslation("messages.search"));
        search.setAriaLabel(getTranslation("messages.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("messages-search");
        search.addValueChangeListener(e -> refresh());
        stateFilter.setItems(MessageState.values());
        stateFilter.setItemLabelGenerator(s -> getTranslation("messages.state." + s.name()));
        stateFilter.setPlaceholder(getTranslation("messages.allStates"));
        stateFilter.setAriaLabel(getTranslation("mail.status"));
        stateFilter.setClearButtonVisible(true);
        stateFilter.setId("messages-state-filter");
        stateFilter.addValueChangeListener(e -> refresh());
        channelFilter.setItems(Channel.values());
        channelFilter.setItemLabelGenerator(c -> getTranslation("messages.channel." + c.name()));
        channelFilter.setPlaceholder(getTranslation("messages.allChannels"));
        channelFilter.setAriaLabel(getTranslation("messages.channel"));
        channelFilter.setClearButtonVisible(true);
        channelFilter.setId("messages-channel-filter");
        channelFilter.addValueChangeListener(e -> refresh());
        Button refresh = new Button(getTranslation("mail.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("messages-refresh");
        Div tools = new Div(search, stateFilter, channelFilter);
        tools.addClassName("haat-tools");
        if (admin) {
            Button sendNow = new Button(getTranslation("mail.sendNow"), VaadinIcon.PAPERPLANE.create(), e -> {
                messages.sendNow();
                Notifications.success(getTranslation("mail.sending"));
            });
            sendNow.setEnabled(status.mode() != MailStatus.Mode.NONE || sms.smscConfigured());
            tools.add(sendNow);
        }
        tools.add(refresh);
        return tools;
    }

    private void configureGrid() {
        grid.setId("messages-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // what and where it stands first: on a phone these two fill the screen, the rest is a swipe away
        grid.addColumn(e -> getTranslation("mail.type." + e.type().name()))
                .setHeader(getTranslation("mail.type"))
                .setWidth("9em")
                .setFlexGrow(1)
                .setKey("type");
        grid.addComponentColumn(this::stateCell)
                .setHeader(getTranslation("mail.status"))
                .setWidth("9em")
                .setFlexGrow(1)
                .setKey("status");
        grid.addColumn(this::delivery)
                .setHeader(getTranslation("messages.delivery"))
                .setWidth("8em")
                .setFlexGrow(0)
                .setKey("delivery");
        grid.addColumn(e -> getTranslation("messages.channel." + e.channel().name()))
                .setHeader(getTranslation("messages.channel"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("channel");
        grid.addColumn(OutboxEntry::recipient)
                .setHeader(getTranslation("mail.recipient"))
                .setAutoWidth(true)
                .setKey("recipient");
        grid.addColumn(e -> e.possiblyDuplicate() ? getTranslation("messages.duplicate.mark") : "")
                .setHeader(getTranslation("messages.duplicate"))
                .setAutoWidth(true)
                .setKey("duplicate")
                .setPartNameGenerator(e -> e.possiblyDuplicate() ? "haat-twice" : null);
        grid.addColumn(this::segments)
                .setHeader(getTranslation("messages.segments"))
                .setAutoWidth(true)
                .setKey("segments");
        grid.addColumn(e -> getTranslation("messages.language." + e.language()))
                .setHeader(getTranslation("users.language"))
                .setAutoWidth(true)
                .setKey("language");
        grid.addColumn(e -> time(e.createdAt()))
                .setHeader(getTranslation("mail.created"))
                .setAutoWidth(true)
                .setKey("created");
        grid.addColumn(e -> time(e.sentAt()))
                .setHeader(getTranslation("messages.sent"))
                .setAutoWidth(true)
                .setKey("sent");
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.addItemClickListener(e -> details(e.getItem()));
        grid.setEmptyStateText(getTranslation("mail.empty"));
        grid.setHeight("60vh");
    }

    /** The state in words (held or waiting for an SMSC where that is why it is queued) and, if it failed, why. */
    private Component stateCell(OutboxEntry e) {
        Div cell = new Div(new Span(stateText(e)));
        cell.getStyle().set("width", "100%").set("text-align", "start");
        String reason = reason(e);
        if (e.state() == MessageState.FAILED && !reason.isEmpty()) {
            Div why = new Div(reason);
            why.addClassName("haat-error");
            why.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            cell.add(why);
        }
        return cell;
    }

    String stateText(OutboxEntry e) {
        if (e.state() == MessageState.QUEUED && e.channel() == Channel.SMS) {
            if (heldTexts.contains(e.type() + "/" + e.language())) {
                return getTranslation("messages.state.HELD");
            }
            if (!sms.smscConfigured()) {
                return getTranslation("messages.state.NO_SMSC");
            }
        }
        return getTranslation("messages.state." + e.state().name());
    }

    /**
     * Why the last try did not send it: the SMSC's or mail server's own words (they cannot be translated), except the
     * portal's own "held for want of a template id", which is said in the reader's language.
     */
    private String reason(OutboxEntry e) {
        String reason = e.lastError();
        if (reason == null) {
            return "";
        }
        return reason.startsWith("Held: no DLT template id") ? getTranslation("messages.state.HELD") : reason;
    }

    private String delivery(OutboxEntry e) {
        String state = e.delivery();
        if (state == null) {
            return "";
        }
        String text = getTranslation("messages.delivery." + state);
        return text.startsWith("!") ? state : text;
    }

    /** A mark that the SMS text as sent is there (a click on the row shows it) and the admin's "try again". */
    private Component actions(OutboxEntry e) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (e.smsText() != null) {
            // the row's click opens the details with the text: this button only shows that there is one
            Button text = new Button(VaadinIcon.COMMENT_ELLIPSIS_O.create());
            text.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            text.setTooltipText(getTranslation("messages.smsText"));
            text.getElement().setAttribute("aria-label", getTranslation("messages.smsText"));
            actions.add(text);
        }
        if (admin && e.status() == OutboxStatus.FAILED) {
            actions.add(retryButton(e, null));
        }
        return actions;
    }

    private Button retryButton(OutboxEntry e, @Nullable Dialog dialog) {
        Button retry = new Button(VaadinIcon.ROTATE_LEFT.create(), click -> {
            if (Notifications.attempt(() -> outbox.retry(e.id()))) {
                if (dialog != null) {
                    dialog.close();
                }
                refresh();
            }
        });
        retry.getElement().addEventListener("click", ignored -> {}).addEventData("event.stopPropagation()");
        retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        retry.setTooltipText(getTranslation("mail.retry"));
        retry.getElement().setAttribute("aria-label", getTranslation("mail.retry"));
        retry.setId("retry-" + e.id());
        return retry;
    }

    /** One message in full: where it went, its state and reason, its delivery, and the SMS text exactly as sent. */
    void details(OutboxEntry e) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("mail.type." + e.type().name()));
        dialog.setId("message-details");
        dialog.setWidth("min(36rem, 95vw)");
        Div facts = new Div();
        facts.addClassName("haat-facts");
        fact(
                facts,
                "messages.channel",
                getTranslation("messages.channel." + e.channel().name()));
        fact(facts, "mail.recipient", e.recipient());
        fact(facts, "users.language", getTranslation("messages.language." + e.language()));
        fact(facts, "mail.status", stateText(e));
        String reason = reason(e);
        if (!reason.isEmpty()) {
            fact(facts, "mail.lastError", reason);
        }
        fact(facts, "mail.attempts", digits(Formats.number(e.attempts())));
        fact(facts, "mail.created", time(e.createdAt()));
        fact(facts, "messages.sent", time(e.sentAt()));
        if (e.channel() == Channel.SMS) {
            fact(facts, "messages.delivery", delivery(e));
            fact(facts, "messages.deliveredAt", time(e.deliveredAt()));
            fact(facts, "messages.segments", segments(e));
            if (e.possiblyDuplicate()) {
                fact(facts, "messages.duplicate", getTranslation("messages.duplicate.explain"));
            }
        } else {
            String subject = e.subject();
            if (subject != null) {
                fact(facts, "mail.subject", subject);
            }
        }
        dialog.add(facts);
        if (e.channel() == Channel.SMS) {
            H4 title = new H4(getTranslation("messages.smsText"));
            title.getStyle().set("margin-top", "var(--lumo-space-m)");
            dialog.add(title);
            String text = e.smsText();
            if (text == null) {
                dialog.add(new Paragraph(getTranslation("messages.smsText.notYet")));
            } else {
                Pre sent = new Pre(text);
                sent.setId("message-sms-text");
                sent.getStyle().set("white-space", "pre-wrap");
                dialog.add(sent);
            }
        }
        if (admin && e.status() == OutboxStatus.FAILED) {
            Button retry = retryButton(e, dialog);
            retry.setText(getTranslation("mail.retry"));
            retry.removeThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            dialog.getFooter().add(retry);
        }
        Button close = new Button(getTranslation("action.close"), click -> dialog.close());
        close.setId("message-details-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void fact(Div facts, String labelKey, String value) {
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("haat-label");
        Div shown = new Div(value.isEmpty() ? "—" : value);
        facts.add(label, shown);
    }

    private void refresh() {
        MessageFilter filter = new MessageFilter(stateFilter.getValue(), channelFilter.getValue(), search.getValue());
        grid.setItems(
                query -> messages.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> messages.count(filter));
        Map<MessageState, Integer> byState = messages.countsByState(filter);
        counts.setText(Arrays.stream(MessageState.values())
                .map(s -> getTranslation("messages.state." + s.name()) + ": "
                        + digits(Formats.number(byState.getOrDefault(s, 0))))
                .collect(Collectors.joining(" · ")));
        int twice = messages.possiblyDuplicated();
        duplicates.setText(getTranslation("messages.duplicates", digits(Formats.number(twice))));
        duplicates.setClassName("haat-error", twice > 0);
        duplicates.setClassName("haat-hint", twice == 0);
    }

    /** What the demo's SMSC received, decoded: the latest {@value #RECEIVED_SMS}, newest first. */
    private VerticalLayout receivedSmsTab() {
        Grid<ReceivedSms> received = new Grid<>();
        received.setId("received-sms-grid");
        received.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        received.addComponentColumn(this::receivedSms)
                .setHeader(getTranslation("messages.receivedSms"))
                .setFlexGrow(1)
                .setKey("sms");
        received.setEmptyStateText(getTranslation("messages.receivedSmsEmpty"));
        received.setHeight("60vh");
        received.setItems(messages.receivedSms(RECEIVED_SMS));
        Button refresh = new Button(
                getTranslation("mail.refresh"),
                VaadinIcon.REFRESH.create(),
                e -> received.setItems(messages.receivedSms(RECEIVED_SMS)));
        refresh.setId("received-sms-refresh");
        Paragraph explain =
                new Paragraph(getTranslation("messages.receivedSmsExplain", digits(Integer.toString(RECEIVED_SMS))));
        explain.addClassName("haat-hint");
        VerticalLayout tab = new VerticalLayout(explain, refresh, received);
        tab.setPadding(false);
        return tab;
    }

    /**
     * One received SMS as a phone and an auditor would read it: when and to whom, the text, then its parts, encoding,
     * the DLT ids and any other TLVs it carried.
     */
    private Component receivedSms(ReceivedSms r) {
        Div head = new Div(time(OffsetDateTime.ofInstant(r.receivedAt(), ZoneOffset.UTC)) + " · " + r.destination()
                + " · " + getTranslation("messages.sender") + ": " + r.source());
        head.addClassName("haat-hint");
        Div text = new Div(r.text());
        text.getStyle().set("white-space", "pre-wrap");
        String tlvs = r.tlvs().entrySet().stream()
                .map(t -> String.format("0x%04X=%s", t.getKey(), t.getValue()))
                .sorted()
                .collect(Collectors.joining(", "));
        Div facts = new Div(getTranslation("messages.segments") + ": " + digits(Formats.number(r.segments())) + " ("
                + encoding(r.dataCoding()) + ") · " + getTranslation("smsTexts.templateId") + ": "
                + Objects.requireNonNullElse(r.templateId(), "—") + " · " + getTranslation("messages.entityId") + ": "
                + Objects.requireNonNullElse(r.entityId(), "—")
                + (tlvs.isEmpty() ? "" : " · " + getTranslation("messages.tlvs") + ": " + tlvs));
        facts.addClassName("haat-hint");
        return new Div(head, text, facts);
    }

    private String encoding(byte dataCoding) {
        return dataCoding == SmsEncoding.DATA_CODING_UCS2
                ? getTranslation("messages.encoding.ucs2")
                : getTranslation("messages.encoding.gsm");
    }

    private VerticalLayout receivedTab() {
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
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(getTranslation(
                        "mail.receivedExplain", status.embeddedAddress().orElse(""))),
                refresh,
                received,
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
    private void showPreview(VerticalLayout preview, @Nullable MessageType type, @Nullable String language) {
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

    private String segments(OutboxEntry e) {
        Integer segments = e.segments();
        return segments == null ? "" : digits(Formats.number(segments));
    }

    private String time(@Nullable OffsetDateTime time) {
        return time == null ? "" : digits(Formats.dateTime(time));
    }

    /** Numbers in the reader's digits: Bengali ones on the Bengali page. */
    private String digits(String text) {
        return bengali ? Formats.bengaliDigits(text) : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title") + " · " + getTranslation("app.name");
    }
}
