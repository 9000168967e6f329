package app.haat.core.security;

import app.haat.core.api.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back an account that asks for a code after its password ({@link HaatPrincipal#secondFactor()}).
 * <p>
 * Browser sessions: the password sign-in stores its result as usual; the first request that finds it here, before
 * anything else reads it, takes it out of the session again, keeps the account as {@link SecondFactor.Pending},
 * sends the code and sends the browser to {@link SecondFactor#PAGE}. Only a right code there signs the session in,
 * and marks it {@link #PASSED}. So no request of that session is ever served as the account before the code.
 * <p>
 * API calls (HTTP Basic, stateless): refused with 401 unless they carry the ticket of a checked code in
 * {@link SecondFactor#TICKET_HEADER}; asking for the code and checking it ({@code POST /api/otp},
 * {@code POST /api/otp/verify}) go through with the password alone.
 */
public class SecondFactorGate extends OncePerRequestFilter {

    /** The session attribute of a session signed in with its code: the account's id. */
    public static final String PASSED = "haat.secondFactor.passed";

    /** The session attribute of a session waiting for its code ({@link SecondFactor.Pending}). */
    public static final String PENDING = "haat.secondFactor.pending";

    private final SecondFactor secondFactor;
    private final ProblemResponses problems;
    private final boolean api;

    private SecondFactorGate(SecondFactor secondFactor, ProblemResponses problems, boolean api) {
        this.secondFactor = secondFactor;
        this.problems = problems;
        this.api = api;
    }

    public static SecondFactorGate forPages(SecondFactor secondFactor, ProblemResponses problems) {
        return new SecondFactorGate(secondFactor, problems, false);
    }

    public static SecondFactorGate forApi(SecondFactor secondFactor, ProblemResponses problems) {
        return new SecondFactorGate(secondFactor, problems, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        HaatPrincipal principal =
                CurrentUser.signedIn().filter(HaatPrincipal::secondFactor).orElse(null);
        if (principal != null) {
            if (api) {
                if (!asksForCode(request)
                        && !secondFactor.proves(principal, request.getHeader(SecondFactor.TICKET_HEADER))) {
                    problems.write(
                            request,
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "Code required",
                            "This account needs a code by SMS as well as its password. POST /api/otp with "
                                    + "{\"purpose\":\"SECOND_FACTOR\"} and these credentials sends one; POST "
                                    + "/api/otp/verify with {\"purpose\":\"SECOND_FACTOR\",\"code\":\"…\"} answers a "
                                    + "ticket; send it in the " + SecondFactor.TICKET_HEADER + " header.");
                    return;
                }
            } else if (!passed(request, principal)) {
                holdBack(principal, request, response, strategy);
                if ("GET".equals(request.getMethod())) {
                    response.sendRedirect(SecondFactor.PAGE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The session forgets the sign-in and waits for the code, which is sent now. */
    private void holdBack(
            HaatPrincipal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            SecurityContextHolderStrategy strategy) {
        SecurityContext empty = strategy.createEmptyContext();
        strategy.setContext(empty);
        new HttpSessionSecurityContextRepository().saveContext(empty, request, response);
        Optional<String> ending = secondFactor.sendCode(principal.userId(), request.getRemoteAddr());
        HttpSession session = request.getSession(true);
        session.removeAttribute(PASSED);
        if (ending.isPresent()) {
            session.setAttribute(
                    PENDING, new SecondFactor.Pending(principal.userId(), principal.sessionVersion(), ending.get()));
        } else {
            session.removeAttribute(PENDING); // switched off or disabled since: the password step starts again
        }
    }

    private static boolean passed(HttpServletRequest request, HaatPrincipal principal) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PASSED) instanceof Long id && id == principal.userId();
    }

    private static boolean asksForCode(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && ("/api/otp".equals(path) || "/api/otp/verify".equals(path));
    }
}
