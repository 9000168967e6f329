package app.haat.user;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.region.Centre;
import app.haat.region.CentreDirectoryService;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

    private final List<Centre> centres;

    public UsersView(UserService users, RegionService regions, CentreDirectoryService centres) {
        this.users = users;
        this.centres = centres.centres();
        this.municipalities = regions.municipalities();
        this.municipalityById =
                municipalities.stream().collect(Collectors.toMap(Municipality::id, Function.identity()));
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
        grid.addColumn(UserAccount::username)
                .setHeader(getTranslation("users.username"))
                .setSortable(true)
                .setFlexGrow(1)
                .setKey("username");
        grid.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("users.displayName"))
                .setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name()))
                .setHeader(getTranslation("users.role"))
                .setFlexGrow(1);
        grid.addColumn(this::scopeText)
                .setHeader(getTranslation("users.municipalities"))
                .setFlexGrow(2);
        grid.addColumn(this::statusText)
                .setHeader(getTranslation("users.status"))
                .setFlexGrow(1)
                .setKey("status");
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.actions"))
                .setKey("actions")
                .setAutoWidth(true)
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
        String names = user.municipalityIds().stream()
                .map(municipalityById::get)
                .filter(m -> m != null)
                .limit(3)
                .map(m -> m.name(bengali))
                .collect(Collectors.joining(", "));
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
        Button reset = iconButton(
                VaadinIcon.KEY,
                "users.resetPassword",
                () -> Confirm.ask(
                        getTranslation("users.resetPassword"),
                        getTranslation("users.resetPassword.confirm", user.username()),
                        getTranslation("users.resetPassword"),
                        () -> Notifications.attempt(() -> showNewPassword(user, users.resetPassword(user.id())))));
        Button toggle = user.enabled()
                ? iconButton(
                        VaadinIcon.BAN,
                        "users.disable",
                        () -> Confirm.ask(
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
        new UserDialog(users, municipalities, municipalityById, centres, existing, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
