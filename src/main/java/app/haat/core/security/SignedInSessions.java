package app.haat.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Signs a browser session in after a step Spring Security's own filters do not know (a one-time code). */
public final class SignedInSessions {

    private SignedInSessions() {}

    /**
     * Stores the principal's sign-in in the HTTP session ({@link HttpSessionSecurityContextRepository}) under a new
     * session id: no session fixation, the session signed in is not the one the visitor had.
     */
    public static void start(HaatPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        request.getSession(true);
        request.changeSessionId();
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
