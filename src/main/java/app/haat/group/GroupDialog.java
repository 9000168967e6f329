package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * An officer's view of one group from the registry grid: its details, a warning when it shares identifiers with
 * other groups, and the officer's actions: verify or reject a pending group, confirm a deletion request.
 */
class GroupDialog extends Dialog {

    private final GroupService groups;
    private final GroupRegistrationService registrations;
    private final GroupDeletionService deletions;
    private final Profiles profiles;
    private final Group group;
    private final boolean bengali;
    private final Runnable changed;
    private final VerticalLayout body = new VerticalLayout();

    /** The services an officer changes a group's profile with: its number, its UPI ID and stall card. */
    record Profiles(GroupProfileService numbers, StallCardService stallCards) {}

    /** {@code changed} runs after an action succeeded. */
    GroupDialog(
            GroupService groups,
            GroupRegistrationService registrations,
            GroupDeletionService deletions,
            Profiles profiles,
            Group group,
            String title,
            boolean bengali,
            Runnable changed,
            List<Component> sections) {
        this.groups = groups;
        this.registrations = registrations;
        this.deletions = deletions;
        this.profiles = profiles;
        this.group = group;
        this.bengali = bengali;
        this.changed = changed;
        setHeaderTitle(title);
        setWidth("min(640px, 95vw)");
        body.setPadding(false);
        details();
        if (!group.deleted()) {
            numberChange();
            body.add(new UpiSection(profiles.stallCards(), group.id(), group.upiId()));
        }
        sections.forEach(body::add);
        if (group.status() == GroupStatus.PENDING) {
            verdict();
        }
        if (group.deletionRequestedAt() != null && !group.deleted()) {
            deletion();
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        add(body);
    }

    private void details() {
        body.add(line(
                "group.municipality",
                bengali
                        ? group.municipalityBn() + " (" + group.districtBn() + ")"
                        : group.municipalityEn() + " (" + group.districtEn() + ")"));
        body.add(line("group.ward", group.ward()));
        body.add(line("group.members", Formats.number(group.memberCount())));
        body.add(line("group.leader", group.leaderName()));
        body.add(line("group.mobile", group.phone()));
        body.add(line("group.email", group.email() == null ? "—" : group.email()));
        body.add(line("group.registered.on", Formats.dateTime(group.createdAt())));
        body.add(line("group.registrationNo", orDash(group.registrationNo())));
        body.add(line("group.pan", orDash(group.pan())));
        body.add(line("group.gstin", orDash(group.gstin())));
        body.add(line(
                "group.bankAccount",
                group.bankAccount() == null ? "—" : group.bankAccount() + " · " + orDash(group.ifsc())));
        body.add(
                line("readiness.short", Formats.number(group.readinessDone()) + "/" + Formats.number(Readiness.ITEMS)));
        Anchor requests = new Anchor("group-requests/" + group.id(), getTranslation("desk.group.open"));
        requests.setId("group-requests-link");
        body.add(requests);
        List<Member> members = groups.members(group.id());
        body.add(line(
                "group.memberList",
                members.isEmpty()
                        ? "—"
                        : String.join(
                                ", ",
                                members.stream()
                                        .map(m -> m.name() + " ("
                                                + getTranslation(
                                                        "group.role." + m.role().name()) + ")")
                                        .toList())));
        body.add(line(
                "mail.status",
                getTranslation("group.status." + group.status().name())
                        + (group.statusReason() == null ? "" : ": " + group.statusReason())));
        List<SharedIdentifier> shared = groups.sharedIdentifiers(group.id());
        if (!shared.isEmpty()) {
            body.add(sharedWarning(shared));
        }
    }

    private Div sharedWarning(List<SharedIdentifier> shared) {
        Div warning = new Div(VaadinIcon.WARNING.create());
        warning.addClassName("haat-warning");
        warning.setId("group-duplicates");
        StringBuilder text = new StringBuilder(getTranslation("group.duplicates"));
        shared.forEach(other -> text.append(' ')
                .append(getTranslation("group.shared." + other.kind()))
                .append(": ")
                .append(
                        other.outsideScope()
                                ? getTranslation("group.shared.elsewhere")
                                : other.groupName() + " (" + other.municipalityEn() + ")")
                .append(';'));
        warning.add(new Span(text.toString()));
        return warning;
    }

    /** Verify or reject a pending group (a rejection gives its reason). */
    private void verdict() {
        TextArea reason = new TextArea(getTranslation("group.rejectReason"));
        reason.setMaxLength(GroupRules.MAX_REASON);
        reason.setWidthFull();
        reason.setId("group-reason");
        Button verify = new Button(
                getTranslation("group.verify"),
                VaadinIcon.CHECK.create(),
                e -> act(() -> registrations.verify(group.id(), group.version()), "group.verified"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        verify.setId("group-verify");
        Button reject = new Button(
                getTranslation("group.reject"),
                VaadinIcon.CLOSE.create(),
                e -> act(() -> registrations.reject(group.id(), group.version(), reason.getValue()), "group.rejected"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("group-reject");
        body.add(reason);
        getFooter().add(reject, verify);
    }

    /** A new mobile number for the group (e.g. the leader lost her phone): audited; the account moves with it. */
    private void numberChange() {
        TextField number = new TextField(getTranslation("group.newMobile"));
        number.setMaxLength(16);
        number.getElement().setAttribute("inputmode", "tel");
        number.setId("group-new-mobile");
        Button change = new Button(
                getTranslation("group.changeMobile"),
                e -> act(() -> profiles.numbers().changeNumber(group.id(), number.getValue()), "group.mobileChanged"));
        change.setId("group-change-mobile");
        HorizontalLayout row = new HorizontalLayout(number, change);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        body.add(row);
    }

    private void act(Runnable action, String doneKey) {
        if (Notifications.attempt(action)) {
            Notifications.success(getTranslation(doneKey, group.name()));
            close();
            changed.run();
        }
    }

    /** The group asked to be deleted: the note first, and the officer's button to confirm. */
    private void deletion() {
        Paragraph requested = new Paragraph(getTranslation(
                "group.deletion.officerNote",
                Formats.date(group.deletionRequestedAt()
                        .atZoneSameInstant(Formats.INDIA)
                        .toLocalDate())));
        requested.addClassName("haat-warning");
        requested.setId("group-deletion-note");
        body.addComponentAsFirst(requested);
        Button erase = new Button(
                getTranslation("group.deletion.confirmButton"),
                VaadinIcon.TRASH.create(),
                e -> Confirm.ask(
                        getTranslation("group.deletion.confirmButton"),
                        getTranslation("group.deletion.officerConfirm", group.name()),
                        getTranslation("group.deletion.confirmButton"),
                        () -> {
                            if (Notifications.attempt(() -> deletions.confirmDeletion(group.id(), group.version()))) {
                                Notifications.success(getTranslation("group.deletion.done"));
                                close();
                                changed.run();
                            }
                        }));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("group-erase");
        getFooter().add(erase);
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph paragraph = new Paragraph();
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        paragraph.add(label, new Span(value));
        paragraph.getStyle().set("margin", "0");
        return paragraph;
    }
}
