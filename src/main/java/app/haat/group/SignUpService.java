package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.SignedTickets;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public sign-up. It answers the same whether or not the mobile number is registered already, so nobody learns
 * from it which numbers belong to a group; the group that holds the number is told through its own channel.
 */
@Service
public class SignUpService {

    static final String PHONE_TAKEN = "group.error.phoneTaken";

    private final GroupRegistrationService registrations;
    private final GroupRepository repository;
    private final UserService users;
    private final MailOutbox mail;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final SignedTickets tickets;
    private final String baseUrl;

    SignUpService(
            GroupRegistrationService registrations,
            GroupRepository repository,
            UserService users,
            MailOutbox mail,
            AuditService audit,
            TransactionTemplate transaction,
            SignedTickets tickets,
            @Value("${haat.base-url}") String baseUrl) {
        this.tickets = tickets;
        this.registrations = registrations;
        this.repository = repository;
        this.users = users;
        this.mail = mail;
        this.audit = audit;
        this.transaction = transaction;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Registers the group, or, when its number is taken (also by a sign-up at the same instant), tells the holder
     * and returns as if it had: a form error is the only answer the visitor can tell apart. The number must have been
     * verified with a one-time code: {@code verifiedMobile} is the ticket the code's check gave for it (kind
     * {@link SignedTickets#VERIFIED_MOBILE}), refused with {@code otp.error.numberNotVerified} when it is missing,
     * expired or for another number.
     */
    public void signUp(SignUpForm form, @Nullable String verifiedMobile) {
        IndianFormats.mobile(form.mobile()).ifPresent(mobile -> {
            if (!tickets.subject(SignedTickets.VERIFIED_MOBILE, verifiedMobile)
                    .map(mobile::equals)
                    .orElse(false)) {
                throw new ValidationException("otp.error.numberNotVerified");
            }
        });
        try {
            transaction.executeWithoutResult(status -> registrations.register(form));
        } catch (ConflictException e) {
            if (!PHONE_TAKEN.equals(e.getMessage())) {
                throw e;
            }
            transaction.executeWithoutResult(status -> tellHolder(form));
        }
    }

    private void tellHolder(SignUpForm form) {
        users.hashAndForget(form.password()); // as long as a real sign-up takes, so timing tells nothing either
        tellHoldersOf(IndianFormats.mobile(form.mobile()).orElseThrow());
    }

    /**
     * Someone tried to sign up with a number groups hold already (here or when asking for a sign-up code): each group
     * holding it is told through its own channel, and the audit log says so. In the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tellHoldersOf(String mobile) {
        repository.holdersOf(mobile).forEach(holder -> {
            audit.record(
                    AuditEntity.GROUP,
                    holder.groupId(),
                    "SIGNUP_NUMBER_IN_USE",
                    null,
                    "a sign-up was tried with the group's number");
            mail.toGroup(
                    MessageType.SIGNUP_NUMBER_IN_USE,
                    holder.groupId(),
                    Map.of(
                            "name",
                            holder.leaderName(),
                            "groupName",
                            holder.name(),
                            "mobile",
                            mobile,
                            "link",
                            baseUrl + "/forgot-password"));
        });
    }
}
