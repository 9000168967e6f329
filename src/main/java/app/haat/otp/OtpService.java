package app.haat.otp;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.core.security.SignedInSessions;
import app.haat.core.security.SignedTickets;
import app.haat.group.GroupProfileService;
import app.haat.group.IndianFormats;
import app.haat.group.MobileVerification;
import app.haat.group.SignUpService;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.GroupAccountService;
import app.haat.user.SignInService;
import app.haat.user.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes by SMS for groups and newcomers: asked for by number and purpose, checked by number, purpose and
 * code (the code store and its limits: {@link OneTimeCodes}). Asking answers nothing, whatever happened: a number
 * without an account (sign-in, reset), a registered number (sign-up: its groups are told instead), a malformed number
 * or a limit reached all look alike. A locked password never stops a code.
 * <p>
 * The code's SMS ({@link MessageType#ONE_TIME_CODE}) expires with the code in the outbox, and its text is masked there
 * once sent.
 */
@Service
public class OtpService implements MobileVerification {

    /** The kind of a reset ticket; its subject is the account's id and version, so it works once. */
    static final String RESET_TICKET = "reset";

    private final OneTimeCodes codes;
    private final OtpRepository repository;
    private final SignedTickets tickets;
    private final MailOutbox outbox;
    private final SignUpService signUps;
    private final GroupProfileService profiles;
    private final UserService users;
    private final GroupAccountService groupAccounts;
    private final SignInService signIn;
    private final CurrentUser currentUser;
    private final AuditService audit;

    OtpService(
            OneTimeCodes codes,
            OtpRepository repository,
            SignedTickets tickets,
            MailOutbox outbox,
            SignUpService signUps,
            GroupProfileService profiles,
            UserService users,
            GroupAccountService groupAccounts,
            SignInService signIn,
            CurrentUser currentUser,
            AuditService audit) {
        this.codes = codes;
        this.repository = repository;
        this.tickets = tickets;
        this.outbox = outbox;
        this.signUps = signUps;
        this.profiles = profiles;
        this.users = users;
        this.groupAccounts = groupAccounts;
        this.signIn = signIn;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The limits in force (for the API's answer to a request). */
    OneTimeCodes.Settings settings() {
        return codes.settings();
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
        if (number.isEmpty() || purpose == OtpPurpose.SECOND_FACTOR) {
            return; // a second factor is asked for with the password (SecondFactorService), never by number alone
        }
        String to = number.get();
        if (!codes.mayIssue(to, purpose, clientAddress)) {
            return;
        }
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
            case SECOND_FACTOR -> throw new IllegalStateException("returned above");
        }
        Optional<OneTimeCodes.Issued> issued = codes.store(to, purpose, clientAddress, userId, recipient != null);
        if (issued.isPresent() && recipient != null) {
            outbox.smsTo(
                    MessageType.ONE_TIME_CODE,
                    to,
                    recipient.groupId(),
                    null,
                    recipient.language(),
                    Map.of(
                            "code",
                            issued.get().code(),
                            "minutes",
                            settings().codeLifetime().toMinutes()),
                    issued.get().expiresAt());
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
        OtpRepository.StoredCode stored = codes.check(number, OtpPurpose.SIGNUP, code);
        codes.use(stored);
        return tickets.issue(SignedTickets.VERIFIED_MOBILE, number, settings().ticketLifetime());
    }

    /**
     * Signs the session in with a sign-in code, for the API and the server-rendered sign-in page alike. The number's
     * group must have an enabled account (code-only accounts included; a password lock-out does not matter). When the
     * number belongs to more than one group and {@code groupId} is null, nothing is signed in and the code is not
     * used: the answer lists the groups, and the caller asks again with the one picked. On success the security
     * context is stored in the HTTP session ({@link SignedInSessions}) under a new session id.
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
        OtpRepository.StoredCode stored = codes.check(number, OtpPurpose.SIGNIN, code);
        List<OtpRepository.Holder> holders = repository.holders(number);
        Optional<OtpRepository.Holder> holder = pick(holders, groupId, stored);
        if (holder.isEmpty()) {
            return new CodeSignIn(null, choices(holders));
        }
        HaatPrincipal principal = signIn.principalAfterCode(holder.get().userId())
                .orElseThrow(() -> new ValidationException("otp.error.wrongCode"));
        codes.use(stored);
        SignedInSessions.start(principal, request, response);
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
        OtpRepository.StoredCode stored = codes.check(number, OtpPurpose.RESET, code);
        List<OtpRepository.Holder> holders = repository.holders(number);
        Optional<OtpRepository.Holder> holder = pick(holders, groupId, stored);
        if (holder.isEmpty()) {
            return new ResetGrant(null, null, choices(holders));
        }
        GroupAccountService.GroupAccount account = groupAccounts
                .enabledAccountOfGroup(holder.get().groupId())
                .orElseThrow(() -> new ValidationException("otp.error.wrongCode"));
        codes.use(stored);
        String ticket = tickets.issue(
                RESET_TICKET,
                account.userId() + ":" + account.version(),
                settings().ticketLifetime());
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
        return groupAccounts.setPasswordByCode(
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
        OtpRepository.StoredCode stored = codes.check(number, OtpPurpose.CHANGE_NUMBER, code);
        if (stored.userId() == null || stored.userId() != me.userId()) {
            throw new ValidationException("otp.error.wrongCode");
        }
        codes.use(stored);
        profiles.changeOwnNumber(number);
        return number;
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
            codes.giveBackTry(stored);
            return Optional.empty();
        }
        return Optional.of(holders.stream()
                .filter(h -> h.groupId() == groupId)
                .findFirst()
                .orElseThrow(() -> new ValidationException("otp.error.group")));
    }

    private static List<GroupChoice> choices(List<OtpRepository.Holder> holders) {
        return holders.stream().map(h -> new GroupChoice(h.groupId(), h.name())).toList();
    }

    private static String mobileOrRefuse(@Nullable String mobile) {
        return IndianFormats.mobile(mobile).orElseThrow(() -> new ValidationException("group.error.mobile"));
    }
}
