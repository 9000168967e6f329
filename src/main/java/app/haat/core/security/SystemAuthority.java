package app.haat.core.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first admin, demo data) through the same services, and so the same checks and audit, as a
 * person would, under a principal named "system".
 */
public final class SystemAuthority {

    private SystemAuthority() {}

    public static <T> T runAsAdmin(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        HaatPrincipal system = new HaatPrincipal(0, "system", "", Role.STATE_ADMIN, true, false, 0, false);
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsAdmin(Runnable work) {
        runAsAdmin(() -> {
            work.run();
            return null;
        });
    }
}
