package app.haat.user;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.security.Tokens;
import app.haat.db.tables.records.AppUserRecord;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link valid for one hour, mailed (through the outbox) to the account's address.
 * Only a hash of the token is stored. The answer to the request never says whether the account exists.
 */
@Service
public class PasswordResetService {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final UserRepository repository;
    private final MailOutbox outbox;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final String baseUrl;

    PasswordResetService(
            UserRepository repository,
            MailOutbox outbox,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            Clock clock,
            @Value("${haat.base-url}") String baseUrl) {
        this.repository = repository;
        this.outbox = outbox;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends a reset link if the user name or e-mail belongs to an enabled account with an e-mail address. */
    @Transactional
    public void requestReset(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > UserService.MAX_EMAIL) {
            return;
        }
        AppUserRecord user = repository
                .findByUsernameOrEmail(usernameOrEmail.strip().toLowerCase())
                .filter(AppUserRecord::getEnabled)
                .orElse(null);
        if (user == null || user.getEmail() == null) {
            return;
        }
        String token = Tokens.newToken();
        repository.insertResetToken(
                user.getId(), Tokens.hash(token), OffsetDateTime.now(clock).plus(TOKEN_LIFETIME));
        audit.recordAs(user.getUsername(), AuditEntity.USER, user.getId(), "PASSWORD_RESET_REQUESTED", null, null);
        String link = baseUrl + "/reset-password?token=" + token;
        outbox.enqueue(
                MessageType.PASSWORD_RESET,
                user.getEmail(),
                user.getLanguage(),
                Map.of("name", user.getDisplayName(), "link", link));
    }

    @Transactional(readOnly = true)
    public boolean isValid(@Nullable String token) {
        return token != null
                && !token.isBlank()
                && repository.resetTokenValid(Tokens.hash(token), OffsetDateTime.now(clock));
    }

    /** Sets the new password if the token is valid and unused; the token cannot be used again. */
    @Transactional
    public void reset(@Nullable String token, String newPassword) {
        List<String> errors = UserService.passwordErrors(newPassword);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (token == null || token.isBlank()) {
            throw new ValidationException("reset.error.invalidToken");
        }
        long userId = repository
                .consumeResetToken(Tokens.hash(token), OffsetDateTime.now(clock))
                .orElseThrow(() -> new ValidationException("reset.error.invalidToken"));
        repository.setPassword(userId, Objects.requireNonNull(passwordEncoder.encode(newPassword)));
        String username =
                repository.findById(userId).map(AppUserRecord::getUsername).orElse("?");
        audit.recordAs(username, AuditEntity.USER, userId, "PASSWORD_RESET", null, "by e-mailed link");
    }
}
