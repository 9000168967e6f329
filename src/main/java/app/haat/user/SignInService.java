package app.haat.user;

import app.haat.audit.AuditService;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.db.tables.records.AppUserRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security and keeps the failed-attempt count behind the lock-out. */
@Service
public class SignInService implements UserDetailsService {

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
        AppUserRecord user = repository.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        OffsetDateTime lockedUntil = user.getLockedUntil();
        boolean locked = lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now(clock));
        return new HaatPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(),
                Role.valueOf(user.getRole()), user.getEnabled(), locked);
    }

    /** One more wrong password; the fifth in a row locks the account for 15 minutes. */
    @Transactional
    public void recordFailure(String username) {
        String name = normalise(username);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int failures = repository.incrementFailures(name, now);
        if (failures >= MAX_FAILURES) {
            OffsetDateTime until = now.plus(LOCK_DURATION);
            repository.lock(name, until);
            repository.findByUsername(name).ifPresent(user ->
                    audit.record("USER", user.getId(), "LOCKED", null, "after " + failures + " failed sign-ins"));
        }
    }

    @Transactional
    public void recordSuccess(String username) {
        repository.clearFailures(normalise(username));
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
