package app.haat.user;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.db.tables.records.AppUserRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of groups, as the group's registry and the code paths change them inside their own transactions: made
 * at sign-up or verification, renamed when the number changes, given a password by code, erased with the group.
 */
@Service
public class GroupAccountService {

    private final UserRepository repository;
    private final GroupAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    GroupAccountService(
            UserRepository repository,
            GroupAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The account of a group that signs up by itself: role SHG, bound to its group, user name = the mobile number.
     * Called by the registry inside the sign-up transaction; a group gets one account only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long createGroupAccount(
            long groupId, String mobile, String password, String displayName, @Nullable String email, String language) {
        List<String> errors = UserService.passwordErrors(password);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (accounts.groupHasAccount(groupId)) {
            throw new ConflictException("group.error.hasAccount");
        }
        if (repository.usernameTaken(mobile)) {
            throw new ConflictException("group.error.phoneTaken");
        }
        long id;
        try {
            id = repository.insert(
                    mobile,
                    Objects.requireNonNull(passwordEncoder.encode(password)),
                    displayName,
                    blankToNull(email),
                    Role.SHG,
                    UserService.language(language),
                    OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("group.error.phoneTaken");
        }
        accounts.bindGroup(id, groupId);
        audit.record(AuditEntity.USER, id, "CREATE", null, "username=" + mobile + ", role=SHG, group=" + groupId);
        return id;
    }

    /**
     * The stored "password" of a code-only account: not a bcrypt hash, so no password ever matches it (the encoder
     * refuses it); the group signs in with a code sent to its mobile until it sets a password by code.
     */
    public static final String NO_PASSWORD = "!code-only";

    /**
     * A verified group without an account gets one that signs in by code only: role SHG, bound to the group, user
     * name {@code g<groupId>}, language Bengali. Called by the registry in the verifying transaction (an officer's
     * entry, a verification, an import); a group that has an account keeps it. Answers whether one was made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean ensureCodeOnlyAccount(long groupId) {
        return ensureCodeOnlyAccounts(List.of(groupId)) > 0;
    }

    /** As {@link #ensureCodeOnlyAccount} for many groups at once (null: every verified group); answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int ensureCodeOnlyAccounts(@Nullable Collection<Long> groupIds) {
        int made = accounts.insertCodeOnlyAccounts(groupIds, NO_PASSWORD, OffsetDateTime.now(clock));
        if (made > 0) {
            audit.record(
                    AuditEntity.USER,
                    null,
                    "CREATE",
                    null,
                    made == 1 && groupIds != null && groupIds.size() == 1
                            ? "code-only account of verified group "
                                    + groupIds.iterator().next()
                            : made + " code-only accounts of verified groups");
        }
        return made;
    }

    /** The enabled account of a group, for signing in by code: its id and user name. */
    @Transactional(readOnly = true)
    public Optional<GroupAccount> enabledAccountOfGroup(long groupId) {
        return accounts.enabledAccountOfGroup(groupId)
                .map(r -> new GroupAccount(r.getId(), r.getUsername(), r.getVersion()));
    }

    /** A group's account as the code paths see it; {@code version} moves with every change of the account. */
    public record GroupAccount(long userId, String username, int version) {}

    /**
     * Sets a group account's password after its number was proved by a code (the caller checked the code and that
     * the account is still at {@code version}); lifts the lock-out and ends open sessions. Answers the user name to
     * sign in with.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String setPasswordByCode(long userId, int version, String newPassword) {
        List<String> errors = UserService.passwordErrors(newPassword);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AppUserRecord user = repository
                .findById(userId)
                .filter(u -> u.getRole() == Role.SHG && u.getEnabled() && u.getVersion() == version)
                .orElseThrow(() -> new ValidationException("otp.error.ticket"));
        repository.setPassword(userId, Objects.requireNonNull(passwordEncoder.encode(newPassword)));
        audit.recordAs(user.getUsername(), AuditEntity.USER, userId, "PASSWORD_RESET", null, "by one-time code");
        return user.getUsername();
    }

    /**
     * The group's number changed: an account that signs in with the old number as its user name moves to the new
     * one, or to {@code g<groupId>} when another account has that name already (the number may be shared).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void groupNumberChanged(long groupId, @Nullable String oldMobile, String newMobile) {
        accounts.enabledAccountOfGroup(groupId).ifPresent(user -> {
            if (oldMobile == null || !user.getUsername().equals(oldMobile)) {
                return;
            }
            String name =
                    repository.usernameTaken(newMobile) ? GroupAccountRepository.CODE_ONLY_PREFIX + groupId : newMobile;
            accounts.setUsername(user.getId(), name);
            audit.record(AuditEntity.USER, user.getId(), "USERNAME", user.getUsername(), name);
        });
    }

    /**
     * Called by the registry when an officer confirms a group's deletion request, inside that transaction: the
     * account can no longer sign in and no longer carries the mobile number, name or e-mail.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseGroupAccount(long groupId) {
        currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        int erased = accounts.eraseGroupAccount(
                groupId, Objects.requireNonNull(passwordEncoder.encode(UserService.generatePassword())));
        if (erased > 0) {
            audit.record(AuditEntity.USER, null, "ERASE", null, "account of deleted group " + groupId);
        }
    }
}
