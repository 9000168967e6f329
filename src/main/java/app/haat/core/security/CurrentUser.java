package app.haat.core.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for the services' own access checks. Works the same for a Vaadin view and an API request,
 * because both put the principal into Spring Security's context.
 */
@Component
public class CurrentUser {

    public Optional<HaatPrincipal> find() {
        return signedIn();
    }

    /** The portal's principal of this thread's sign-in, if any: for the filters, which run before beans are asked. */
    static Optional<HaatPrincipal> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HaatPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public HaatPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("error.signInFirst"));
    }

    public HaatPrincipal requireRole(Role... roles) {
        HaatPrincipal principal = require();
        for (Role role : roles) {
            if (principal.role() == role) {
                return principal;
            }
        }
        throw new AccessDeniedException("error.forbidden");
    }

    public boolean hasRole(Role role) {
        return find().map(p -> p.role() == role).orElse(false);
    }

    /** The user name for audit entries: the signed-in user, else "system" (start-up jobs, schedulers). */
    public String actorName() {
        return find().map(HaatPrincipal::username).orElse("system");
    }
}
