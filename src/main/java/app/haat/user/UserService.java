package app.haat.user;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.db.tables.records.AppUserRecord;
import app.haat.region.CentreDirectoryService;
import app.haat.region.RegionService;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created and changed by admins, every change audited; users change only their own language. */
@Service
public class UserService {

    static final int MAX_USERNAME = 60;
    static final int MAX_DISPLAY_NAME = 120;
    /** The longest e-mail address (RFC 5321's path limit less its angle brackets). */
    static final int MAX_EMAIL = TextInput.MAX_EMAIL;

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (MAX_USERNAME - 1) + "}");
    /** Reserved for the code-only accounts of groups ({@code g<groupId>}). */
    static final Pattern CODE_ONLY_NAME = Pattern.compile(GroupAccountRepository.CODE_ONLY_PREFIX + "[0-9]+");

    static final int MIN_PASSWORD = 8;
    /** bcrypt looks at 72 bytes only; longer passwords would silently be cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository repository;
    private final RegionService regions;
    private final CentreDirectoryService centres;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    UserService(
            UserRepository repository,
            RegionService regions,
            CentreDirectoryService centres,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.regions = regions;
        this.centres = centres;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        currentUser.requireRole(Role.STATE_ADMIN);
        Map<Long, Set<Long>> scopes = repository.municipalityIdsByUser();
        return repository.all().stream()
                .map(r -> toAccount(r, scopes.getOrDefault(r.getId(), Set.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        currentUser.requireRole(Role.STATE_ADMIN);
        AppUserRecord record = repository.findById(id).orElseThrow(() -> new NotFoundException("user.error.notFound"));
        return toAccount(record, repository.municipalityIds(id));
    }

    @Transactional
    public long create(UserForm form) {
        currentUser.requireRole(Role.STATE_ADMIN);
        String username = form.username() == null ? "" : form.username().strip().toLowerCase();
        List<String> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()
                || CODE_ONLY_NAME.matcher(username).matches()) {
            errors.add("user.error.username");
        }
        errors.addAll(passwordErrors(form.password()));
        Set<Long> municipalities = UserProfileRules.check(form, regions, errors);
        UserProfileRules.Reach reach = UserProfileRules.reach(form, errors);
        Long centre = UserProfileRules.centre(form, centres, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.usernameTaken(username)) {
            throw new ConflictException("user.error.usernameTaken");
        }
        long id;
        try {
            id = repository.insert(
                    username,
                    Objects.requireNonNull(passwordEncoder.encode(form.password())),
                    displayName(form, username),
                    blankToNull(form.email()),
                    Objects.requireNonNull(form.role()),
                    language(form.language()),
                    OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("user.error.usernameTaken");
        }
        repository.replaceMunicipalities(id, municipalities);
        repository.setReach(id, reach.mobile(), reach.bySms(), reach.byEmail(), reach.secondFactor());
        repository.setCentre(id, centre);
        audit.record(
                AuditEntity.USER,
                id,
                "CREATE",
                null,
                describe(username, Objects.requireNonNull(form.role()), municipalities, true) + ", centre=" + centre
                        + ", " + reach);
        return id;
    }

    /**
     * Changes name, e-mail, role, language, municipalities, mobile number, channels and the code after the password;
     * refuses if someone else saved in between.
     */
    @Transactional
    public void update(long id, int version, UserForm form) {
        HaatPrincipal actor = currentUser.requireRole(Role.STATE_ADMIN);
        AppUserRecord old = repository.findById(id).orElseThrow(() -> new NotFoundException("user.error.notFound"));
        List<String> errors = new ArrayList<>();
        Set<Long> municipalities = UserProfileRules.check(form, regions, errors);
        UserProfileRules.Reach reach = UserProfileRules.reach(form, errors);
        Long centre = UserProfileRules.centre(form, centres, errors);
        if (actor.userId() == id && form.role() != Role.STATE_ADMIN) {
            errors.add("user.error.ownRole");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Set<Long> oldMunicipalities = repository.municipalityIds(id);
        if (!repository.updateProfile(
                id,
                version,
                displayName(form, old.getUsername()),
                blankToNull(form.email()),
                Objects.requireNonNull(form.role()),
                language(form.language()),
                reach)) {
            throw new ConflictException("user.error.staleVersion");
        }
        repository.replaceMunicipalities(id, municipalities);
        repository.setCentre(id, centre);
        boolean codeNowRequired = reach.secondFactor() && !old.getSecondFactor() && actor.userId() != id;
        if (form.role() != old.getRole()
                || !municipalities.equals(oldMunicipalities)
                || !Objects.equals(centre, old.getCentreId())
                || codeNowRequired) {
            // what the account may see changed, or its sign-in now asks for a code: it signs in again
            repository.endSessions(id);
        }
        audit.record(
                AuditEntity.USER,
                id,
                "UPDATE",
                describe(old.getUsername(), old.getRole(), oldMunicipalities, old.getEnabled()) + ", centre="
                        + old.getCentreId() + ", name="
                        + old.getDisplayName() + ", email=" + old.getEmail() + ", "
                        + new UserProfileRules.Reach(
                                old.getMobile(), old.getNotifySms(), old.getNotifyEmail(), old.getSecondFactor()),
                describe(old.getUsername(), Objects.requireNonNull(form.role()), municipalities, old.getEnabled())
                        + ", centre=" + centre + ", name=" + displayName(form, old.getUsername()) + ", email="
                        + blankToNull(form.email())
                        + ", " + reach);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        HaatPrincipal actor = currentUser.requireRole(Role.STATE_ADMIN);
        if (actor.userId() == id && !enabled) {
            throw new ValidationException("user.error.disableSelf");
        }
        AppUserRecord old = repository.findById(id).orElseThrow(() -> new NotFoundException("user.error.notFound"));
        if (old.getEnabled() == enabled) {
            return;
        }
        repository.setEnabled(id, enabled);
        audit.record(
                AuditEntity.USER,
                id,
                enabled ? "ENABLE" : "DISABLE",
                "enabled=" + old.getEnabled(),
                "enabled=" + enabled);
    }

    /** Sets a new generated password (shown once to the admin), lifts any lock-out and ends the open sessions. */
    @Transactional
    public String resetPassword(long id) {
        currentUser.requireRole(Role.STATE_ADMIN);
        AppUserRecord user = repository.findById(id).orElseThrow(() -> new NotFoundException("user.error.notFound"));
        String password = generatePassword();
        repository.setPassword(id, Objects.requireNonNull(passwordEncoder.encode(password)));
        audit.record(AuditEntity.USER, user.getId(), "PASSWORD_RESET", null, "by admin");
        return password;
    }

    @Transactional
    public void changeOwnLanguage(String language) {
        HaatPrincipal me = currentUser.require();
        if (!"en".equals(language) && !"bn".equals(language)) {
            throw new ValidationException("user.error.language");
        }
        repository.findById(me.userId()).ifPresent(user -> {
            if (!language.equals(user.getLanguage())) {
                repository.setLanguage(me.userId(), language);
                audit.record(AuditEntity.USER, me.userId(), "LANGUAGE", user.getLanguage(), language);
            }
        });
    }

    /** The signed-in user's stored language, for the UI to apply at sign-in. */
    @Transactional(readOnly = true)
    public @Nullable String ownLanguage() {
        return currentUser
                .find()
                .flatMap(p -> repository.findById(p.userId()))
                .map(AppUserRecord::getLanguage)
                .orElse(null);
    }

    /** The centre the signed-in staff member belongs to; empty for every other account. */
    @Transactional(readOnly = true)
    public Optional<Long> centreOfCurrentUser() {
        HaatPrincipal me = currentUser.require();
        if (me.role() != Role.CENTRE_STAFF) {
            return Optional.empty();
        }
        return repository.findById(me.userId()).map(AppUserRecord::getCentreId);
    }

    /**
     * Whether the signed-in account does the Salt Lake centre's work (trainings, displays): an admin, or staff of the
     * training centre. Staff of a City Livelihood Centre run its registration desk only.
     */
    @Transactional(readOnly = true)
    public boolean doesTrainingCentreWork() {
        HaatPrincipal me = currentUser.require();
        return me.role() == Role.STATE_ADMIN
                || (me.role() == Role.CENTRE_STAFF && repository.atTrainingCentre(me.userId()));
    }

    /** The municipalities the signed-in user works for: all for admins, their own for officers, none otherwise. */
    @Transactional(readOnly = true)
    public Set<Long> scopeOfCurrentUser() {
        HaatPrincipal me = currentUser.require();
        if (me.role() == Role.STATE_ADMIN) {
            return regions.municipalities().stream().map(m -> m.id()).collect(java.util.stream.Collectors.toSet());
        }
        return repository.municipalityIds(me.userId());
    }

    @Transactional(readOnly = true)
    public int count() {
        return repository.count();
    }

    @Transactional(readOnly = true)
    public int countByRole(Role role) {
        return repository.countByRole(role);
    }

    /** Spends the time of hashing a password without storing it, where an answer must not be faster than another. */
    public void hashAndForget(@Nullable String password) {
        passwordEncoder.encode(password == null ? "" : password);
    }

    /** The enabled officers of any of these municipalities, each with the ones of them in their scope. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> officersOf(Set<Long> municipalityIds) {
        return repository.officersOf(municipalityIds);
    }

    /** Whom a group may call about a municipality's exhibition: its officers with a mobile number or e-mail. */
    @Transactional(readOnly = true)
    public List<OfficerContact> officerContacts(long municipalityId) {
        return repository.officerContacts(municipalityId);
    }

    /** The language of a group's account, for messages to that group. */
    @Transactional(readOnly = true)
    public Optional<String> languageOfGroupAccount(long groupId) {
        return repository.languageOfGroupAccount(groupId);
    }

    /** The group of the signed-in SHG account, if it is one. */
    @Transactional(readOnly = true)
    public Optional<Long> groupOfCurrentUser() {
        return currentUser.find().filter(p -> p.role() == Role.SHG).flatMap(p -> repository.groupOf(p.userId()));
    }

    /** Creates the first admin on an empty database; answers false if any account exists already. */
    @Transactional
    public boolean createFirstAdmin(String password) {
        if (repository.count() > 0) {
            return false;
        }
        long id = repository.insert(
                "admin",
                Objects.requireNonNull(passwordEncoder.encode(password)),
                "State administrator",
                null,
                Role.STATE_ADMIN,
                "en",
                OffsetDateTime.now(clock));
        audit.record(AuditEntity.USER, id, "CREATE", null, describe("admin", Role.STATE_ADMIN, Set.of(), true));
        return true;
    }

    public static List<String> passwordErrors(@Nullable String password) {
        List<String> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add("user.error.passwordShort");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add("user.error.passwordLong");
        }
        return errors;
    }

    static String generatePassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            out.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return out.toString();
    }

    private static String displayName(UserForm form, String username) {
        return form.displayName() == null || form.displayName().isBlank()
                ? username
                : form.displayName().strip();
    }

    static String language(String language) {
        return "bn".equals(language) ? "bn" : "en";
    }

    private static String describe(String username, Role role, Set<Long> municipalities, boolean enabled) {
        return "username=" + username + ", role=" + role + ", municipalities=" + new TreeSet<>(municipalities)
                + ", enabled=" + enabled;
    }

    static UserAccount toAccount(AppUserRecord r, Set<Long> municipalityIds) {
        return new UserAccount(
                r.getId(),
                r.getUsername(),
                r.getDisplayName(),
                r.getEmail(),
                r.getRole(),
                r.getLanguage(),
                r.getEnabled(),
                r.getLockedUntil(),
                Set.copyOf(municipalityIds),
                r.getVersion(),
                r.getMobile(),
                r.getNotifySms(),
                r.getNotifyEmail(),
                r.getSecondFactor(),
                r.getCentreId());
    }
}
