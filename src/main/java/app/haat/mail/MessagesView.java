package app.haat.mail;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.WarningBox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
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

    private final MessagesService messages;
    private final MailOutbox outbox;
    private final MailStatus status;
    private final boolean admin;
    private final MessagesService.SmsOverview sms;
    private final MessageTexts texts;
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
        this.sms = messages.smsOverview();
        this.texts = new MessageTexts(this, getLocale(), sms);
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
            tabs.add(getTranslation("mail.received"), new ReceivedMailTab(status));
        }
        if (admin && sms.embeddedSmsc()) {
            tabs.add(getTranslation("messages.tab.receivedSms"), new ReceivedSmsTab(messages, texts));
        }
        if (admin) {
            tabs.add(getTranslation("mail.templates"), new TemplatePreviewTab(status));
        }
        add(tabs);
        setFlexGrow(1, tabs);
    }

    /** No SMTP server, no SMSC, an SMSC that cannot be reached, texts held for want of a template id. */
    private void addWarnings() {
        if (status.mode() == MailStatus.Mode.NONE) {
            add(WarningBox.of("mail-warning", VaadinIcon.WARNING, getTranslation("mail.noSmtp")));
        }
        if (!sms.smscConfigured()) {
            add(WarningBox.of("sms-warning", VaadinIcon.WARNING, getTranslation("messages.noSmsc")));
        } else if (sms.lastError().isPresent()) {
            add(WarningBox.of(
                    "sms-error",
                    VaadinIcon.WARNING,
                    getTranslation("messages.smscError", sms.lastError().orElse(""))));
        }
        if (!sms.held().isEmpty()) {
            SmsHeldWarning held = new SmsHeldWarning(sms, admin);
            held.setId("sms-held-warning");
            add(held);
        }
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
        filter(stateFilter, MessageState.values(), "messages.state.", "messages.allStates", "mail.status", "state");
        filter(
                channelFilter,
                Channel.values(),
                "messages.channel.",
                "messages.allChannels",
                "messages.channel",
                "channel");
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

    /** A filter of the list by an enum's values, each named by its key under {@code labels}; empty is all. */
    private <E extends Enum<E>> void filter(
            ComboBox<E> box, E[] values, String labels, String placeholderKey, String ariaKey, String id) {
        box.setItems(values);
        box.setItemLabelGenerator(v -> getTranslation(labels + v.name()));
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setAriaLabel(getTranslation(ariaKey));
        box.setClearButtonVisible(true);
        box.setId("messages-" + id + "-filter");
        box.addValueChangeListener(e -> refresh());
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
        grid.addColumn(texts::delivery)
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
        grid.addColumn(texts::segments)
                .setHeader(getTranslation("messages.segments"))
                .setAutoWidth(true)
                .setKey("segments");
        grid.addColumn(e -> getTranslation("messages.language." + e.language()))
                .setHeader(getTranslation("users.language"))
                .setAutoWidth(true)
                .setKey("language");
        grid.addColumn(e -> texts.time(e.createdAt()))
                .setHeader(getTranslation("mail.created"))
                .setAutoWidth(true)
                .setKey("created");
        grid.addColumn(e -> texts.time(e.sentAt()))
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
        Div cell = new Div(new Span(texts.stateText(e)));
        cell.getStyle().set("width", "100%").set("text-align", "start");
        String reason = texts.reason(e);
        if (e.state() == MessageState.FAILED && !reason.isEmpty()) {
            Div why = new Div(reason);
            why.addClassName("haat-error");
            why.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            cell.add(why);
        }
        return cell;
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

    /** One message in full, with the admin's "try again" when it failed. */
    void details(OutboxEntry e) {
        Dialog dialog = new MessageDetailsDialog(e, texts);
        if (admin && e.status() == OutboxStatus.FAILED) {
            Button retry = retryButton(e, dialog);
            retry.setText(getTranslation("mail.retry"));
            retry.removeThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            dialog.getFooter().addComponentAsFirst(retry);
        }
        dialog.open();
    }

    private void refresh() {
        MessageFilter filter = new MessageFilter(stateFilter.getValue(), channelFilter.getValue(), search.getValue());
        grid.setItems(
                query -> messages.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> messages.count(filter));
        Map<MessageState, Integer> byState = messages.countsByState(filter);
        counts.setText(Arrays.stream(MessageState.values())
                .map(s ->
                        getTranslation("messages.state." + s.name()) + ": " + texts.number(byState.getOrDefault(s, 0)))
                .collect(Collectors.joining(" · ")));
        int twice = messages.possiblyDuplicated();
        duplicates.setText(getTranslation("messages.duplicates", texts.number(twice)));
        duplicates.setClassName("haat-error", twice > 0);
        duplicates.setClassName("haat-hint", twice == 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title") + " · " + getTranslation("app.name");
    }
}
