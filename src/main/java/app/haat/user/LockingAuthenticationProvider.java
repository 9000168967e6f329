package app.haat.user;

import app.haat.core.security.HaatPrincipal;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in for the UI and the API alike. Every attempt is counted before its password is compared (one
 * conditional update), so a parallel burst gets no more than five comparisons per lock period, and a right password
 * sent during the lock is refused like any other. Every failure (unknown user, wrong password, locked, disabled) is
 * answered with the same exception, so no message reveals which it was.
 */
@Component
public class LockingAuthenticationProvider implements AuthenticationProvider {

    static final String GENERIC_FAILURE = "Bad credentials";

    private final DaoAuthenticationProvider delegate;
    private final SignInService signIn;
    private final VerifiedPasswords verified = new VerifiedPasswords();

    LockingAuthenticationProvider(SignInService signIn, PasswordEncoder passwordEncoder) {
        this.signIn = signIn;
        this.delegate = new DaoAuthenticationProvider(signIn);
        this.delegate.setPasswordEncoder(passwordEncoder);
        // the lock is enforced by the claim before the comparison; the fifth attempt, which set the lock, is still
        // compared (a right password then lifts it), so the delegate checks only that the account is enabled
        this.delegate.setPreAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException(GENERIC_FAILURE);
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        Authentication remembered = verified.recall(username, password, signIn);
        if (remembered != null) {
            signIn.recordSuccess(username, false); // a no-op unless failures were counted meanwhile
            return remembered;
        }
        SignInService.Claim claim = signIn.claimAttempt(username);
        if (claim == SignInService.Claim.LOCKED) {
            throw new BadCredentialsException(GENERIC_FAILURE);
        }
        // an unknown user goes on to the delegate too, which spends the time of a comparison before refusing
        try {
            Authentication result = delegate.authenticate(authentication);
            signIn.recordSuccess(username, claim == SignInService.Claim.LAST_CHECK);
            if (result.getPrincipal() instanceof HaatPrincipal principal) {
                verified.remember(username, password, principal);
            }
            return result;
        } catch (AccountStatusException e) {
            throw new BadCredentialsException(GENERIC_FAILURE);
        } catch (BadCredentialsException e) {
            if (claim == SignInService.Claim.LAST_CHECK) {
                signIn.recordLocked(username);
            }
            throw new BadCredentialsException(GENERIC_FAILURE);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
