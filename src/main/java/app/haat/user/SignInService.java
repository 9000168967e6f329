package app.haat.user;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.i18n.Formats;
import app.haat.core.security.AccountVersions;
import app.haat.core.security.HaatPrincipal;
import app.haat.db.tables.records.AppUserRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security, keeps the attempt count behind the lock-out, and tells whether a session's
 * principal still matches its account.
 */
@Service
public class SignInService implements UserDetailsService, AccountVersions {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserRepository repository;
    private final AuditService audit;
    private final Clock clock;

    SignInService(UserRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public HaatPrincipal loadUserByUsername(String username) {
        AppUserRecord user = repository
                .findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        OffsetDateTime lockedUntil = user.getLockedUntil();
        boolean locked = lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now(clock));
        return new HaatPrincipal(
                user.getId(),
                user.getUsername(),
                user.getPasswordHash(),
                user.getRole(),
                user.getEnabled(),
                locked,
                user.getSessionVersion(),
                user.getSecondFactor());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isCurrent(HaatPrincipal principal) {
        return repository.sessionIsCurrent(principal.userId(), principal.sessionVersion());
    }

    /**
     * The principal of an enabled account that proved its number with a one-time code: a password lock-out does not
     * stop it (wrong passwords must not keep a group out), so it is built unlocked. Empty for a disabled account.
     */
    @Transactional(readOnly = true)
    public Optional<HaatPrincipal> principalAfterCode(long userId) {
        return repository.findById(userId).filter(AppUserRecord::getEnabled).map(SignInService::unlocked);
    }

    /** An admin account that asks for a code after its password: who it is now, and where its code goes. */
    public record SecondFactorAccount(HaatPrincipal principal, String mobile, String language) {}

    /**
     * The account, when it is enabled and still asks for a code after its password (with the number to send it to);
     * empty otherwise. Its principal is built unlocked: the password was right, and a lock set meanwhile by someone
     * else's guesses must not stop the code.
     */
    @Transactional(readOnly = true)
    public Optional<SecondFactorAccount> secondFactorAccount(long userId) {
        return repository
                .findById(userId)
                .filter(user -> user.getEnabled() && user.getSecondFactor() && user.getMobile() != null)
                .map(user -> new SecondFactorAccount(
                        unlocked(user), java.util.Objects.requireNonNull(user.getMobile()), user.getLanguage()));
    }

    /** The principal of an enabled account whose identity a code proved: built unlocked (see the callers). */
    private static HaatPrincipal unlocked(AppUserRecord user) {
        return new HaatPrincipal(
                user.getId(),
                user.getUsername(),
                user.getPasswordHash(),
                user.getRole(),
                true,
                false,
                user.getSessionVersion(),
                user.getSecondFactor());
    }

    /** What a sign-in attempt may do before its password is compared. */
    public enum Claim {
        CHECK,
        LAST_CHECK,
        LOCKED,
        UNKNOWN
    }

    /**
     * Counts the attempt before the password is compared (see {@link UserRepository#claimAttempt}): at most five
     * attempts per lock period get {@code CHECK} or, the fifth, {@code LAST_CHECK} (which has locked the account
     * unless its password proves right); every other attempt during the lock gets {@code LOCKED}.
     */
    @Transactional
    public Claim claimAttempt(String username) {
        String name = normalise(username);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Integer> count = repository.claimAttempt(name, MAX_FAILURES, now, now.plus(LOCK_DURATION));
        if (count.isEmpty()) {
            return repository.exists(name) ? Claim.LOCKED : Claim.UNKNOWN;
        }
        return count.get() >= MAX_FAILURES ? Claim.LAST_CHECK : Claim.CHECK;
    }

    /** The attempt that set the lock had a wrong password: the account stays locked, and the audit log says so. */
    @Transactional
    public void recordLocked(String username) {
        repository
                .findByUsername(normalise(username))
                .ifPresent(user -> audit.record(
                        AuditEntity.USER, user.getId(), "LOCKED", null, "after " + MAX_FAILURES + " failed sign-ins"));
    }

    /**
     * A right password starts the count again. Only the attempt that set the lock ({@code LAST_CHECK}) lifts it: a
     * lock that parallel attempts set while this one was being checked stays.
     */
    @Transactional
    public void recordSuccess(String username, boolean liftLock) {
        repository.clearFailures(normalise(username), liftLock);
    }

    /** User names are compared stripped, in small letters, with Bengali digits read as Latin (a group's number). */
    static String normalise(String username) {
        return username == null ? "" : Formats.latinDigits(username.strip().toLowerCase());
    }
}
