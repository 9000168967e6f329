package app.haat.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a UI session whose account changed under it (disabled, new role or municipalities, password reset): every
 * request compares the session's principal with the account row, so the rule holds across portal processes that
 * share one database. The request then continues signed out: a page goes to the sign-in view, and Vaadin answers a
 * UI request of the lost session as expired, so the browser reloads into the sign-in view.
 */
public class SessionVersionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionVersionFilter.class);
    private final AccountVersions versions;

    public SessionVersionFilter(AccountVersions versions) {
        this.versions = versions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HaatPrincipal principal = CurrentUser.signedIn()
                .filter(p -> p.userId() > 0 && !versions.isCurrent(p))
                .orElse(null);
        if (principal != null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.getContextHolderStrategy().clearContext();
            log.info("Ended a session of {}: the account changed since it signed in", principal.username());
        }
        chain.doFilter(request, response);
    }
}
