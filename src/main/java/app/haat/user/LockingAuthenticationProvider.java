package app.haat.user;

import app.haat.core.security.HaatPrincipal;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in for the UI and the API alike. Counts failures for the lock-out, and answers every failure
 * (unknown user, wrong password, locked, disabled) with the same exception, so no message reveals which it was.
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
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Authentication remembered = verified.recall(username, password, signIn);
        if (remembered != null) {
            signIn.recordSuccess(username); // a no-op unless failures were counted meanwhile
            return remembered;
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            signIn.recordSuccess(username);
            if (result.getPrincipal() instanceof HaatPrincipal principal) {
                verified.remember(username, password, principal);
            }
            return result;
        } catch (AccountStatusException e) {
            throw new BadCredentialsException(GENERIC_FAILURE);
        } catch (BadCredentialsException e) {
            signIn.recordFailure(username);
            throw new BadCredentialsException(GENERIC_FAILURE);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
