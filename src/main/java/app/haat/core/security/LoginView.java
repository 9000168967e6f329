package app.haat.core.security;

import app.haat.core.i18n.LanguageSwitch;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/** Sign-in. Every failure shows the same message, whether the user exists, the password is wrong or it is locked. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(@Value("${haat.demo:false}") boolean demo) {
        addClassName("haat-login");
        setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.CENTER);

        H1 brand = new H1();
        brand.addClassName("haat-brand");
        brand.add(new Image("images/haat-icon.svg", ""), new Div(getTranslation("app.name")));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("haat-tagline");

        form.setAction("login");
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));

        add(new LanguageSwitch(language -> {}), brand, tagline, form);
        if (demo) {
            Div hint = new Div();
            hint.addClassName("haat-demo-hint");
            hint.setId("demo-hint");
            hint.add(new Paragraph(getTranslation("login.demo")));
            add(hint);
        }
        Anchor signUp = new Anchor("signup", getTranslation("login.signup"));
        signUp.setId("signup-link");
        add(signUp, new Anchor("api/docs", getTranslation("login.apiDocs")));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
