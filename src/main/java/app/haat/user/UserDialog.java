package app.haat.user;

import app.haat.core.security.Role;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.VaadinTexts;
import app.haat.region.Centre;
import app.haat.region.Municipality;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An admin's new account or changed account: user name (fixed once made), first password, name, e-mail, role,
 * language, for officers municipalities, for admins whether sign-in asks for a code after the password. A refusal is shown in the dialog, which stays open.
 */
class UserDialog extends FormDialog {

    private final UserService users;
    private final @Nullable UserAccount existing;
    private final Runnable afterSave;
    private final TextField username = new TextField();
    private final PasswordField password = VaadinTexts.passwordField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final MultiSelectComboBox<Municipality> scope = new MultiSelectComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final ComboBox<Centre> centre = new ComboBox<>();
    private final TextField mobile = new TextField();
    private final Checkbox bySms = new Checkbox();
    private final Checkbox byEmail = new Checkbox();
    private final Checkbox secondFactor = new Checkbox();
    private final Paragraph errors = new Paragraph();

    /** A dialog for a new account ({@code existing} null) or for changing one; {@code afterSave} runs after saving. */
    UserDialog(
            UserService users,
            List<Municipality> municipalities,
            Map<Long, Municipality> municipalityById,
            List<Centre> centres,
            @Nullable UserAccount existing,
            Runnable afterSave) {
        this.users = users;
        this.existing = existing;
        this.afterSave = afterSave;
        setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        setWidth("min(600px, 95vw)");
        fields(municipalities);
        centreField(centres);
        if (existing != null) {
            fill(existing, municipalityById, centres);
        } else {
            role.setValue(Role.MUNICIPAL_OFFICER);
        }
        bySms.setEnabled(!mobile.getValue().isBlank());
        byEmail.setEnabled(!email.getValue().isBlank());
        secondFactor.setVisible(role.getValue() == Role.STATE_ADMIN);
        centre.setVisible(role.getValue() == Role.CENTRE_STAFF);
        errors.addClassName("haat-error");
        errors.setId("user-errors");
        HorizontalLayout channels = new HorizontalLayout(bySms, byEmail);
        channels.setWrap(true);
        FormLayout form = new FormLayout(
                username,
                password,
                displayName,
                email,
                mobile,
                channels,
                role,
                language,
                scope,
                centre,
                secondFactor,
                errors);
        form.setColspan(scope, 2);
        form.setColspan(secondFactor, 2);
        form.setColspan(errors, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        save("save-user", this::save);
    }

    /** The fields as the account has them now. */
    private void fill(UserAccount existing, Map<Long, Municipality> municipalityById, List<Centre> centres) {
        username.setValue(existing.username());
        username.setReadOnly(true);
        password.setVisible(false);
        displayName.setValue(existing.displayName());
        email.setValue(existing.email() == null ? "" : existing.email());
        role.setValue(existing.role());
        scope.setValue(existing.municipalityIds().stream()
                .map(municipalityById::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        language.setValue(existing.language());
        mobile.setValue(existing.mobile() == null ? "" : existing.mobile());
        bySms.setValue(existing.bySms());
        byEmail.setValue(existing.byEmail());
        secondFactor.setValue(existing.secondFactor());
        centres.stream()
                .filter(c -> Objects.equals(c.id(), existing.centreId()))
                .findFirst()
                .ifPresent(centre::setValue);
    }

    private void fields(List<Municipality> municipalities) {
        username.setLabel(getTranslation("users.username"));
        username.setRequired(true);
        username.setMaxLength(UserService.MAX_USERNAME);
        username.setHelperText(getTranslation("users.username.help"));
        username.setId("user-username");
        password.setLabel(getTranslation("users.password"));
        password.setRequired(true);
        password.setHelperText(getTranslation("users.password.help"));
        password.setId("user-password");
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setMaxLength(UserService.MAX_DISPLAY_NAME);
        displayName.setId("user-display-name");
        email.setLabel(getTranslation("users.email"));
        email.setMaxLength(UserService.MAX_EMAIL);
        email.setId("user-email");
        mobile.setLabel(getTranslation("users.mobile"));
        mobile.setHelperText(getTranslation("users.mobile.help"));
        mobile.setMaxLength(20);
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.setId("user-mobile");
        bySms.setLabel(getTranslation("users.bySms"));
        bySms.setId("user-by-sms");
        byEmail.setLabel(getTranslation("users.byEmail"));
        byEmail.setId("user-by-email");
        secondFactor.setLabel(getTranslation("user.secondFactor"));
        secondFactor.setHelperText(getTranslation("user.secondFactor.help"));
        secondFactor.setId("user-second-factor");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setRequired(true);
        role.setId("user-role");
        scope.setLabel(getTranslation("users.municipalities"));
        scope.setItems(municipalities);
        scope.setItemLabelGenerator(Municipality::bothNames);
        scope.setHelperText(getTranslation("users.municipalities.help"));
        scope.setId("user-municipalities");
        language.setLabel(getTranslation("users.language"));
        language.setItems("bn", "en");
        language.setItemLabelGenerator(l -> "bn".equals(l) ? "বাংলা" : "English");
        language.setValue("bn");
        language.setId("user-language");
        role.addValueChangeListener(e -> {
            scope.setEnabled(e.getValue() == Role.MUNICIPAL_OFFICER);
            secondFactor.setVisible(e.getValue() == Role.STATE_ADMIN);
            centre.setVisible(e.getValue() == Role.CENTRE_STAFF);
        });
        // a channel can be ticked only with its address; typing one ticks it, as the default is
        mobile.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        email.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        mobile.addValueChangeListener(e -> channelFollows(bySms, e.getOldValue(), e.getValue()));
        email.addValueChangeListener(e -> channelFollows(byEmail, e.getOldValue(), e.getValue()));
    }

    /** The centre a staff member belongs to; left empty, the Salt Lake centre. */
    private void centreField(List<Centre> centres) {
        centre.setLabel(getTranslation("users.centre"));
        centre.setItems(centres);
        centre.setItemLabelGenerator(Centre::name);
        centre.setHelperText(getTranslation("users.centre.help"));
        centre.setClearButtonVisible(true);
        centre.setId("user-centre");
    }

    private static void channelFollows(Checkbox channel, String before, String now) {
        channel.setEnabled(!now.isBlank());
        if (before.isBlank() != now.isBlank()) {
            channel.setValue(!now.isBlank());
        }
    }

    private void save() {
        Set<Long> ids = new HashSet<>();
        if (role.getValue() == Role.MUNICIPAL_OFFICER) {
            scope.getValue().forEach(m -> ids.add(m.id()));
        }
        UserForm formValue = new UserForm(
                username.getValue(),
                password.getValue(),
                displayName.getValue(),
                email.getValue(),
                role.getValue(),
                ids,
                language.getValue(),
                mobile.getValue(),
                mobile.getValue().isBlank() ? null : bySms.getValue(),
                email.getValue().isBlank() ? null : byEmail.getValue(),
                role.getValue() == Role.STATE_ADMIN && secondFactor.getValue(),
                role.getValue() == Role.CENTRE_STAFF && centre.getValue() != null
                        ? centre.getValue().id()
                        : null);
        if (Notifications.attemptShowingIn(errors, () -> {
            if (existing == null) {
                users.create(formValue);
            } else {
                users.update(existing.id(), existing.version(), formValue);
            }
        })) {
            close();
            Notifications.success(getTranslation("action.saved"));
            afterSave.run();
        }
    }
}
