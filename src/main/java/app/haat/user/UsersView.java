package app.haat.user;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Admins create accounts, give roles and municipalities, disable accounts and reset passwords. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final List<Municipality> municipalities;
    private final Map<Long, Municipality> municipalityById;
    private final boolean bengali;
    private final Grid<UserAccount> grid = new Grid<>();

    public UsersView(UserService users, RegionService regions) {
        this.users = users;
        this.municipalities = regions.municipalities();
        this.municipalityById = municipalities.stream().collect(Collectors.toMap(Municipality::id,
                Function.identity()));
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();

        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("users.title")), add);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);

        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setSortable(true)
                .setFlexGrow(1).setKey("username");
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.displayName")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"))
                .setFlexGrow(1);
        grid.addColumn(this::scopeText).setHeader(getTranslation("users.municipalities")).setFlexGrow(2);
        grid.addColumn(this::statusText).setHeader(getTranslation("users.status")).setFlexGrow(1).setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("users.empty"));
        add(header, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String scopeText(UserAccount user) {
        if (user.municipalityIds().isEmpty()) {
            return "";
        }
        String names = user.municipalityIds().stream().map(municipalityById::get).filter(m -> m != null)
                .limit(3).map(m -> m.name(bengali)).collect(Collectors.joining(", "));
        int more = user.municipalityIds().size() - 3;
        return more > 0 ? names + " " + getTranslation("users.more", Formats.number(more)) : names;
    }

    private String statusText(UserAccount user) {
        if (!user.enabled()) {
            return getTranslation("users.status.disabled");
        }
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(OffsetDateTime.now())) {
            return getTranslation("users.status.locked", Formats.dateTime(user.lockedUntil()));
        }
        return getTranslation("users.status.active");
    }

    private HorizontalLayout actions(UserAccount user) {
        Button edit = iconButton(VaadinIcon.EDIT, "action.edit", () -> openDialog(user));
        Button reset = iconButton(VaadinIcon.KEY, "users.resetPassword", () -> Confirm.ask(
                getTranslation("users.resetPassword"),
                getTranslation("users.resetPassword.confirm", user.username()),
                getTranslation("users.resetPassword"),
                () -> Notifications.attempt(() -> showNewPassword(user, users.resetPassword(user.id())))));
        Button toggle = user.enabled()
                ? iconButton(VaadinIcon.BAN, "users.disable", () -> Confirm.ask(
                        getTranslation("users.disable"),
                        getTranslation("users.disable.confirm", user.username()),
                        getTranslation("users.disable"),
                        () -> setEnabled(user, false)))
                : iconButton(VaadinIcon.CHECK, "users.enable", () -> setEnabled(user, true));
        toggle.setId("toggle-" + user.username());
        edit.setId("edit-" + user.username());
        reset.setId("reset-" + user.username());
        HorizontalLayout layout = new HorizontalLayout(edit, reset, toggle);
        layout.setSpacing(false);
        return layout;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setTooltipText(getTranslation(labelKey));
        button.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return button;
    }

    private void setEnabled(UserAccount user, boolean enabled) {
        if (Notifications.attempt(() -> users.setEnabled(user.id(), enabled))) {
            Notifications.success(getTranslation(enabled ? "users.enabled" : "users.disabled", user.username()));
            refresh();
        }
    }

    private void showNewPassword(UserAccount user, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.newPassword.title"));
        Span value = new Span(password);
        value.setId("new-password");
        value.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        dialog.add(new Paragraph(getTranslation("users.newPassword.text", user.username())), value);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
        refresh();
    }

    private void openDialog(@Nullable UserAccount existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "users.add" : "users.edit"));
        dialog.setWidth("min(600px, 95vw)");

        TextField username = new TextField(getTranslation("users.username"));
        username.setRequired(true);
        username.setMaxLength(60);
        username.setHelperText(getTranslation("users.username.help"));
        username.setId("user-username");
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setRequired(true);
        password.setHelperText(getTranslation("users.password.help"));
        password.setId("user-password");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setMaxLength(120);
        displayName.setId("user-display-name");
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setMaxLength(254);
        email.setId("user-email");
        ComboBox<Role> role = new ComboBox<>(getTranslation("users.role"));
        role.setItems(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER, Role.CENTRE_STAFF);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setRequired(true);
        role.setId("user-role");
        MultiSelectComboBox<Municipality> scope = new MultiSelectComboBox<>(getTranslation("users.municipalities"));
        scope.setItems(municipalities);
        scope.setItemLabelGenerator(Municipality::bothNames);
        scope.setHelperText(getTranslation("users.municipalities.help"));
        scope.setId("user-municipalities");
        ComboBox<String> language = new ComboBox<>(getTranslation("users.language"));
        language.setItems("bn", "en");
        language.setItemLabelGenerator(l -> "bn".equals(l) ? "বাংলা" : "English");
        language.setValue("bn");
        language.setId("user-language");
        role.addValueChangeListener(e -> scope.setEnabled(e.getValue() == Role.MUNICIPAL_OFFICER));

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            password.setVisible(false);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            role.setValue(existing.role());
            scope.setValue(existing.municipalityIds().stream().map(municipalityById::get).filter(m -> m != null)
                    .collect(Collectors.toSet()));
            language.setValue(existing.language());
        } else {
            role.setValue(Role.MUNICIPAL_OFFICER);
        }

        Paragraph errors = new Paragraph();
        errors.addClassName("haat-error");
        errors.setId("user-errors");
        FormLayout form = new FormLayout(username, password, displayName, email, role, language, scope, errors);
        form.setColspan(scope, 2);
        form.setColspan(errors, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        dialog.add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            Set<Long> ids = new HashSet<>();
            if (role.getValue() == Role.MUNICIPAL_OFFICER) {
                scope.getValue().forEach(m -> ids.add(m.id()));
            }
            UserForm formValue = new UserForm(username.getValue(), password.getValue(), displayName.getValue(),
                    email.getValue(), role.getValue(), ids, language.getValue());
            try {
                if (existing == null) {
                    users.create(formValue);
                } else {
                    users.update(existing.id(), existing.version(), formValue);
                }
            } catch (RuntimeException ex) {
                String message = Notifications.describe(ex);
                if (message == null) {
                    throw ex;
                }
                errors.setText(message);
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("action.saved"));
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
