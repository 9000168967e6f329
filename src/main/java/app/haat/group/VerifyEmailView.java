package app.haat.group;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page behind the link in the sign-up mail: confirms the group's e-mail address. */
@Route(value = "verify-email", autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupRegistrationService registrations;

    public VerifyEmailView(GroupRegistrationService registrations) {
        this.registrations = registrations;
        addClassName("haat-login");
        setDefaultHorizontalComponentAlignment(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        boolean confirmed = registrations.confirmEmail(token);
        removeAll();
        Paragraph result = new Paragraph(getTranslation(confirmed ? "email.confirmed" : "email.invalid"));
        result.setId("email-result");
        // the sign-in page is not a view: the browser loads it, the router does not look for it
        Anchor signIn = new Anchor("/login", getTranslation("reset.backToLogin"));
        signIn.setRouterIgnore(true);
        add(new H2(getTranslation("email.title")), result, signIn);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email.title") + " · " + getTranslation("app.name");
    }
}
