package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.mail.Channel;
import app.haat.mail.MessagesService;
import app.haat.mail.OutboxEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** The group's own page: every status (with the reason when rejected), identity details and members. */
@Route("my-group")
@RolesAllowed(Role.GROUP)
public class MyGroupView extends VerticalLayout implements HasDynamicTitle {

    private final GroupService groups;
    private final GroupProfileService profiles;
    private final GroupDeletionService deletions;
    private final Grid<Member> members = new Grid<>();
    private final VerticalLayout deletionSection = new VerticalLayout();
    private Group group;

    public MyGroupView(
            GroupService groups,
            GroupProfileService profiles,
            GroupDeletionService deletions,
            ProductService products,
            MessagesService messages,
            MobileVerification verification,
            StallCardService stallCards,
            ObjectProvider<GroupSections> sections) {
        this.groups = groups;
        this.profiles = profiles;
        this.deletions = deletions;
        addClassName("haat-view");
        group = groups.mine();
        boolean bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        add(new H2(group.name()));
        Paragraph status = new Paragraph(
                getTranslation("group.yourStatus." + group.status().name()));
        status.setId("my-group-status");
        add(status);
        if (group.statusReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("group.reason", group.statusReason()));
            reason.setId("my-group-reason");
            add(reason);
        }
        add(new Paragraph(getTranslation("group.municipality") + ": "
                + (bengali ? group.municipalityBn() : group.municipalityEn()) + " · "
                + getTranslation("group.ward") + ": " + group.ward() + " · "
                + getTranslation("group.members") + ": " + Formats.number(group.memberCount())));
        add(new Paragraph(getTranslation("group.leader") + ": " + group.leaderName() + " · " + group.phone()));
        add(new H3(getTranslation("desk.group.title")), registrationsLink());
        add(new H3(getTranslation("group.identity")), identityForm());
        add(new H3(getTranslation("stallCard.section")), new UpiSection(stallCards, group.id(), group.upiId()));
        add(new H3(getTranslation("group.changeMobile")), new NumberChangeForm(verification));
        add(new H3(getTranslation("group.messages.title")), messagesForm());
        add(new H3(getTranslation("group.memberList")), memberSection());
        add(new ProductEditor(products, groups, group.id()));
        sections.orderedStream().forEach(section -> add(section.ownPage(group.id())));
        add(new H3(getTranslation("group.messages.listTitle")), messageList(messages.ownMessages(), bengali));
        add(new H3(getTranslation("group.deletion.title")), deletionSection);
        showDeletion();
    }

    /** The group's requests at its City Livelihood Centre (PAN, bank, GST, Udyam, FSSAI, UPI), on their own page. */
    private Paragraph registrationsLink() {
        Anchor link = new Anchor("my-requests", getTranslation("desk.group.open"));
        link.setId("my-group-requests");
        // inside a sentence, a link must not rely on colour alone (axe link-in-text-block)
        link.getStyle().set("text-decoration", "underline");
        Paragraph section = new Paragraph(new Span(getTranslation("desk.group.short") + " "), link);
        section.setId("my-group-registrations");
        return section;
    }

    /** The group may ask for its account and personal data to be deleted, and take the request back until confirmed. */
    private void showDeletion() {
        deletionSection.removeAll();
        deletionSection.setPadding(false);
        deletionSection.setId("deletion");
        if (group.deletionRequestedAt() == null) {
            Button ask = new Button(
                    getTranslation("group.deletion.ask"),
                    VaadinIcon.TRASH.create(),
                    e -> Confirm.ask(
                            getTranslation("group.deletion.ask"),
                            getTranslation("group.deletion.confirm"),
                            getTranslation("group.deletion.ask"),
                            () -> {
                                if (Notifications.attempt(deletions::requestDeletion)) {
                                    group = groups.mine();
                                    showDeletion();
                                }
                            }));
            ask.addThemeVariants(ButtonVariant.LUMO_ERROR);
            ask.setId("deletion-ask");
            deletionSection.add(new Paragraph(getTranslation("group.deletion.explain")), ask);
        } else {
            Paragraph requested = new Paragraph(getTranslation(
                    "group.deletion.requested",
                    Formats.date(group.deletionRequestedAt()
                            .atZoneSameInstant(Formats.INDIA)
                            .toLocalDate())));
            requested.setId("deletion-requested");
            Button keep = new Button(getTranslation("group.deletion.withdraw"), e -> {
                if (Notifications.attempt(deletions::withdrawDeletionRequest)) {
                    group = groups.mine();
                    showDeletion();
                }
            });
            keep.setId("deletion-withdraw");
            deletionSection.add(requested, keep);
        }
    }

    private VerticalLayout identityForm() {
        TextField registration = field(
                "group.registrationNo", group.registrationNo(), GroupRules.MAX_REGISTRATION_NO, "profile-registration");
        TextField pan = field("group.pan", group.pan(), 10, "profile-pan");
        TextField gstin = field("group.gstin", group.gstin(), 15, "profile-gstin");
        TextField bank = field("group.bankAccount", group.bankAccount(), 18, "profile-bank");
        bank.getElement().setAttribute("inputmode", "numeric");
        TextField ifsc = field("group.ifsc", group.ifsc(), 11, "profile-ifsc");
        FormLayout form = new FormLayout(registration, pan, gstin, bank, ifsc);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        Paragraph errors = new Paragraph();
        errors.addClassName("haat-error");
        errors.setId("profile-errors");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                List<String> warnings = profiles.updateProfile(
                        group.id(),
                        group.version(),
                        new ProfileForm(
                                registration.getValue(),
                                pan.getValue(),
                                gstin.getValue(),
                                bank.getValue(),
                                ifsc.getValue()));
                group = groups.get(group.id());
                errors.setText(warnings.stream().map(this::getTranslation).collect(Collectors.joining(" ")));
                Notifications.success(getTranslation("action.saved"));
            } catch (RuntimeException ex) {
                String message = Notifications.describe(ex);
                if (message == null) {
                    throw ex;
                }
                errors.setText(message);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");
        VerticalLayout layout = new VerticalLayout(form, errors, save);
        layout.setPadding(false);
        return layout;
    }

    /**
     * How the group is told: announcements of new exhibitions, and the channels (e-mail only with an address; with
     * neither, SMS anyway).
     */
    private VerticalLayout messagesForm() {
        ContactChoices choices = profiles.contactChoices(group.id());
        boolean hasEmail = group.email() != null && !group.email().isBlank();
        Checkbox announcements = new Checkbox(getTranslation("group.messages.announcements"), choices.announcements());
        announcements.setId("messages-announcements");
        Checkbox sms = new Checkbox(getTranslation("group.messages.sms"), choices.sms());
        sms.setId("messages-sms");
        Checkbox email = new Checkbox(getTranslation("group.messages.email"), hasEmail && choices.email());
        email.setId("messages-email");
        email.setEnabled(hasEmail);
        HorizontalLayout channels = new HorizontalLayout(sms, email);
        channels.setWrap(true);
        Paragraph help = new Paragraph(getTranslation(hasEmail ? "group.messages.help" : "group.messages.helpNoEmail"));
        help.addClassName("haat-hint");
        help.setId("messages-help");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(() -> profiles.updateContactChoices(
                    group.id(), new ContactChoices(sms.getValue(), email.getValue(), announcements.getValue())))) {
                Notifications.success(getTranslation("action.saved"));
            }
        });
        save.setId("messages-save");
        VerticalLayout layout = new VerticalLayout(
                announcements, new Paragraph(getTranslation("group.messages.channels")), channels, help, save);
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.setId("messages");
        return layout;
    }

    private TextField field(String labelKey, String value, int maxLength, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setMaxLength(maxLength);
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private VerticalLayout memberSection() {
        members.setId("members-grid");
        members.addColumn(Member::name)
                .setHeader(getTranslation("group.memberName"))
                .setFlexGrow(2);
        members.addColumn(m -> getTranslation("group.role." + m.role().name()))
                .setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        members.addColumn(m -> m.phone() == null ? "" : m.phone())
                .setHeader(getTranslation("group.mobile"))
                .setAutoWidth(true);
        members.addComponentColumn(m -> {
                    Button remove = new Button(
                            VaadinIcon.TRASH.create(),
                            e -> Confirm.ask(
                                    getTranslation("group.removeMember"),
                                    getTranslation("group.removeMember.confirm", m.name()),
                                    getTranslation("group.removeMember"),
                                    () -> {
                                        profiles.removeMember(group.id(), m.id());
                                        refreshMembers();
                                    }));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.getElement().setAttribute("aria-label", getTranslation("group.removeMember"));
                    return remove;
                })
                .setKey("actions")
                .setAutoWidth(true);
        members.setAllRowsVisible(true);
        members.setEmptyStateText(getTranslation("group.noMembers"));
        TextField name = new TextField(getTranslation("group.memberName"));
        name.setMaxLength(GroupRules.MAX_PERSON_NAME);
        name.setId("member-name");
        ComboBox<Member.MemberRole> role = new ComboBox<>(getTranslation("users.role"));
        role.setItems(Member.MemberRole.values());
        role.setItemLabelGenerator(r -> getTranslation("group.role." + r.name()));
        role.setValue(Member.MemberRole.MEMBER);
        role.setId("member-role");
        TextField phone = new TextField(getTranslation("group.mobile"));
        phone.setMaxLength(16);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setId("member-phone");
        Button add = new Button(getTranslation("group.addMember"), VaadinIcon.PLUS.create(), e -> {
            if (Notifications.attempt(
                    () -> profiles.addMember(group.id(), name.getValue(), role.getValue(), phone.getValue()))) {
                name.clear();
                phone.clear();
                refreshMembers();
            }
        });
        add.setId("member-add");
        HorizontalLayout inputs = new HorizontalLayout(name, role, phone, add);
        inputs.setWrap(true);
        inputs.setAlignItems(Alignment.BASELINE);
        refreshMembers();
        VerticalLayout layout = new VerticalLayout(members, inputs);
        layout.setPadding(false);
        return layout;
    }

    /** The group's latest messages: what, by which channel, where it stands, when (newest first). */
    private Component messageList(List<OutboxEntry> latest, boolean bengali) {
        if (latest.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("group.messages.none"));
            none.setId("my-group-messages");
            none.addClassName("haat-hint");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("my-group-messages");
        list.addClassName("haat-messages");
        for (OutboxEntry message : latest) {
            Span what = new Span(getTranslation("mail.type." + message.type().name()));
            what.addClassName("haat-message-type");
            OffsetDateTime sent = message.sentAt();
            String when = Formats.dateTime(sent != null ? sent : message.createdAt());
            Div how = new Div(String.join(
                    " · ",
                    bengali ? Formats.bengaliDigits(when) : when,
                    getTranslation(message.channel() == Channel.SMS ? "group.messages.sms" : "group.messages.email"),
                    getTranslation("group.messages.state." + message.state().name())));
            how.addClassName("haat-hint");
            list.add(new ListItem(what, how));
        }
        return list;
    }

    private void refreshMembers() {
        members.setItems(groups.members(group.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.mine") + " · " + getTranslation("app.name");
    }
}
