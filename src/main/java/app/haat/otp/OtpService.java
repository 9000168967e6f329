package app.haat.otp;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.core.security.SignedTickets;
import app.haat.group.GroupProfileService;
import app.haat.group.IndianFormats;
import app.haat.group.MobileVerification;
import app.haat.group.SignUpService;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.SignInService;
import app.haat.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes by SMS: asked for by number and purpose, checked by number, purpose and code.
 * <p>
 * A code is 6 Latin digits from {@link SecureRandom}, stored as an HMAC ({@link SignedTickets#hash}), valid
 * {@code haat.otp.code-lifetime} (10 minutes), dead after {@code haat.otp.max-tries} (5) wrong tries; a number gets a
 * new code for a purpose only {@code haat.otp.resend-after} (60 s) after the last, at most
 * {@code haat.otp.per-number-per-day} (5) in 24 hours, and one client address asks for at most
 * {@code haat.otp.per-address-per-hour} in an hour. Asking answers nothing, whatever happened: a number without an
 * account (sign-in, reset), a registered number (sign-up: its groups are told instead), a malformed number or a limit
 * reached all look alike; a code for a number that gets none is stored all the same (never sent), so its checks fail
 * like a wrong code. These limits are the code path's own: wrong codes never touch the password lock-out, and a
 * locked password never stops a code.
 * <p>
 * The code's SMS ({@link MessageType#ONE_TIME_CODE}) expires with the code in the outbox, and its text is masked there
 * once sent.
 */
@Service
public class OtpService implements MobileVerification {

    private static final Logger log = LoggerFactory.getLogger(OtpService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The kind of a reset ticket; its subject is the account's id and version, so it works once. */
    static final String RESET_TICKET = "reset";

    private final OtpRepository repository;
    private final SignedTickets tickets;
    private final MailOutbox outbox;
    private final SignUpService signUps;
    private final GroupProfileService profiles;
    private final UserService users;
    private final SignInService signIn;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final Settings settings;

    /** The limits (application.properties, {@code haat.otp.*}). */
    record Settings(
            Duration codeLifetime,
            int maxTries,
            Duration resendAfter,
            int perNumberPerDay,
            int perAddressPerHour,
            Duration ticketLifetime) {}

    OtpService(
            OtpRepository repository,
            SignedTickets tickets,
            MailOutbox outbox,
            SignUpService signUps,
            GroupProfileService profiles,
            UserService users,
            SignInService signIn,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            @Value("${haat.otp.code-lifetime:PT10M}") Duration codeLifetime,
            @Value("${haat.otp.max-tries:5}") int maxTries,
            @Value("${haat.otp.resend-after:PT60S}") Duration resendAfter,
            @Value("${haat.otp.per-number-per-day:5}") int perNumberPerDay,
            @Value("${haat.otp.per-address-per-hour:30}") int perAddressPerHour,
            @Value("${haat.otp.ticket-lifetime:PT30M}") Duration ticketLifetime) {
        this.repository = repository;
        this.tickets = tickets;
        this.outbox = outbox;
        this.signUps = signUps;
        this.profiles = profiles;
        this.users = users;
        this.signIn = signIn;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.settings =
                new Settings(codeLifetime, maxTries, resendAfter, perNumberPerDay, perAddressPerHour, ticketLifetime);
    }

    /** The limits in force (for the API's answer to a request). */
    Settings settings() {
        return settings;
    }

    /** A group a code may open: for the person to pick when the number belongs to more than one. */
    public record GroupChoice(long id, String name) {}

    /**
     * What a sign-in code did: signed in as {@code signedIn}, or, when the number belongs to several groups and none
     * was picked, nothing yet (the code stays valid) and {@code choices} lists them.
     */
    public record CodeSignIn(@Nullable GroupChoice signedIn, List<GroupChoice> choices) {}

    /** A reset code's grant: a ticket for {@link #resetPassword}, or the groups to pick from first. */
    public record ResetGrant(
            @Nullable String ticket, @Nullable GroupChoice group, List<GroupChoice> choices) {}

    /**
     * Asks for a code; answers nothing, ever (see the class). {@code language} is for a number that has no account
     * yet (sign-up, a new number); a group's code goes in its account's language. {@code CHANGE_NUMBER} needs a
     * signed-in group (the code goes to the new number); {@code SECOND_FACTOR} sends nothing yet.
     */
    @Transactional
    public void request(@Nullable String mobile, OtpPurpose purpose, String clientAddress, String language) {
        Optional<String> number = IndianFormats.mobile(mobile);
        if (number.isEmpty()) {
            return;
        }
        String to = number.get();
        String address = address(clientAddress);
        OffsetDateTime now = now();
        if (repository.countForAddressSince(address, now.minusHours(1)) >= settings.perAddressPerHour()) {
            log.info("One-time code refused: {} asked for {} codes in an hour", address, settings.perAddressPerHour());
            return;
        }
        if (repository.countForNumberSince(to, now.minusDays(1)) >= settings.perNumberPerDay()) {
            return;
        }
        Optional<OtpRepository.StoredCode> last = repository.latest(to, purpose);
        if (last.isPresent()
                && last.get()
                        .expiresAt()
                        .minus(settings.codeLifetime())
                        .plus(settings.resendAfter())
                        .isAfter(now)) {
            return;
        }
        String code = newCode();
        OffsetDateTime expiresAt = now.plus(settings.codeLifetime());
        Long userId = null;
        Recipient recipient = null;
        switch (purpose) {
            case SIGNUP -> {
                if (repository.numberHeld(to)) {
                    signUps.tellHoldersOf(to); // the visitor learns nothing; the groups holding it do
                } else {
                    recipient = new Recipient(null, language);
                }
            }
            case SIGNIN, RESET -> {
                List<OtpRepository.Holder> holders = repository.holders(to);
                if (!holders.isEmpty()) {
                    long groupId = holders.getFirst().groupId();
                    recipient = new Recipient(
                            groupId, users.languageOfGroupAccount(groupId).orElse(language));
                }
            }
            case CHANGE_NUMBER -> {
                Optional<HaatPrincipal> me = currentUser.find().filter(p -> p.role() == Role.SHG);
                if (me.isPresent() && users.groupOfCurrentUser().isPresent()) {
                    userId = me.get().userId();
                    long groupId = users.groupOfCurrentUser().orElseThrow();
                    recipient = new Recipient(
                            groupId, users.languageOfGroupAccount(groupId).orElse(language));
                }
            }
            case SECOND_FACTOR -> {
                // needs the admin's own mobile (app_user.mobile, a parallel change): not sent yet
            }
        }
        // stored either way, so a check of a code never sent fails as a wrong one and the limits count alike
        repository.insert(
                to,
                purpose,
                tickets.hash(hashInput(to, purpose, recipient == null ? newCode() + "x" : code)),
                now,
                expiresAt,
                address,
                userId);
        if (recipient != null) {
            outbox.smsTo(
                    MessageType.ONE_TIME_CODE,
                    to,
                    recipient.groupId(),
                    recipient.language(),
                    Map.of("code", code, "minutes", settings.codeLifetime().toMinutes()),
                    expiresAt);
        }
    }

    private record Recipient(@Nullable Long groupId, String language) {}

    @Override
    @Transactional
    public void sendSignUpCode(String mobile, String language, String clientAddress) {
        if (IndianFormats.mobile(mobile).isEmpty()) {
            throw new ValidationException("group.error.mobile");
        }
        request(mobile, OtpPurpose.SIGNUP, clientAddress, language);
    }

    /**
     * Checks a sign-up code: answers a ticket (valid {@code haat.otp.ticket-lifetime}) that the sign-up needs to
     * create a group with this number. Refusals as for every check (see {@link #check}).
     */
    @Override
    @Transactional(noRollbackFor = ValidationException.class)
    public String verifySignUpCode(@Nullable String mobile, @Nullable String code, String clientAddress) {
        String number = mobileOrRefuse(mobile);
        OtpRepository.StoredCode stored = check(number, OtpPurpose.SIGNUP, code);
        use(stored);
        return tickets.issue(SignedTickets.VERIFIED_MOBILE, number, settings.ticketLifetime());
    }

    /**
     * Signs the session in with a sign-in code, for the API and the server-rendered sign-in page alike. The number's
     * group must have an enabled account (code-only accounts included; a password lock-out does not matter). When the
     * number belongs to more than one group and {@code groupId} is null, nothing is signed in and the code is not
     * used: the answer lists the groups, and the caller asks again with the one picked. On success the security
     * context is stored in the HTTP session ({@link HttpSessionSecurityContextRepository}) under a new session id.
     *
     * @throws ValidationException with {@code otp.error.*} keys: wrong, expired, used or dead code, unknown group
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public CodeSignIn signInWithCode(
            @Nullable String mobile,
            @Nullable String code,
            @Nullable Long groupId,
            HttpServletRequest request,
            HttpServletResponse response) {
        String number = mobileOrRefuse(mobile);
        OtpRepository.StoredCode stored = check(number, OtpPurpose.SIGNIN, code);
        List<OtpRepository.Holder> holders = repository.holders(number);
        Optional<OtpRepository.Holder> holder = pick(holders, groupId, stored);
        if (holder.isEmpty()) {
            return new CodeSignIn(null, choices(holders));
        }
        HaatPrincipal principal = signIn.principalAfterCode(holder.get().userId())
                .orElseThrow(() -> new ValidationException("otp.error.wrongCode"));
        use(stored);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        request.getSession(true);
        request.changeSessionId(); // no session fixation: the session signed in is not the one the visitor had
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        audit.recordAs(principal.username(), AuditEntity.USER, principal.userId(), "SIGN_IN", null, "by one-time code");
        return new CodeSignIn(
                new GroupChoice(holder.get().groupId(), holder.get().name()), List.of());
    }

    /**
     * Checks a reset code: answers a single-use ticket for {@link #resetPassword} (valid
     * {@code haat.otp.ticket-lifetime}), or the groups to pick from, as {@link #signInWithCode} does.
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public ResetGrant verifyReset(@Nullable String mobile, @Nullable String code, @Nullable Long groupId) {
        String number = mobileOrRefuse(mobile);
        OtpRepository.StoredCode stored = check(number, OtpPurpose.RESET, code);
        List<OtpRepository.Holder> holders = repository.holders(number);
        Optional<OtpRepository.Holder> holder = pick(holders, groupId, stored);
        if (holder.isEmpty()) {
            return new ResetGrant(null, null, choices(holders));
        }
        UserService.GroupAccount account = users.enabledAccountOfGroup(
                        holder.get().groupId())
                .orElseThrow(() -> new ValidationException("otp.error.wrongCode"));
        use(stored);
        String ticket =
                tickets.issue(RESET_TICKET, account.userId() + ":" + account.version(), settings.ticketLifetime());
        return new ResetGrant(
                ticket, new GroupChoice(holder.get().groupId(), holder.get().name()), List.of());
    }

    /**
     * Sets a new password with a reset ticket; the ticket works once (the account changes with the password). Answers
     * the user name to sign in with (a code-only account's is {@code g} and the group's id).
     */
    @Transactional
    public String resetPassword(@Nullable String ticket, @Nullable String newPassword) {
        List<String> errors = UserService.passwordErrors(newPassword);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String subject =
                tickets.subject(RESET_TICKET, ticket).orElseThrow(() -> new ValidationException("otp.error.ticket"));
        String[] parts = subject.split(":");
        return users.setPasswordByCode(
                Long.parseLong(parts[0]), Integer.parseInt(parts[1]), java.util.Objects.requireNonNull(newPassword));
    }

    @Override
    @Transactional
    public void sendNumberChangeCode(String newMobile, String language, String clientAddress) {
        String number =
                IndianFormats.mobile(newMobile).orElseThrow(() -> new ValidationException("group.error.mobile"));
        request(number, OtpPurpose.CHANGE_NUMBER, clientAddress, language);
    }

    @Override
    @Transactional(noRollbackFor = ValidationException.class)
    public String confirmNumberChange(@Nullable String newMobile, @Nullable String code) {
        return changeNumber(newMobile, code);
    }

    /**
     * The signed-in group confirms its new number with the code sent there ({@code CHANGE_NUMBER}, asked for while
     * signed in as the same account): the group's phone changes (audited), and its account moves to the number if it
     * signed in with the old one. Answers the new number.
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public String changeNumber(@Nullable String newMobile, @Nullable String code) {
        HaatPrincipal me = currentUser.requireRole(Role.SHG);
        String number = mobileOrRefuse(newMobile);
        OtpRepository.StoredCode stored = check(number, OtpPurpose.CHANGE_NUMBER, code);
        if (stored.userId() == null || stored.userId() != me.userId()) {
            throw new ValidationException("otp.error.wrongCode");
        }
        use(stored);
        profiles.changeOwnNumber(number);
        return number;
    }

    /**
     * The newest code of the number and purpose, if the code given is it: one try is counted before comparing.
     * Refusals: {@code otp.error.noCode} (none asked for), {@code otp.error.used}, {@code otp.error.expired},
     * {@code otp.error.tooManyTries} (the fifth wrong try killed it), {@code otp.error.wrongCode}. Bengali digits are
     * read as Latin ones; spaces are ignored.
     */
    private OtpRepository.StoredCode check(String mobile, OtpPurpose purpose, @Nullable String code) {
        OffsetDateTime now = now();
        OtpRepository.StoredCode stored =
                repository.latest(mobile, purpose).orElseThrow(() -> new ValidationException("otp.error.noCode"));
        if (stored.usedAt() != null) {
            throw new ValidationException("otp.error.used");
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw new ValidationException("otp.error.expired");
        }
        if (stored.tries() >= settings.maxTries() || !repository.claimTry(stored.id(), settings.maxTries(), now)) {
            throw new ValidationException("otp.error.tooManyTries");
        }
        String typed = latinDigits(code);
        if (!typed.matches("[0-9]{6}") || !tickets.matches(hashInput(mobile, purpose, typed), stored.codeHash())) {
            if (stored.tries() + 1 >= settings.maxTries()) {
                throw new ValidationException("otp.error.tooManyTries"); // that was the last try
            }
            throw new ValidationException("otp.error.wrongCode");
        }
        return stored;
    }

    /** The holder picked (or the only one); empty when the person must pick, and then the right code costs no try. */
    private Optional<OtpRepository.Holder> pick(
            List<OtpRepository.Holder> holders, @Nullable Long groupId, OtpRepository.StoredCode stored) {
        if (holders.isEmpty()) {
            throw new ValidationException("otp.error.wrongCode"); // the account went away since the code was sent
        }
        if (groupId == null) {
            if (holders.size() == 1) {
                return Optional.of(holders.getFirst());
            }
            repository.giveBackTry(stored.id());
            return Optional.empty();
        }
        return Optional.of(holders.stream()
                .filter(h -> h.groupId() == groupId)
                .findFirst()
                .orElseThrow(() -> new ValidationException("otp.error.group")));
    }

    private void use(OtpRepository.StoredCode stored) {
        if (!repository.markUsed(stored.id(), now())) {
            throw new ValidationException("otp.error.used");
        }
    }

    private static List<GroupChoice> choices(List<OtpRepository.Holder> holders) {
        return holders.stream().map(h -> new GroupChoice(h.groupId(), h.name())).toList();
    }

    private static String mobileOrRefuse(@Nullable String mobile) {
        return IndianFormats.mobile(mobile).orElseThrow(() -> new ValidationException("group.error.mobile"));
    }

    /** What is hashed: the code bound to its number and purpose. */
    private static String hashInput(String mobile, OtpPurpose purpose, String code) {
        return purpose + ":" + mobile + ":" + code;
    }

    /** 6 digits, Latin (phones read them from the SMS), leading zeros kept. */
    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** Bengali digits (০-৯) as Latin ones, without spaces; null as empty. */
    static String latinDigits(@Nullable String code) {
        return code == null ? "" : Formats.latinDigits(code).replaceAll("\\s", "");
    }

    private static String address(@Nullable String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        String stripped = clientAddress.strip();
        return stripped.length() > 64 ? stripped.substring(0, 64) : stripped;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
