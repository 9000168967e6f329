package app.haat.otp;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.SecondFactor;
import app.haat.core.security.SecondFactorGate;
import app.haat.core.security.SignedInSessions;
import app.haat.core.security.SignedTickets;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.SignInService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code by SMS after the password, for admin accounts an admin switched it on for: sent to the account's own
 * mobile number ({@link OtpPurpose#SECOND_FACTOR}), with the limits of every code ({@link OneTimeCodes}). A browser
 * session is signed in by the right code; an API client gets a ticket for {@link SecondFactor#TICKET_HEADER}, valid
 * {@code haat.otp.second-factor-lifetime} (8 hours) and only until the account's password, role or state changes.
 */
@Service
public class SecondFactorService implements SecondFactor {

    /** The kind of the API's ticket; its subject is the account's id and session version. */
    static final String TICKET = "second-factor";

    private final OneTimeCodes codes;
    private final SignInService signIn;
    private final MailOutbox outbox;
    private final SignedTickets tickets;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final Duration ticketLifetime;

    SecondFactorService(
            OneTimeCodes codes,
            SignInService signIn,
            MailOutbox outbox,
            SignedTickets tickets,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            @Value("${haat.otp.second-factor-lifetime:PT8H}") Duration ticketLifetime) {
        this.codes = codes;
        this.signIn = signIn;
        this.outbox = outbox;
        this.tickets = tickets;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.ticketLifetime = ticketLifetime;
    }

    /** A checked code's ticket for the API, and until when it holds. */
    public record Ticket(String ticket, OffsetDateTime validUntil) {}

    @Override
    @Transactional
    public Optional<String> sendCode(long userId, String clientAddress) {
        Optional<SignInService.SecondFactorAccount> found = signIn.secondFactorAccount(userId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SignInService.SecondFactorAccount account = found.get();
        String mobile = account.mobile();
        if (codes.mayIssue(mobile, OtpPurpose.SECOND_FACTOR, clientAddress)) {
            codes.store(mobile, OtpPurpose.SECOND_FACTOR, clientAddress, userId, true)
                    .ifPresent(issued -> outbox.smsTo(
                            MessageType.ONE_TIME_CODE,
                            mobile,
                            null,
                            userId,
                            account.language(),
                            Map.of(
                                    "code",
                                    issued.code(),
                                    "minutes",
                                    codes.settings().codeLifetime().toMinutes()),
                            issued.expiresAt()));
        }
        return Optional.of(mobile.substring(mobile.length() - 4));
    }

    /** Asks for a code for the account signed in by its password on this API call; nothing for any other. */
    @Transactional
    public void sendCodeToCurrent(String clientAddress) {
        currentUser.find().filter(HaatPrincipal::secondFactor).ifPresent(me -> sendCode(me.userId(), clientAddress));
    }

    /**
     * Signs the waiting browser session in with its code (see {@link SecondFactorGate}).
     *
     * @throws ValidationException {@code otp.error.signInAgain} when the session waits for nothing, or the account
     *     changed since its password was checked; otherwise the refusals of any code ({@link OneTimeCodes#check})
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public void signIn(
            @Nullable Pending pending,
            @Nullable String code,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (pending == null) {
            throw new ValidationException("otp.error.signInAgain");
        }
        HaatPrincipal principal = check(pending.userId(), pending.sessionVersion(), code);
        SignedInSessions.start(principal, request, response);
        var session = request.getSession(true);
        session.removeAttribute(SecondFactorGate.PENDING);
        session.setAttribute(SecondFactorGate.PASSED, principal.userId());
        audit.recordAs(
                principal.username(), AuditEntity.USER, principal.userId(), "SIGN_IN", null, "password and SMS code");
    }

    /** Checks the code of the account signed in by its password on this API call, and answers its ticket. */
    @Transactional(noRollbackFor = ValidationException.class)
    public Ticket ticketForCurrent(@Nullable String code) {
        HaatPrincipal me = currentUser
                .find()
                .filter(HaatPrincipal::secondFactor)
                .orElseThrow(() -> new ValidationException("otp.error.purpose"));
        HaatPrincipal principal = check(me.userId(), me.sessionVersion(), code);
        OffsetDateTime validUntil = OffsetDateTime.now(clock).plus(ticketLifetime);
        audit.recordAs(
                principal.username(), AuditEntity.USER, principal.userId(), "API_TICKET", null, "SMS code checked");
        return new Ticket(tickets.issue(TICKET, subject(principal), ticketLifetime), validUntil);
    }

    @Override
    public boolean proves(HaatPrincipal principal, @Nullable String ticket) {
        return tickets.subject(TICKET, ticket)
                .filter(subject(principal)::equals)
                .isPresent();
    }

    private HaatPrincipal check(long userId, int sessionVersion, @Nullable String code) {
        SignInService.SecondFactorAccount account = signIn.secondFactorAccount(userId)
                .filter(a -> a.principal().sessionVersion() == sessionVersion)
                .orElseThrow(() -> new ValidationException("otp.error.signInAgain"));
        OtpRepository.StoredCode stored = codes.check(account.mobile(), OtpPurpose.SECOND_FACTOR, code);
        if (stored.userId() == null || stored.userId() != userId) {
            throw new ValidationException("otp.error.wrongCode"); // the code of another account with the same number
        }
        codes.use(stored);
        return account.principal();
    }

    private static String subject(HaatPrincipal principal) {
        return principal.userId() + ":" + principal.sessionVersion();
    }
}
