package app.haat.user;

import app.haat.core.i18n.LanguageSwitch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link. The answer is the same whether or not the account exists. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    public ForgotPasswordView(PasswordResetService resets) {
        addClassName("haat-login");
        setDefaultHorizontalComponentAlignment(Alignment.CENTER);
        TextField login = new TextField(getTranslation("reset.login"));
        login.setMaxLength(UserService.MAX_EMAIL);
        login.setWidth("min(340px, 100%)");
        login.setId("reset-login");
        Paragraph answer = new Paragraph();
        answer.setId("reset-answer");
        answer.setMaxWidth("340px");
        Button send = new Button(getTranslation("reset.send"), e -> {
            resets.requestReset(login.getValue());
            answer.setText(getTranslation("reset.sent"));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("reset-send");
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Paragraph noMail = new Paragraph(getTranslation("reset.noMail"));
        noMail.setMaxWidth("340px");
        add(
                new LanguageSwitch(language -> {}),
                new H2(getTranslation("reset.title")),
                login,
                send,
                answer,
                noMail,
                new Anchor("login", getTranslation("reset.backToLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · " + getTranslation("app.name");
    }
}
