package app.haat.core.security;

import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The code by SMS that an admin account may require after its password (the one-time code feature implements it).
 * Until the code is checked, a browser session is not signed in ({@link SecondFactorGate}) and an API call is refused
 * unless it carries a ticket that a checked code gave.
 */
public interface SecondFactor {

    /** The header of an API call that carries the ticket of a checked code. */
    String TICKET_HEADER = "X-Haat-Second-Factor";

    /** The page where a browser session types the code. */
    String PAGE = "/login/second-factor";

    /** A browser session whose password was right, waiting for its code. */
    record Pending(long userId, int sessionVersion, String mobileEnding) implements Serializable {}

    /**
     * Sends a code to the account's own mobile number when the code limits allow; answers the number's last four
     * digits, or empty when the account no longer asks for a code (disabled, switched off, no number).
     */
    Optional<String> sendCode(long userId, String clientAddress);

    /** Whether the ticket proves a code checked for this account since its last password or role change. */
    boolean proves(HaatPrincipal principal, @Nullable String ticket);
}
