package app.haat.user;

import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/** The page behind the e-mailed link: choose a new password once. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private @Nullable String token;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("haat-login");
        setDefaultHorizontalComponentAlignment(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        removeAll();
        add(new H2(getTranslation("reset.choose")));
        if (!resets.isValid(token)) {
            Paragraph invalid = new Paragraph(getTranslation("reset.error.invalidToken"));
            invalid.setId("reset-invalid");
            add(invalid, new Anchor("forgot-password", getTranslation("reset.again")));
            return;
        }
        PasswordField password = new PasswordField(getTranslation("reset.newPassword"));
        password.setHelperText(getTranslation("users.password.help"));
        password.setId("reset-new-password");
        PasswordField repeat = new PasswordField(getTranslation("reset.repeat"));
        repeat.setId("reset-repeat");
        Paragraph result = new Paragraph();
        result.setId("reset-result");
        Button save = new Button(getTranslation("reset.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("reset.error.mismatch"));
                return;
            }
            if (Notifications.attempt(() -> resets.reset(token, password.getValue()))) {
                removeAll();
                Paragraph done = new Paragraph(getTranslation("reset.done"));
                done.setId("reset-done");
                add(done, new Anchor("login", getTranslation("reset.backToLogin")));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reset-save");
        add(password, repeat, save, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.choose") + " · " + getTranslation("app.name");
    }
}
