package app.haat.support;

import app.haat.core.security.HaatPrincipal;
import app.haat.user.SignInService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Method;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Karibu-Testing on the real Spring context: views, services and database are all real; only the browser is not. */
public abstract class ViewTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.haat");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestAccounts accounts;

    @Autowired
    protected SignInService signIn;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as an existing account, the way the sign-in form would leave the session. */
    protected void signInAs(String username) {
        HaatPrincipal principal = signIn.loadUserByUsername(username);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> principal.role().name().equals(role));
    }

    /** Switches the session's language and rebuilds the current page, as the page reload does in a browser. */
    protected void useLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().refreshCurrentRoute(true);
    }

    /** Navigates like a link would, query string included. */
    protected void navigate(String location) {
        int question = location.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(
                            location.substring(0, question),
                            QueryParameters.fromString(location.substring(question + 1)));
        }
    }

    /**
     * Sets a field's value as if the user typed or picked it (fromClient = true). Karibu 2.6's _setValue calls a
     * Flow method that Vaadin 25 no longer has, so this goes through AbstractField#setModelValue instead.
     */
    public static <V> void setAsUser(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        if (!component.isVisible()
                || field.isReadOnly()
                || (component instanceof HasEnabled enabled && !enabled.isEnabled())) {
            throw new AssertionError("The field " + component + " is not editable");
        }
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
