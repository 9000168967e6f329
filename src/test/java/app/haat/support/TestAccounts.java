package app.haat.support;

import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.user.SignInService;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates accounts through the real service, as an admin would. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-password-1";
    private final UserService users;
    private final SignInService signIn;

    public TestAccounts(UserService users, SignInService signIn) {
        this.users = users;
        this.signIn = signIn;
    }

    /** Runs work as the named account, as its service calls would run in a request of that user. */
    public <T> T as(String username, Supplier<T> work) {
        HaatPrincipal principal = signIn.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    public String admin() {
        return create(Role.STATE_ADMIN, Set.of());
    }

    public String officer(Set<Long> municipalityIds) {
        return create(Role.MUNICIPAL_OFFICER, municipalityIds);
    }

    public String staff() {
        return create(Role.CENTRE_STAFF, Set.of());
    }

    public String create(Role role, Set<Long> municipalityIds) {
        String username = IntegrationTest.unique(role.name().toLowerCase().replace('_', '-'));
        SystemAuthority.runAsAdmin(() ->
                users.create(new UserForm(username, PASSWORD, "Test " + role, null, role, municipalityIds, "en")));
        return username;
    }
}
