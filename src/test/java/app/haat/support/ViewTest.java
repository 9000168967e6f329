package app.haat.support;

import app.haat.core.security.HaatPrincipal;
import app.haat.user.SignInService;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
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
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> principal.role().name().equals(role));
    }

    protected void useLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
